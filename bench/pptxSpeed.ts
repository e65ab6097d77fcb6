// What the .pptx export costs: the bytes pptxgenjs adds to dist/index.html (it ships gzipped,
// unpacked on the first export), and the time to export a 10-slide deck in the built app.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { answerDialog } from '../tests/e2e/browser';
import { figureAtMost } from './figures';
import { fmt, median, withFreshBrowser } from './harness';

/** The gzipped base64 literals in the page (import worker, pptxgenjs), with their unpacked size. */
function packedParts(html: string): { base64: number; unpacked: number; isPptx: boolean }[] {
  return [...html.matchAll(/["'`](H4sI[A-Za-z0-9+/=]{10000,})["'`]/g)].map(([, b64]) => {
    const code = gunzipSync(Buffer.from(b64, 'base64')).toString('utf8');
    return { base64: b64.length, unpacked: code.length, isPptx: code.includes('PptxGenJS') && code.includes('ppt/presentation.xml') };
  });
}

async function saveChart(page: Page, headline: string, kind: string, name: string) {
  await page.click(`[data-headline="${headline}"]`);
  await page.click(`[data-kind="${kind}"]`);
  await page.click('[data-testid="chart-save"]');
  await answerDialog(page, name);
  await page.getByTestId('saved-charts').getByText(name, { exact: true }).first().waitFor();
}

/** ms from the click on deck-pptx to the download of the file, and the file's slide count. */
async function timeExport(page: Page): Promise<{ ms: number; slides: number; bytes: number }> {
  const t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid="deck-pptx"]')]);
  const path = await download.path();
  const ms = Date.now() - t0;
  const bytes = readFileSync(path);
  const slides = Object.keys(unzipSync(new Uint8Array(bytes))).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  return { ms, slides, bytes: bytes.length };
}

export async function benchPptx(): Promise<void> {
  const html = readFileSync('dist/index.html', 'utf8');
  const size = statSync('dist/index.html').size;
  const pptx = packedParts(html).find((p) => p.isPptx);
  const added = pptx?.base64 ?? NaN;
  console.log(`dist/index.html: ${fmt(size / 1024, 0)} KB; pptxgenjs + JSZip in it: ${fmt(added / 1024, 0)} KB gzipped+base64 (${fmt((pptx?.unpacked ?? NaN) / 1024, 0)} KB unpacked, run only on the first export); without it the page would be ${fmt((size - added) / 1024, 0)} KB`);
  // Inlined as a plain dynamic import it was ≈ 360 KB (vite-plugin-singlefile inlines dynamic imports whole).
  figureAtMost('pptxgenjs in dist/index.html (gzipped, base64)', added / 1024, 180, 'KB');

  const url = pathToFileURL(resolve('dist/index.html')).href;
  await withFreshBrowser(async (ctx) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    await page.waitForSelector('body[data-ready="ready"][data-sample="settled"]', { timeout: 60_000 });
    await page.click('[data-page="charts"]');
    const charts: [string, string][] = [
      ['correction-rate', 'ranked-bar'],
      ['training', 'grouped-bar'],
      ['lists', 'grouped-bar'],
      ['correction-rate', 'line'],
      ['training', 'heat-table'],
    ];
    for (const [i, [h, k]] of charts.entries()) await saveChart(page, h, k, `图${i + 1}`);
    await page.click('[data-page="present"]');
    await page.getByRole('button', { name: '新建演示' }).click();
    await answerDialog(page, '十张');
    // Five saved charts added twice: ten slides.
    for (let round = 0; round < 2; round++) {
      await page.getByTestId('add-charts').getByRole('button', { name: '全选' }).click();
      await page.getByTestId('add-charts-confirm').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="slides"] > li').length === n, (round + 1) * 5);
    }
    const first = await timeExport(page);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await timeExport(page)).ms);
    const w = median(warm);
    console.log(`10-slide .pptx export in the built app: first ${fmt(first.ms, 0)} ms (unpacks pptxgenjs), then median ${fmt(w, 0)} ms of 3; ${first.slides} slides, ${fmt(first.bytes / 1024, 0)} KB`);
    figureAtMost('10-slide .pptx: slides missing from the file', 10 - first.slides, 0, '');
    figureAtMost('10-slide .pptx export, first (cold)', first.ms, 8000, 'ms');
    figureAtMost('10-slide .pptx export, warm (median of 3)', w, 5000, 'ms');
  });
}
