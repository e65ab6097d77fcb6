import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { answerDialog, fixtureFile, openApp, screenshot, sessionForFile, type Session } from './browser';

const file = fixtureFile;

const workbook = file(
  '嘉兴湖州.xlsx',
  xlsx([
    { name: '2017年', rows: [['地区', '行政复议纠错件数', '培训人次'], ['嘉兴市', 31, 9000], ['湖州市', 12, '约5000']] },
    { name: '2018年', rows: [['各市指标'], ['地区', '行政复议纠错件数', '培训人次'], ['嘉兴市', 35, 9500], ['湖州市', 14, '5200人次'], ['合计', 49, 14700]] },
  ]),
);
const evil = '<img src=x onerror="document.body.dataset.pwned=1">';
const hostile = file('hostile-2019.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', evil, '__proto__'], [evil, 1, 2], ['constructor', 3, 4]] }]));
// A password-protected xlsx is a compound file holding EncryptionInfo and EncryptedPackage streams
// (the unit tests also meet real ones in the shared corpus; this one needs nothing beside the clone).
const encryptedCfb = XLSX.CFB.utils.cfb_new();
XLSX.CFB.utils.cfb_add(encryptedCfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
XLSX.CFB.utils.cfb_add(encryptedCfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
const encrypted = file('加密的指标表.xlsx', new Uint8Array(XLSX.CFB.write(encryptedCfb, { type: 'array' }) as number[]));

async function searchRows(s: Session, text: string): Promise<number> {
  await s.page.click('[data-page="data"]');
  const search = s.page.locator('input[type="search"]');
  if (!(await search.count())) return 0;
  await search.fill(text);
  const label = await s.page.getByTestId('row-count').innerText();
  return Number(label.replace(/[^\d]/g, ''));
}

describe('importing on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('loads the sample data on first open, marked and removable', async () => {
    await expect.poll(() => s.page.getByTestId('sample-banner').isVisible()).toBe(true);
    expect(await s.page.getByTestId('import-history').innerText()).toContain('示例数据');
    expect(await searchRows(s, '温州')).toBeGreaterThan(10);
  });

  it('removes the sample data with one click and can load it again', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.getByRole('button', { name: '移除示例数据' }).click();
    await expect.poll(() => s.page.getByTestId('sample-banner').count()).toBe(0);
    expect(await searchRows(s, '温州')).toBe(0);
    await s.page.click('[data-page="import"]');
    await s.page.getByTestId('sample-load').click();
    await expect.poll(() => s.page.getByTestId('sample-banner').count()).toBe(1);
  });

  it('drops a multi-sheet workbook, reviews, commits and reports', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', workbook);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.getByTestId('layout').innerText()).toContain('地区在行，指标在列');
    expect(await s.page.getByTestId('obs-preview').innerText()).toContain('嘉兴市');
    await screenshot(s.page, 'import-review');
    expect(await s.page.getByTestId('import-confirm').innerText()).toContain('8');
    await s.page.click('[data-testid="import-confirm"]');
    const report = s.page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('已保存 8 个观测值');
    expect(await report.innerText()).toContain('跳过 1 个单元格');
    await screenshot(s.page, 'import-report');
  });

  it('still has the values after a reload', async () => {
    await openApp(s.page);
    expect(await searchRows(s, '嘉兴')).toBe(4);
    expect(await s.page.getByTestId('grid').innerText()).toContain('9,500');
  });

  it('recognises the same file again and changes nothing', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', workbook);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.locator('section.review').innerText()).toContain('已于');
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('未重复导入');
    expect(await searchRows(s, '嘉兴')).toBe(4);
  });

  it('undoes the import and the values are gone', async () => {
    await s.page.click('[data-page="import"]');
    const row = s.page.getByTestId('import-history').locator('tr', { hasText: '嘉兴湖州.xlsx' });
    await row.getByRole('button', { name: '撤销' }).click();
    await answerDialog(s.page);
    await expect.poll(() => s.page.getByTestId('import-history').innerText()).not.toContain('嘉兴湖州.xlsx');
    expect(await searchRows(s, '嘉兴')).toBe(0);
    await openApp(s.page);
    expect(await searchRows(s, '嘉兴')).toBe(0);
  });

  it('takes a period the user types, and remembers it for the same header next time', async () => {
    const rows = (v: number) => [['地区', '行政复议纠错件数'], ['台州市', v], ['丽水市', v + 1]];
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', file('无期间甲.xlsx', xlsx([{ name: 'Sheet1', rows: rows(10) }])));
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.locator('section.review').innerText()).toContain('没有找到期间');
    await s.page.getByTestId('period-input').fill('2016');
    await s.page.getByTestId('period-input').press('Enter');
    await expect.poll(() => s.page.getByTestId('import-confirm').innerText()).toContain('2');
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存 2 个观测值');

    await s.page.setInputFiles('[data-testid="file-input"]', file('无期间乙.xlsx', xlsx([{ name: 'Sheet1', rows: rows(20) }])));
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.locator('section.review').innerText()).toContain('已套用上次');
    expect(await s.page.getByTestId('period-input').inputValue()).toBe('2016');
    await s.page.getByRole('button', { name: '取消导入' }).click();
    // The page says the cancel stored nothing, until the next file is dropped.
    expect(await s.page.getByTestId('import-cancelled').innerText()).toBe('已取消导入，未保存任何数据。');
  });

  it('offers a blank template workbook to download', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: '下载空白模板' }).click()]);
    expect(download.suggestedFilename()).toBe('指标导入模板.xlsx');
    const path = await download.path();
    const bytes = new Uint8Array(readFileSync(path));
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    // The template itself imports cleanly.
    await s.page.setInputFiles('[data-testid="file-input"]', path);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.getByTestId('layout').innerText()).toContain('长表');
    await s.page.getByRole('button', { name: '取消导入' }).click();
  });

  it('says plainly that an encrypted file is encrypted', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', encrypted);
    await expect.poll(() => s.page.getByTestId('read-failure').innerText()).toContain('此文件已加密');
    await s.page.getByRole('button', { name: '取消导入' }).click();
  });

  it('shows hostile names as plain text, never as markup', async () => {
    await s.page.setInputFiles('[data-testid="file-input"]', hostile);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.getByTestId('obs-preview').innerText()).toContain(evil);
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存 4 个观测值');
    expect(await searchRows(s, 'img')).toBe(3);
    expect(await s.page.getByTestId('grid').innerText()).toContain(evil);
    expect(await s.page.locator('main img').count()).toBe(0);
    expect(await s.page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
