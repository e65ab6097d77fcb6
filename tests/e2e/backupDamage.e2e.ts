import { beforeAll, describe, expect, it } from 'vitest';
import { backupSheets } from '../../src/import/backupWorkbook';
import { writeWorkbook } from '../../src/import/writeWorkbook';
import type { BackupData } from '../../src/domain/model';
import { xlsx } from '../fixtures/fixtures';
import { fixtureFile, sessionForFile, type Session } from './browser';

// Damaged backups end in a message, at once, with the data unchanged; a truncated workbook
// says it is damaged (not "a zip to unpack").

const spec = { kind: 'ranked-bar', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null, period: null };
const data: BackupData = {
  imports: [], blocks: [], indicators: [], regions: [], pins: [],
  charts: [{ id: 'c1', name: '培训', spec, createdAt: 1, updatedAt: 1 }],
  decks: [{ id: 'd1', name: '汇报', slides: [{ chartId: 'c1', title: '', note: '' }], createdAt: 1, updatedAt: 1 }],
};
function backup(name: string, sheet: string, col: number, value: string): string {
  const sheets = backupSheets(data);
  sheets.find((s) => s.name === sheet)!.rows[1][col] = value;
  return fixtureFile(name, writeWorkbook(sheets));
}
const deckNull = backup('演示为空.xlsx', '演示', 2, '[null]');
const deep = backup('图表过深.xlsx', '图表', 1, '['.repeat(16_000) + ']'.repeat(16_000));
const whole = xlsx([{ name: '2018', rows: [['地区', '培训人次'], ['兰州市', 13337]] }]);
const truncated = fixtureFile('半截.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)));

describe('damaged files on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it.each([
    ['a deck whose 定义 is [null]', deckNull, '演示 第 2 行'],
    ['a chart 定义 nested 16,000 levels deep', deep, '图表 第 2 行'],
  ])('%s: 备份文件已损坏, nothing changed', async (_what, path, where) => {
    await s.page.click('[data-page="settings"]');
    const before = await s.page.getByTestId('last-backup').innerText();
    await s.page.setInputFiles('[data-testid="backup-restore-input"]', path);
    const error = s.page.getByTestId('backup-error');
    await expect.poll(() => error.count(), { timeout: 10_000 }).toBe(1);
    expect(await error.innerText()).toMatch(new RegExp(`^备份文件已损坏：${where}.*数据没有改变`));
    expect(await s.page.getByTestId('restore-replace').count()).toBe(0);
    expect(await s.page.getByTestId('last-backup').innerText()).toBe(before);
  });

  it('a truncated .xlsx is damaged or incomplete', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', truncated);
    await expect.poll(() => s.page.getByTestId('read-failure').innerText()).toContain('文件已损坏或不完整');
    await s.page.getByRole('button', { name: '取消导入' }).click();
    expect(s.consoleErrors).toEqual([]);
  });
});
