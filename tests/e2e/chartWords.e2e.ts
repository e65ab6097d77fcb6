import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, screenshot, sessionForFile, type Session } from './browser';

// The presenter's words and marks on the 图表 page, kept across a reload and carried by the exports.
const TITLE = '<b>&"x 纠错率对比';
const NOTES = '注：瀍河回族区审结仅 2 件';
const SOURCE = '数据来源：市司法局年度统计';

/** Types into one of the chart's word fields and saves it with Enter. */
async function writeWord(s: Session, testid: string, text: string) {
  const input = s.page.getByTestId(testid);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

const chartLabel = (s: Session) => s.page.getByTestId('chart').getAttribute('aria-label');

async function download(s: Session, testid: string): Promise<Buffer> {
  const [file] = await Promise.all([s.page.waitForEvent('download'), s.page.click(`[data-testid="${testid}"]`)]);
  return readFileSync(await file.path());
}

/** The text of every <text>/<tspan> in an SVG, entities left as written. */
const svgTexts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)</g)].map((m) => m[1]).filter(Boolean);

describe('the words and marks a presenter puts on a chart', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    await s.page.click('[data-page="charts"]');
    await s.page.click('[data-headline="correction-rate"]');
    await s.page.waitForSelector('[data-testid="chart"] canvas');
  });

  it('shows the generated words as placeholders, and the default ranked bar has one bar per region', async () => {
    const title = s.page.getByTestId('chart-title-input');
    expect(await title.inputValue()).toBe('');
    expect(await title.getAttribute('placeholder')).toContain('行政复议纠错率');
    // The sample has 兰州市 for 2014 and 2023: only its latest year is a bar, and its label says the year.
    const labels = svgTexts((await download(s, 'export-svg')).toString('utf8'));
    expect(labels.filter((t) => t.startsWith('兰州市'))).toEqual(['兰州市 2023']);
    expect(labels.join(' ')).toContain('各地区最新年份');
  });

  it('edits title, subtitle, notes and source in place, and keeps them across a reload', async () => {
    await writeWord(s, 'chart-title-input', TITLE);
    await writeWord(s, 'chart-subtitle-input', '单位：%');
    await writeWord(s, 'chart-notes-input', NOTES);
    await writeWord(s, 'chart-source-input', SOURCE);
    await expect.poll(() => chartLabel(s)).toContain(TITLE);
    // Esc puts the saved word back.
    const title = s.page.getByTestId('chart-title-input');
    await title.click();
    await title.fill('不要这个');
    await title.press('Escape');
    expect(await title.inputValue()).toBe(TITLE);
    await expect.poll(() => chartLabel(s)).toContain(TITLE);

    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="ready"]');
    await s.page.click('[data-page="charts"]');
    await s.page.waitForSelector('[data-testid="chart"] canvas');
    expect(await s.page.getByTestId('chart-title-input').inputValue()).toBe(TITLE);
    expect(await s.page.getByTestId('chart-subtitle-input').inputValue()).toBe('单位：%');
    expect(await s.page.getByTestId('chart-notes-input').inputValue()).toBe(NOTES);
    expect(await s.page.getByTestId('chart-source-input').inputValue()).toBe(SOURCE);
    expect(await chartLabel(s)).toContain(TITLE);
    await screenshot(s.page, 'chart-words-edited');
  });

  it('blank goes back to the generated word', async () => {
    const sub = s.page.getByTestId('chart-subtitle-input');
    await sub.click();
    await sub.fill('');
    await sub.press('Enter');
    expect(await sub.inputValue()).toBe('');
    const generated = (await sub.getAttribute('placeholder')) ?? '';
    expect(generated).not.toBe('');
    await expect.poll(() => chartLabel(s)).toBe(`${TITLE}。${generated}`);
    await writeWord(s, 'chart-subtitle-input', '单位：%');
  });

  it('leaves a line off the chart, and brings the generated one back', async () => {
    const notes = s.page.getByTestId('chart-notes-input');
    await s.page.getByTestId('chart-notes-input-hide').click();
    expect(await notes.inputValue()).toBe('');
    expect(await notes.getAttribute('placeholder')).toBe('（不显示）');
    expect(svgTexts((await download(s, 'export-svg')).toString('utf8')).join('\n')).not.toContain(NOTES);
    await s.page.getByTestId('chart-notes-input-show').click();
    expect(await notes.getAttribute('placeholder')).not.toBe('（不显示）');
    await writeWord(s, 'chart-notes-input', NOTES);
    expect(await notes.inputValue()).toBe(NOTES);
  });

  it('highlights a region, draws a target line, and exports PNG and SVG with the words, escaped', async () => {
    // The screen theme's muted grey for the regions beside a highlight.
    const DIM = '#c3c8d0';
    expect((await download(s, 'export-svg')).toString('utf8').toLowerCase()).not.toContain(DIM);
    await s.page.getByTestId('highlight-picker').locator('summary').click();
    await s.page.getByTestId('highlight-picker').locator('[data-region="兰州市"]').click();
    await expect.poll(() => s.page.getByTestId('highlight-summary').innerText()).toBe('兰州市');
    await s.page.getByTestId('target-value').fill('15');
    await s.page.getByTestId('target-value').press('Tab');
    await s.page.getByTestId('target-label').fill('省定目标');
    await s.page.getByTestId('target-label').press('Tab');
    await screenshot(s.page, 'chart-words-marks');

    const png = await download(s, 'export-png');
    writeFileSync(`${ARTIFACTS}/chart-words.png`, png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const svg = (await download(s, 'export-svg')).toString('utf8');
    writeFileSync(`${ARTIFACTS}/chart-words.svg`, svg);
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = svgTexts(svg).join('\n');
    // The title is text, escaped: no <b> element, the ampersand and the angle brackets as entities.
    expect(svg).not.toMatch(/<b>/);
    expect(texts).toMatch(/&lt;b&gt;&amp;(&quot;|")x 纠错率对比/);
    expect(texts).toContain(NOTES);
    expect(texts).toContain(SOURCE);
    expect(texts).toContain('省定目标 15');
    expect(svg.toLowerCase()).toContain(DIM);
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('keeps the words and marks in a saved chart', async () => {
    await s.page.click('[data-testid="chart-save"]');
    const dialog = s.page.getByTestId('dialog');
    await dialog.waitFor();
    // The name offered is the presenter's title.
    expect(await dialog.getByTestId('dialog-input').inputValue()).toBe(TITLE);
    await dialog.getByTestId('dialog-input').fill('纠错率（汇报）');
    await dialog.getByTestId('dialog-ok').click();
    await s.page.click('[data-headline="training"]');
    expect(await s.page.getByTestId('chart-title-input').inputValue()).toBe('');
    await s.page.getByTestId('saved-charts').getByText('纠错率（汇报）').click();
    expect(await s.page.getByTestId('chart-title-input').inputValue()).toBe(TITLE);
    expect(await s.page.getByTestId('target-value').inputValue()).toBe('15');
    expect(await s.page.getByTestId('highlight-summary').innerText()).toBe('兰州市');
  });

  it('自选地区 starts with nothing ticked; the regions ticked are the chart', async () => {
    await s.page.click('[data-headline="correction-rate"]');
    await s.page.locator('select[aria-label="地区"]').selectOption({ label: '自选地区' });
    const list = s.page.getByTestId('chart-regions').getByTestId('region-list');
    await list.waitFor();
    expect(await list.locator('[aria-selected="true"]').count()).toBe(0);
    await list.locator('[data-region="温州市"]').click();
    await list.locator('[data-region="兰州市"]').click();
    const labels = svgTexts((await download(s, 'export-svg')).toString('utf8'));
    expect(labels.some((t) => t.startsWith('温州市'))).toBe(true);
    expect(labels.some((t) => t.startsWith('兰州市'))).toBe(true);
    expect(labels.some((t) => t.startsWith('瀍河回族区'))).toBe(false);
    await screenshot(s.page, 'chart-words-chosen-regions');
  });
});
