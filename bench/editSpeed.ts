import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figureAtMost } from './figures';
import { benchStoreWorkbook } from './makeWorkbooks';
import { fmt, importFile, median, openEmptyApp, withFreshBrowser } from './harness';

const APP = pathToFileURL(resolve('dist/index.html')).href;


/**
 * One value typed over in the 数据 grid with a million values stored: from Enter to the cube
 * holding the edit and the grid cell showing it, then the chart drawn from that cube when
 * the 图表 page is opened. Each edit is one import, so this is the whole write path.
 */
export async function benchEdit(): Promise<void> {
  await withFreshBrowser(async (ctx) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await openEmptyApp(page, APP);
    await importFile(page, benchStoreWorkbook());

    // The chart the edits show up in: a ranked bar of 指标01.
    await page.click('[data-page="charts"]');
    await page.click('[data-kind="ranked-bar"]');
    await page.getByTestId('indicator-search').fill('指标01');
    await page.getByTestId('indicator-search').press('Enter');

    const grid: number[] = [];
    const chart: number[] = [];
    for (let k = 1; k <= 5; k++) {
      await page.click('[data-page="data"]');
      await page.click('[data-tab="grid"]');
      const cell = page.locator('[data-testid="grid"] [role="row"][aria-rowindex="1"] [role="gridcell"]').nth(3);
      await cell.click();
      const typed = String(900_000 + k);
      await page.keyboard.type(typed);
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.press('Enter');
      const shown = new Intl.NumberFormat('zh-CN').format(Number(typed));
      const done = await page.waitForFunction(
        ([since, text]) => {
          const cellText = document.querySelector('[data-testid="grid"] [role="row"][aria-rowindex="1"] [role="gridcell"]:nth-child(5)')?.textContent?.trim();
          const updated = performance.getEntriesByName('cube-update').filter((e) => e.startTime >= since);
          return cellText === text && updated.length ? performance.now() - since : false;
        },
        [t0, shown] as const,
        { timeout: 60_000, polling: 'raf' },
      );
      grid.push(Number(await done.jsonValue()));
      const t1 = await page.evaluate(() => performance.now());
      await page.click('[data-page="charts"]');
      const drawn = await page.waitForFunction((since) => Number(document.body.dataset.chartFinished ?? 0) > since && Number(document.body.dataset.chartFinished) - since, t1, { timeout: 60_000 });
      chart.push(Number(await drawn.jsonValue()));
    }
    figureAtMost('edit committed → grid updated (1M values stored)', median(grid), 200, 'ms');
    figureAtMost('edit committed → chart drawn on opening 图表 (1M values stored)', median(chart), 200, 'ms');
    console.log(`edit over 1M stored → grid: ${grid.map((t) => fmt(t, 0)).join(', ')} ms; → chart: ${chart.map((t) => fmt(t, 0)).join(', ')} ms (target ≤ 200 ms each)`);
  });
}
