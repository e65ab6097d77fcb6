import { afterEach, describe, expect, it } from 'vitest';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { backupSheets, parseBackup } from '../../src/import/backupWorkbook';
import { readWorkbook } from '../../src/import/readWorkbook';
import { writeWorkbook } from '../../src/import/writeWorkbook';
import { collectBackup, restoreBackup } from '../../src/storage/backup';
import { commitImport } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { readCatalog } from '../../src/storage/readCatalog';
import { saveChart } from '../../src/storage/savedCharts';
import { commitEdit } from '../../src/storage/commitEdit';
import { mergeIndicator } from '../../src/storage/catalogEdits';
import { pinValue } from '../../src/storage/pins';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { FIXTURES, xlsx } from '../fixtures/fixtures';

const dbs: IndiDb[] = [];
let n = 0;
async function fresh(): Promise<IndiDb> {
  const db = openDb(`backup-test-${++n}`);
  await seedCatalog(db);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function importFile(db: IndiDb, name: string, bytes: Uint8Array, at: number) {
  const od = await buildDraft('x', name, bytes, await readCatalog(db), {}, () => {});
  const sheets = od.draft.sheets.filter((s) => s.count > 0);
  return commitImport(db, {
    fileName: name, sha256: od.draft.sha256, layout: 'x', ...draftBlocks(od, sheets.map((s) => s.index)),
    skips: sheets.flatMap((s) => s.skips), skipped: sheets.reduce((k, s) => k + s.skipped, 0),
    newIndicators: sheets.flatMap((s) => s.newIndicators), regionMeta: sheets.flatMap((s) => s.regionMeta),
  }, at);
}

/** Export as the app does: state → sheets → xlsx bytes. */
async function exportBytes(db: IndiDb): Promise<Uint8Array> {
  return writeWorkbook(backupSheets(await collectBackup(db)));
}
function parse(bytes: Uint8Array) {
  const read = readWorkbook(bytes, 'backup.xlsx');
  if (!read.ok) return { ok: false as const, reason: read.reason };
  return parseBackup(read.workbook);
}
function dataOf(bytes: Uint8Array) {
  const p = parse(bytes);
  if (!p.ok) throw new Error('not a backup');
  return p.data;
}
/** The backup as its sheets' rows: what a person sees in Excel. */
const sheetsOf = async (db: IndiDb) => backupSheets(await collectBackup(db)).map((s) => ({ name: s.name, rows: s.rows }));

async function populated(): Promise<IndiDb> {
  const db = await fresh();
  let at = 1_700_000_000_000;
  for (const f of FIXTURES.filter((x) => ['long.xlsx', 'wide-by-indicator.xlsx', 'merged-headers.xlsx', 'value-rules.xlsx', 'transposed.xlsx'].includes(x.file))) {
    await importFile(db, f.file, f.bytes(), (at += 1000));
  }
  // A later import superseding one value: both stay in the backup.
  await importFile(db, 'later.xlsx', xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数'], ['兰州市', 60]] }]), (at += 1000));
  // A hand edit and a merge: both must survive the round trip.
  await commitEdit(db, { region: '温州市', indicator: '培训人次', period: 20182018, value: 15900, unit: '人次', qualifier: '约', raw: '约15900' }, (at += 1000));
  await importFile(db, 'alias.xlsx', xlsx([{ name: '2018', rows: [['地区', '纠错数'], ['丽水市', 3]] }]), (at += 1000));
  // A value cleared by hand (Delete in the grid): a removal, NaN, written as an empty 数值.
  await commitEdit(db, { region: '丽水市', indicator: '纠错数', period: 20182018, value: Number.NaN, unit: '件', qualifier: '', raw: '' }, (at += 1000));
  await mergeIndicator(db, '纠错数', '行政复议纠错件数');
  const chart = await saveChart(db, '纠错率', { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null });
  const imports = await db.imports.orderBy('importedAt').toArray();
  await pinValue(db, `兰州市\u0001行政复议纠错件数\u000120182018`, imports[1].id);
  await db.decks.add({ id: 'd1', name: '汇报', slides: [{ chartId: chart.id, title: '纠错率', note: '来源:各市报告' }], createdAt: at, updatedAt: at });
  return db;
}

describe('backup workbook', () => {
  it('follows the contract: sheet names and header rows', async () => {
    const db = await populated();
    const sheets = backupSheets(await collectBackup(db));
    const head = Object.fromEntries(sheets.map((s) => [s.name, (s.rows[0] as string[]).slice(0, 11)]));
    expect(head['观测值']).toEqual(['地区', '指标', '期间', '数值', '单位', '限定', '原文', '来源文件', '工作表', '单元格', '导入编号']);
    expect(head['指标'].slice(0, 7)).toEqual(['指标', '英文名', '单位', '分类', '别名', '分子', '分母']);
    expect(head['地区'].slice(0, 4)).toEqual(['地区', '别名', '级别', '上级']);
    expect(head['导入记录'].slice(0, 7)).toEqual(['导入编号', '文件', 'SHA-256', '导入时间', '布局', '导入条数', '跳过条数']);
    expect(head['图表'].slice(0, 2)).toEqual(['名称', '定义']);
    expect(sheets.find((x) => x.name === '冲突选择')?.rows.slice(1)).toEqual([['兰州市', '行政复议纠错件数', '2018', expect.any(String)]]);
    const obs = sheets[0].rows;
    expect(obs.find((r) => r[7] === '手工修改')).toEqual(['温州市', '培训人次', '2018', 15900, '人次', '约', '约15900', '手工修改', '手工修改', 'A1', expect.any(String)]);
    expect(sheets[1].rows.find((r) => r[0] === '纠错数')?.[7]).toBe('行政复议纠错件数');
    expect(obs.some((r) => r[0] === '溧阳市' && r[2] === '2011—2015')).toBe(true);
    expect(obs.filter((r) => r[0] === '兰州市' && r[1] === '行政复议纠错件数' && r[2] === '2018').map((r) => r[3])).toEqual([57, 45, 57, 60]);
    expect(obs.filter((r) => r[0] === '丽水市').map((r) => r[3])).toEqual([3, Number.NaN]);
  });

  it('a cleared value survives the round trip as a removal (an empty 数值 cell)', async () => {
    const db = await populated();
    const data = dataOf(await exportBytes(db));
    const values = data.blocks.filter((b) => b.indicator === '纠错数').flatMap((b) => [...b.values]);
    expect(values).toEqual([3, Number.NaN]);
  });

  it('round-trips: export, restore into an empty profile, export again gives the same backup', async () => {
    const db = await populated();
    const first = await exportBytes(db);
    const parsed = parse(first);
    expect(parsed.ok).toBe(true);
    const empty = await fresh();
    await restoreBackup(empty, parsed.ok ? parsed.data : (null as never), 'replace');
    expect(await sheetsOf(empty)).toEqual(await sheetsOf(db));
    const second = parse(await exportBytes(empty));
    expect(second.ok && second.data.blocks.length).toBe(parsed.ok && parsed.data.blocks.length);
  });

  it('merging the same backup twice duplicates nothing', async () => {
    const db = await populated();
    const parsed = parse(await exportBytes(db));
    if (!parsed.ok) throw new Error('parse');
    const other = await fresh();
    await importFile(other, 'mine.xlsx', xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数'], ['兰州市', 61], ['台州市', 5]] }]), 1_800_000_000_000);
    const first = await restoreBackup(other, parsed.data, 'merge');
    expect(first.imports).toBe(parsed.data.imports.length);
    const once = await sheetsOf(other);
    const second = await restoreBackup(other, parsed.data, 'merge');
    expect(second).toMatchObject({ imports: 0, observations: 0, alreadyHere: parsed.data.imports.length, charts: 0, decks: 0 });
    expect(await sheetsOf(other)).toEqual(once);
  });

  it('lists conflicts when a colleague’s values differ', async () => {
    const mine = await fresh();
    await importFile(mine, 'mine.xlsx', xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数'], ['兰州市', 61]] }]), 1000);
    const theirs = await fresh();
    await importFile(theirs, 'theirs.xlsx', xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数'], ['兰州市', 57]] }]), 2000);
    const parsed = parse(await exportBytes(theirs));
    const res = await restoreBackup(mine, parsed.ok ? parsed.data : (null as never), 'merge');
    expect(res.conflicts.map((c) => [c.region, c.previous, c.value])).toEqual([['兰州市', 61, 57]]);
  });

  it.each([
    ['a truncated backup', async (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
    ['a random workbook', async () => xlsx([{ name: 'Sheet1', rows: [['地区', '人口'], ['兰州市', 1]] }])],
    ['a backup with a row cut off', async (bytes: Uint8Array) => {
      const sheets = backupSheets(dataOf(bytes));
      sheets[0].rows.pop();
      return writeWorkbook(sheets);
    }],
    ['a backup with a number turned to text', async (bytes: Uint8Array) => {
      const sheets = backupSheets(dataOf(bytes));
      sheets[0].rows[1][3] = '很多';
      return writeWorkbook(sheets);
    }],
  ])('refuses %s and changes nothing', async (_name, damage) => {
    const db = await populated();
    const good = await exportBytes(db);
    const target = await populated();
    const before = await sheetsOf(target);
    const parsed = parse(await damage(good));
    expect(parsed.ok).toBe(false);
    expect(await sheetsOf(target)).toEqual(before);
  });
});

describe('periods finer than a year in the backup', () => {
  it('writes months and quarters in their one form (2023年4月, 2022年1—2月, 2022年第3季度) and restores them exactly', async () => {
    const db = await fresh();
    await importFile(db, '分省月度数据.csv', new TextEncoder().encode('地区,2023年4月,2022年1-2月,2022年第三季度\n北京市,5,4,3\n'), 1_700_000_000_000);
    const sheets = backupSheets(await collectBackup(db));
    expect(sheets[0].rows.slice(1).map((r) => r[2]).sort()).toEqual(['2022年1—2月', '2022年第3季度', '2023年4月']);
    const empty = await fresh();
    await restoreBackup(empty, dataOf(await exportBytes(db)), 'replace');
    expect(await sheetsOf(empty)).toEqual(await sheetsOf(db));
  });
});
