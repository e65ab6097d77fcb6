import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { APP_URL, fixtureFile, freshProfile, launch, screenshot, type Session, answerDialog } from './browser';

const dir = mkdtempSync(join(tmpdir(), 'indicompare-backup-'));
const file = fixtureFile;
const table = file('台州丽水.xlsx', xlsx([{ name: '2019', rows: [['地区', '行政复议纠错件数', '培训人次'], ['台州市', 21, 7000], ['丽水市', 9, 4100]] }]));

async function importTable(s: Session, path: string) {
  await s.page.click('[data-page="import"]');
  await s.page.setInputFiles('[data-testid="file-input"]', path);
  await s.page.click('[data-testid="import-confirm"]');
  await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存');
}

async function exportBackup(s: Session): Promise<string> {
  await s.page.click('[data-page="settings"]');
  const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="backup-export"]')]);
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

/** A backup's sheets as rows, as Excel would show them. */
function sheets(path: string) {
  const wb = XLSX.read(readFileSync(path));
  return wb.SheetNames.map((n) => ({ n, rows: XLSX.utils.sheet_to_json(wb.Sheets[n], { header: 1, raw: true }) }));
}

async function restore(s: Session, path: string, mode: 'replace' | 'merge') {
  await s.page.click('[data-page="settings"]');
  await s.page.setInputFiles('[data-testid="backup-restore-input"]', path);
  await s.page.click(`[data-testid="restore-${mode}"]`);
  return s.page.getByTestId('restore-result').innerText();
}

describe('backup and restore on the built file:// page', () => {
  it('exports, restores into an empty profile, and exports the same backup again', async () => {
    const a = freshProfile();
    const s = await launch(a.dir);
    await importTable(s, table);
    expect(await s.page.getByTestId('backup-reminder').innerText()).toContain('1 次导入尚未备份');
    await s.page.click('[data-page="charts"]');
    await s.page.click('[data-headline="training"]');
    await s.page.click('[data-testid="chart-save"]');
    await answerDialog(s.page, '培训人次排序');
    await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain('培训人次排序');
    const first = await exportBackup(s);
    expect(await s.page.getByTestId('last-backup').innerText()).toContain('上次备份');
    expect(await s.page.getByTestId('backup-reminder').count()).toBe(0);
    await screenshot(s.page, 'backup-settings');
    await s.close();
    a.remove();

    const b = freshProfile();
    const t = await launch(b.dir);
    const msg = await restore(t, first, 'replace');
    expect(msg).toContain('已恢复');
    await t.page.click('[data-page="charts"]');
    expect(await t.page.getByTestId('saved-charts').innerText()).toContain('培训人次排序');
    const second = await exportBackup(t);
    expect(sheets(second)).toEqual(sheets(first));

    // Merging the same backup again adds nothing.
    const merged = await restore(t, first, 'merge');
    expect(merged).toContain('新增 0 次导入');
    const third = await exportBackup(t);
    expect(sheets(third)).toEqual(sheets(first));
    expect(t.consoleErrors).toEqual([]);
    await t.close();
    b.remove();
  });

  it('refuses a foreign or damaged file and changes nothing', async () => {
    const p = freshProfile();
    const s = await launch(p.dir);
    const before = await exportBackup(s);
    await s.page.setInputFiles('[data-testid="backup-restore-input"]', file('random.xlsx', xlsx([{ name: 'Sheet1', rows: [['a', 'b'], [1, 2]] }])));
    await expect.poll(() => s.page.getByTestId('backup-error').innerText()).toContain('不是本工具导出的备份文件');
    const bytes = readFileSync(before);
    await s.page.setInputFiles('[data-testid="backup-restore-input"]', file('cut.xlsx', bytes.subarray(0, bytes.length >> 1)));
    await expect.poll(() => s.page.getByTestId('backup-error').innerText()).toMatch(/无法读取|损坏/);
    const after = await exportBackup(s);
    expect(sheets(after)).toEqual(sheets(before));
    await s.close();
    p.remove();
  });

  it('two windows on the same profile see each other’s import', async () => {
    const p = freshProfile();
    const s = await launch(p.dir);
    const other = await s.context.newPage();
    await other.goto(APP_URL);
    await other.waitForSelector('body[data-ready="ready"]');
    await other.click('[data-page="import"]');
    await importTable(s, table);
    await expect.poll(() => other.getByTestId('import-history').innerText(), { timeout: 10_000 }).toContain('台州丽水.xlsx');
    await other.click('[data-page="data"]');
    await other.locator('input[type="search"]').fill('台州');
    await expect.poll(() => other.getByTestId('row-count').innerText()).toBe('2 行');
    await s.close();
    p.remove();
  });
});
