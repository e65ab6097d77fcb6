import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser';
import { benchStoreWorkbook } from './makeWorkbooks';
import { fmt, importFile, median, openEmptyApp } from './harness';
import { figureAtMost } from './figures';

const APP = pathToFileURL(resolve('dist/index.html')).href;

async function launch(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1366, height: 800 } });
}

/**
 * The parse baseline: a page with the same bytes of script, each script stopped by a throw
 * before its first statement (a module is parsed and compiled whole before it runs), then a
 * mark. Its time is what the file's size costs; the app's time beyond it is the app's own.
 */
function parseBaseline(): string {
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, body]) => `<script${attrs}>throw 0;\n${body}</script>`);
  mkdirSync('bench/out', { recursive: true });
  const path = 'bench/out/parse-baseline.html';
  writeFileSync(path, `<!doctype html><meta charset="utf-8"><title>parse baseline</title>${scripts.join('')}<script type="module">performance.mark('parsed')</script>`);
  return pathToFileURL(resolve(path)).href;
}

interface Timing {
  /** ms from navigation start. */
  paint: number;
  script: number;
  db: number;
  cube: number;
  ready: number;
  chart: number;
  /** ms to read and build the first chart's cube (its indicators only). */
  first: number;
}

/** The marks of one start, from navigation start (the chart: when it finished drawing). */
async function timing(page: Page, withChart: boolean): Promise<Timing> {
  await page.waitForSelector('body[data-ready="ready"]', { timeout: 300_000 });
  if (withChart) await page.waitForFunction(() => Number(document.body.dataset.chartFinished ?? 0) > 0, null, { timeout: 300_000 });
  // As a string: the bench's compiler would name the inner function with a helper the page lacks.
  return page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0];
    const cube = performance.getEntriesByName('cube-build')[0];
    return {
      paint: at('first-contentful-paint')?.startTime ?? NaN,
      script: at('app-script')?.startTime ?? NaN,
      db: at('db-open')?.startTime ?? NaN,
      cube: cube ? cube.startTime + cube.duration : NaN,
      ready: at('app-ready')?.startTime ?? NaN,
      chart: Number(document.body.dataset.chartFirst ?? NaN),
      first: performance.getEntriesByName('first-cube')[0]?.duration ?? NaN,
    };
  })()`) as Promise<Timing>;
}

/**
 * Start-up over file://: a returning profile with a million values stored (the 图表 page open
 * when it was closed), a fresh profile (to the sample chart), and the parse baseline, each in
 * a new browser; medians of `runs`, interleaved so that machine noise hits all alike.
 */
export async function benchStartup(runs = 5): Promise<void> {
  const size = statSync('dist/index.html').size;
  console.log(`dist/index.html size: ${(size / 1024).toFixed(0)} KB (${(size / 1024 / 1024).toFixed(2)} MB)`);
  figureAtMost('dist/index.html size', size / 1024 / 1024, 1.3, 'MB', 2);
  const baselineUrl = parseBaseline();

  // The returning profile: a million values stored, left on the 图表 page showing one of them.
  const returning = mkdtempSync(join(tmpdir(), 'indicompare-returning-'));
  try {
    {
      const ctx = await launch(returning);
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await openEmptyApp(page, APP);
      await importFile(page, benchStoreWorkbook());
      await page.click('[data-page="charts"]');
      // The ranked bar of one indicator over 3,000 regions: the chart the returning profile opens on.
      await page.getByTestId('indicator-search').fill('指标01');
      await page.getByTestId('indicator-search').press('Enter');
      await page.waitForFunction(() => Number(document.body.dataset.chartFinished ?? 0) > 0, null, { timeout: 300_000 });
      await page.waitForTimeout(500); // the chart kept (saved to the store a moment after the change)
      await ctx.close();
    }
    const baseline: number[] = [];
    const back: Timing[] = [];
    const fresh: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'indicompare-start-'));
      try {
        const ctx = await launch(dir);
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        page.on('pageerror', () => {}); // the baseline's scripts throw on purpose
        await page.goto(baselineUrl);
        await page.waitForFunction(() => performance.getEntriesByName('parsed').length > 0, null, { timeout: 60_000 });
        baseline.push(await page.evaluate(() => performance.getEntriesByName('parsed')[0].startTime));
        await ctx.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      {
        const ctx = await launch(returning);
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        await page.goto(APP);
        back.push(await timing(page, true));
        await ctx.close();
      }
      const dir2 = mkdtempSync(join(tmpdir(), 'indicompare-fresh-'));
      try {
        const ctx = await launch(dir2);
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        await page.goto(APP);
        const t = await timing(page, false);
        // To the sample chart: the sample lands, then the 图表 page draws it.
        await page.waitForSelector('body[data-sample="settled"]', { timeout: 120_000 });
        await page.click('[data-page="charts"]');
        await page.waitForFunction(() => Number(document.body.dataset.chartFinished ?? 0) > 0, null, { timeout: 120_000 });
        fresh.push({ ...t, chart: await page.evaluate(() => Number(document.body.dataset.chartFinished)) });
        await ctx.close();
      } finally {
        rmSync(dir2, { recursive: true, force: true });
      }
    }
    const b = median(baseline);
    const m = (xs: Timing[], k: keyof Timing) => median(xs.map((x) => x[k]));
    const r = { paint: m(back, 'paint'), script: m(back, 'script'), db: m(back, 'db'), cube: m(back, 'cube'), ready: m(back, 'ready'), chart: m(back, 'chart'), first: m(back, 'first') };
    console.log(`parse baseline (the same ${fmt(size / 1024, 0)} KB of script parsed, not run): ${fmt(b, 0)} ms (median of ${runs})`);
    console.log(
      `returning profile, 1M values: shell painted ${fmt(r.paint, 0)} ms, ready ${fmt(r.ready, 0)} ms, first chart ${fmt(r.chart, 0)} ms — ` +
        `where the time goes: bundle parsed + modules run ${fmt(r.script, 0)} ms, database open +${fmt(r.db - r.script, 0)} ms, ` +
        `the chart's own indicators read and built ${fmt(r.first, 0)} ms, first chart drawn at ${fmt(r.chart, 0)} ms; ` +
        `then the rest of the store: cube of every value built at ${fmt(r.cube, 0)} ms, ready at ${fmt(r.ready, 0)} ms`,
    );
    console.log(`fresh profile: shell painted ${fmt(m(fresh, 'paint'), 0)} ms, ready ${fmt(m(fresh, 'ready'), 0)} ms, sample chart drawn ${fmt(m(fresh, 'chart'), 0)} ms (the 图表 page opened once the sample landed)`);
    figureAtMost('start-up, returning profile (1M values): shell painted / parse baseline', r.paint / b, 1.5, '×', 2);
    figureAtMost('start-up, returning profile (1M values): app ready / parse baseline', r.ready / b, 1.5, '×', 2);
    figureAtMost('start-up, returning profile (1M values): first chart / parse baseline', r.chart / b, 1.5, '×', 2);
  } finally {
    rmSync(returning, { recursive: true, force: true });
  }
}
