import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchWorkbooks } from './makeWorkbooks';
import { blankPage, fasterOf, fmt, withFreshBrowser } from './harness';
import { figureAtMost } from './figures';

const SHEETJS = resolve('node_modules/@e965/xlsx/dist/xlsx.full.min.js');
const APP = pathToFileURL(resolve('dist/index.html')).href;

/** SheetJS's own read + sheet_to_json of the file, in the same browser: the baseline. */
async function sheetjsBaseline(path: string): Promise<number> {
  return withFreshBrowser(async (ctx) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(pathToFileURL(resolve(blankPage())).href);
    await page.addScriptTag({ path: SHEETJS });
    const input = await page.evaluateHandle(() => {
      const el = document.createElement('input');
      el.type = 'file';
      document.body.appendChild(el);
      return el;
    });
    await input.asElement()!.setInputFiles(path);
    return page.evaluate(async () => {
      const el = document.querySelector('input') as HTMLInputElement;
      const bytes = new Uint8Array(await el.files![0].arrayBuffer());
      const t0 = performance.now();
      const X = (window as unknown as { XLSX: { read: (b: Uint8Array, o: object) => { SheetNames: string[]; Sheets: Record<string, unknown> }; utils: { sheet_to_json: (s: unknown, o: object) => unknown[] } } }).XLSX;
      const wb = X.read(bytes, { type: 'array', dense: true });
      const rows = X.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
      if (!rows.length) throw new Error('no rows');
      return performance.now() - t0;
    });
  });
}

/** The app's import of the file: read, detect, normalise (worker) + commit, with the review step excluded. */
async function appImport(path: string): Promise<{ ms: number; longestTask: number; stored: string }> {
  return withFreshBrowser(async (ctx) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="ready"][data-sample="settled"]', { timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    await page.setInputFiles('[data-testid="file-input"]', path);
    await page.waitForSelector('[data-testid="import-confirm"]:not([disabled])', { timeout: 600_000 });
    const t1 = Date.now();
    await page.click('[data-testid="import-confirm"]');
    const t2 = Date.now();
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 600_000 });
    const t3 = Date.now();
    const stored = await page.getByTestId('import-report').innerText();
    const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    return { ms: t1 - t0 + (t3 - t2), longestTask, stored: stored.split('\n').find((l) => /已保存|失败/.test(l)) ?? stored };
  });
}

export async function benchImport(): Promise<void> {
  const files = benchWorkbooks();
  for (const [shape, path] of Object.entries(files)) {
    const { base: b, app, runs } = await fasterOf(2, async () => ({ ms: await sheetjsBaseline(path) }), () => appImport(path));
    const base = b.ms;
    const longestTask = Math.max(...runs.map((r) => r.app.longestTask));
    figureAtMost(`import ${shape}: app / SheetJS read`, app.ms / base, 1.5, '×', 2);
    figureAtMost(`import ${shape}: longest main-thread task`, longestTask, 100, 'ms');
    console.log(
      `import ${shape} (${shape === "wide" ? "3,000 regions × 333 indicators" : "250,000 rows × 4 columns"}, 1,000,000 cells): app ${fmt(app.ms / 1000, 2)} s vs SheetJS read+sheet_to_json ${fmt(base / 1000, 2)} s → ratio ${fmt(app.ms / base, 2)}× (target ≤ 1.5×; the faster of ${runs.length} runs each: app ${runs.map((r) => fmt(r.app.ms / 1000, 2)).join(', ')} s, SheetJS ${runs.map((r) => fmt(r.base.ms / 1000, 2)).join(', ')} s); longest main-thread task ${longestTask ? `${fmt(longestTask, 0)} ms` : "under 50 ms (no long task reported)"} (target < 100 ms); ${app.stored.trim()}`,
    );
  }
}
