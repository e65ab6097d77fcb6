import { beforeAll, describe, expect, it } from 'vitest';
import { sessionForFile, type Session } from './browser';

/** A Ctrl+V on the page: a DataTransfer holding the clipboard's types, as a browser dispatches it. */
async function paste(s: Session, data: Record<string, string>): Promise<void> {
  await s.page.evaluate((d) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(d)) dt.setData(type, value);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

async function gridRows(s: Session, search: string): Promise<string> {
  await s.page.click('[data-page="data"]');
  await s.page.click('[data-tab="grid"]');
  await s.page.locator('input[type="search"]').fill(search);
  await s.page.locator('select[aria-label="指标"]').selectOption('');
  return s.page.getByTestId('grid').innerText();
}

const fileName = (s: Session) => s.page.locator('.review .file strong').innerText();
const STAMP = /^粘贴的表格 \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.(txt|html)$/;

// A table as Excel/WPS put it on the clipboard (tabs), and one from a government web page (HTML with a merged header).
const TSV = '地区\t年份\t行政复议受理件数\t行政复议纠错率\n舟山市\t2021\t2,600\t93.5%\n丽水市\t2021\t12\t5%\n';
const HTML = '<meta charset="utf-8"><table border="1">'
  + '<tr><td rowspan="2">地区</td><td colspan="2">行政复议</td></tr>'
  + '<tr><td>受理</td><td>纠错</td></tr>'
  + '<tr><td>衢州市</td><td>1,234</td><td>57件</td></tr>'
  + '<tr><td>台州市<img src="x" onerror="window.__pasted=1"></td><td>约300</td><td>两</td></tr>'
  + '</table>';

describe('paste a table on 导入, on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    await s.page.click('[data-page="import"]');
    await s.page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
  });

  it('a TSV goes through the review gate as a file, and its values land as the importer reads them', async () => {
    await paste(s, { 'text/plain': TSV });
    await s.page.waitForSelector('[data-testid="layout"]');
    expect(await fileName(s)).toMatch(STAMP);
    await s.page.screenshot({ path: 'scratch/paste-review-tsv-zh.png' });
    await s.page.getByTestId('import-confirm').click();
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存 4 个观测值');
    const grid = await gridRows(s, '舟山');
    expect(grid).toContain('舟山市');
    expect(grid).toContain('2,600');
    expect(grid).toContain('93.5');
    expect(grid).toContain('2021');
  });

  it('an HTML table keeps its merged header; with no period in it, the review asks for one (never the paste date)', async () => {
    await s.page.click('[data-page="import"]');
    await paste(s, { 'text/html': HTML, 'text/plain': '地区\t行政复议\n衢州市\t1,234\t57件\n' });
    await s.page.waitForSelector('[data-testid="layout"]');
    expect(await fileName(s)).toMatch(STAMP);
    // Never rendered as HTML: the cell's markup is not an element of the page.
    expect(await s.page.locator('.review img').count()).toBe(0);
    const period = s.page.getByTestId('period-input');
    expect(await period.inputValue()).toBe('');
    await period.fill('2022');
    await period.press('Enter');
    await expect.poll(() => s.page.getByTestId('import-confirm').innerText()).toContain('4');
    await s.page.screenshot({ path: 'scratch/paste-review-html-zh.png' });
    await s.page.getByTestId('import-confirm').click();
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存 4 个观测值');
    const qz = await gridRows(s, '衢州');
    for (const text of ['衢州市', '行政复议受理件数', '行政复议纠错件数', '1,234', '57', '2022']) expect(qz).toContain(text);
    // 「约300」 keeps its qualifier, 「两」 is 2; the cell's <img> was markup, not a name.
    const tz = await gridRows(s, '台州');
    for (const text of ['台州市', '约300', '2022']) expect(tz).toContain(text);
    expect(tz).not.toContain('img');
    expect(await s.page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted)).toBeUndefined();
  });

  it('shows the paste review in English', async () => {
    await s.page.getByTestId('lang-select').selectOption('en');
    await s.page.click('[data-page="import"]');
    await paste(s, { 'text/plain': TSV.replace(/2021/g, '2020') });
    await s.page.waitForSelector('[data-testid="layout"]');
    await s.page.screenshot({ path: 'scratch/paste-review-tsv-en.png' });
    await s.page.getByTestId('import-confirm').click();
    await s.page.waitForSelector('[data-testid="import-report"]');
    await s.page.getByTestId('lang-select').selectOption('zh-CN');
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
