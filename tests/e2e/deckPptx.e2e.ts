import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, answerDialog, screenshot, sessionForFile, type Session } from './browser';

async function saveChart(s: Session, headline: string, kind: string, name: string) {
  await s.page.click(`[data-headline="${headline}"]`);
  await s.page.click(`[data-kind="${kind}"]`);
  await s.page.click('[data-testid="chart-save"]');
  await answerDialog(s.page, name);
  await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain(name);
}

const CHARTS = ['纠错率排序', '培训人次对比', '清单事项'];
const chartNames = (s: Session) => s.page.getByTestId('slides').locator('.chart-name').allInnerTexts();

/** Every control of the deck's header is inside the window, not cut off at its right edge. */
async function controlsInside(s: Session, width: number) {
  for (const id of ['present-theme', 'present-start', 'deck-pptx', 'deck-print']) {
    const box = (await s.page.getByTestId(id).boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(width);
  }
}

describe('a 3-slide deck built on the 演示 page, exported as one .pptx', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('adds three saved charts at once, with thumbnails, usable at 1024×768 and 1920×1080', async () => {
    await s.page.click('[data-page="charts"]');
    await saveChart(s, 'correction-rate', 'ranked-bar', CHARTS[0]);
    await saveChart(s, 'training', 'grouped-bar', CHARTS[1]);
    await saveChart(s, 'lists', 'grouped-bar', CHARTS[2]);
    await s.page.click('[data-page="present"]');
    await s.page.getByRole('button', { name: '新建演示' }).click();
    await answerDialog(s.page, '季度汇报');
    const add = s.page.getByTestId('add-charts');
    await add.getByRole('button', { name: '全选' }).click();
    expect(await s.page.getByTestId('add-charts-confirm').innerText()).toBe('加入 3 张');
    await s.page.getByTestId('add-charts-confirm').click();
    // In the order the list shows them: the newest saved chart first, as on the 图表 page.
    await expect.poll(() => chartNames(s)).toEqual([...CHARTS].reverse());
    await expect.poll(() => s.page.locator('[role="status"]').allInnerTexts()).toContain('已加入 3 张幻灯片。');
    await expect.poll(() => s.page.locator('[data-testid="slide-thumb"][data-ready="yes"] img').count(), { timeout: 30_000 }).toBe(3);
    const thumb = await s.page.locator('[data-testid="slide-thumb"] img').first().evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(thumb).toEqual([320, 180]);

    await s.page.setViewportSize({ width: 1024, height: 768 });
    await s.page.waitForTimeout(150);
    await controlsInside(s, 1024);
    await screenshot(s.page, 'deck-1024');
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await s.page.waitForTimeout(150);
    await controlsInside(s, 1920);
    await screenshot(s.page, 'deck-1920');
    await s.page.setViewportSize({ width: 1366, height: 800 });
  });

  it('reorders by dragging a thumbnail and by Alt+↑ in a slide field', async () => {
    const handles = s.page.getByTestId('slides').locator('.handle');
    await handles.nth(2).dragTo(s.page.getByTestId('slides').locator('li').nth(0));
    await expect.poll(() => chartNames(s)).toEqual([CHARTS[0], CHARTS[2], CHARTS[1]]);
    await s.page.getByTestId('slides').locator('li').nth(2).getByPlaceholder('一句话说明').press('Alt+ArrowUp');
    await expect.poll(() => chartNames(s)).toEqual(CHARTS);
  });

  it('exports one 16:9 .pptx: a slide per chart with its title, a 2× chart image, the source line and the notes', async () => {
    const first = s.page.getByTestId('slides').locator('li').nth(0);
    await first.getByPlaceholder('幻灯片标题（默认用图表标题）').fill('各地行政复议纠错率');
    await first.getByPlaceholder('幻灯片标题（默认用图表标题）').press('Tab');
    await first.getByPlaceholder('一句话说明').fill('纠错率 = 纠错件数 ÷ 审结件数');
    await first.getByPlaceholder('一句话说明').press('Tab');
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.click('[data-testid="deck-pptx"]')]);
    expect(download.suggestedFilename()).toBe('季度汇报.pptx');
    const bytes = new Uint8Array(readFileSync(await download.path()));
    writeFileSync(join(ARTIFACTS, 'deck.pptx'), bytes);
    const files = unzipSync(bytes);
    const text = (name: string) => strFromU8(files[name]);

    expect(text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort()).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
    const slides = [1, 2, 3].map((n) => text(`ppt/slides/slide${n}.xml`));
    expect(slides[0]).toContain('各地行政复议纠错率');
    expect(slides[1]).toContain('培训');
    expect(slides[2]).toContain('清单');
    for (const [i, xml] of slides.entries()) {
      expect(xml, `slide ${i + 1} source line`).toContain('数据来源：');
      const rels = text(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      const png = files[`ppt/media/${media}`];
      expect(Buffer.from(png.subarray(1, 4)).toString(), `slide ${i + 1} image`).toBe('PNG');
      // Rendered at 2×: 1600 CSS px wide.
      expect(Buffer.from(png).readUInt32BE(16)).toBe(3200);
    }
    const notes = Object.keys(files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes.map(text).join('')).toContain('纠错率 = 纠错件数 ÷ 审结件数');
    await expect.poll(() => s.page.locator('[role="status"]').allInnerTexts()).toContain('已导出 季度汇报.pptx。');
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('exports the dark projector theme as dark slides', async () => {
    await s.page.locator('[data-testid="present-theme"]').selectOption('projector-dark');
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.click('[data-testid="deck-pptx"]')]);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    writeFileSync(join(ARTIFACTS, 'deck-dark.pptx'), bytes);
    const slide = strFromU8(unzipSync(bytes)['ppt/slides/slide2.xml']);
    expect(slide).toContain('<a:srgbClr val="0D1117"/>');
    expect(slide).toContain('<a:srgbClr val="FFFFFF"/>');
    await s.page.locator('[data-testid="present-theme"]').selectOption('projector-light');
  });

  it('shows the English page at 1024×768', async () => {
    await s.page.getByTestId('lang-select').selectOption('en');
    await s.page.setViewportSize({ width: 1024, height: 768 });
    const open = s.page.getByTestId('add-charts-open');
    if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
    await s.page.getByTestId('add-charts').getByRole('button', { name: 'Add 0' }).waitFor();
    await controlsInside(s, 1024);
    expect(await s.page.getByTestId('deck-pptx').innerText()).toBe('Export PowerPoint (PPTX)');
    await screenshot(s.page, 'deck-1024-en');
  });
});
