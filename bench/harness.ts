import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Runs `fn` in a freshly launched Chromium with an empty profile, then throws the profile away. */
export async function withFreshBrowser<T>(fn: (ctx: BrowserContext) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'indicompare-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1366, height: 800 },
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

/** A blank page that marks itself ready: the baseline page of the benchmarks. */
export function blankPage(): string {
  mkdirSync('bench/out', { recursive: true });
  const path = 'bench/out/blank.html';
  writeFileSync(path, '<!doctype html><title>blank</title><script>performance.mark("app-ready")</script>');
  return path;
}

/** The app opened on `url`, its sample data settled and removed: the store holds only what a bench puts in. */
export async function openEmptyApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="ready"][data-sample="settled"]', { timeout: 300_000 });
  await page.getByRole('button', { name: '移除示例数据' }).click();
  await page.waitForSelector('[data-testid="sample-banner"]', { state: 'detached' });
}

/** A file dropped on 导入, reviewed as read and committed; resolves when the report shows. */
export async function importFile(page: Page, path: string, timeout = 600_000): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="import-confirm"]:not([disabled])', { timeout });
  await page.click('[data-testid="import-confirm"]');
  await page.waitForSelector('[data-testid="import-report"]', { timeout });
}

/**
 * `n` interleaved runs of a baseline and the app; noise from other processes only adds time,
 * so the faster run of each is kept (every run is returned for the report). `stop` ends early.
 */
export async function fasterOf<A extends { ms: number }, B extends { ms: number }>(
  n: number,
  baseline: () => Promise<A>,
  app: () => Promise<B>,
  stop: (b: B) => boolean = () => false,
): Promise<{ base: A; app: B; runs: { base: A; app: B }[] }> {
  const runs: { base: A; app: B }[] = [];
  for (let k = 0; k < n; k++) {
    runs.push({ base: await baseline(), app: await app() });
    if (stop(runs[k].app)) break;
  }
  const fastest = <T extends { ms: number }>(xs: T[]) => xs.reduce((x, y) => (y.ms < x.ms ? y : x));
  return { base: fastest(runs.map((r) => r.base)), app: fastest(runs.map((r) => r.app)), runs };
}
