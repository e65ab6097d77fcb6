import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { blankPage, fmt, median, withFreshBrowser } from './harness';
import { figureAtMost } from './figures';

/** ms from navigation start to the page's `app-ready` mark, in a fresh browser each time. */
async function timeToReady(url: string): Promise<number> {
  return withFreshBrowser(async (ctx) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60_000 });
    return page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime);
  });
}

export async function benchStartup(runs = 5): Promise<void> {
  const blank = resolve(blankPage());
  const app = pathToFileURL(resolve('dist/index.html')).href;
  const size = statSync('dist/index.html').size;
  console.log(`dist/index.html size: ${(size / 1024).toFixed(0)} KB (${(size / 1024 / 1024).toFixed(2)} MB; target at the foundation stage ≤ 1.3 MB)`);

  const blankTimes: number[] = [];
  const appTimes: number[] = [];
  // Interleaved so that machine noise hits both series alike.
  for (let i = 0; i < runs; i++) {
    blankTimes.push(await timeToReady(pathToFileURL(blank).href));
    appTimes.push(await timeToReady(app));
  }
  const b = median(blankTimes);
  const a = median(appTimes);
  figureAtMost('dist/index.html size', size / 1024 / 1024, 1.3, 'MB', 2);
  console.log(`startup over file:// (median of ${runs} fresh launches): app ready ${fmt(a)} ms, blank page ${fmt(b)} ms, ratio ${fmt(a / b, 2)}×`);
}
