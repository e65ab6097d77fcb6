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
import { seedCatalog } from '../../src/storage/seedCatalog';
import { xlsx } from '../fixtures/fixtures';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { BackupData } from '../../src/domain/model';

// Faults that failed silently: damaged or hand-edited backups must be refused with the
// sheet, row and reason, and the database must stay exactly as it was.

const dbs: IndiDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function populated(): Promise<IndiDb> {
  const db = openDb(`backup-validation-${++n}`);
  dbs.push(db);
  await seedCatalog(db);
  const bytes = xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数', '培训人次'], ['兰州市', 57, 13337], ['温州市', 40, 9000]] }]);
  const od = await buildDraft('x', 'a.xlsx', bytes, await readCatalog(db), {}, () => {});
  const sheets = od.draft.sheets.filter((s) => s.count > 0);
  await commitImport(db, {
    fileName: 'a.xlsx', sha256: od.draft.sha256, layout: 'x', ...draftBlocks(od, sheets.map((s) => s.index)),
    skips: [], skipped: 0, newIndicators: sheets.flatMap((s) => s.newIndicators),
  }, 1_700_000_000_000);
  const chart = await saveChart(db, '纠错', { kind: 'ranked-bar', indicator: '行政复议纠错件数', regions: { mode: 'all' }, from: null, to: null, period: null });
  await db.decks.add({ id: 'd1', name: '汇报', slides: [{ chartId: chart.id, title: 't', note: '' }], createdAt: 1, updatedAt: 1 });
  return db;
}

type Sheets = ReturnType<typeof backupSheets>;
const sheetRows = (sheets: Sheets, name: string) => sheets.find((s) => s.name === name)!.rows;

/** The backup of `db` with one cell replaced (row and column 0-based, header = row 0). */
async function tampered(db: IndiDb, sheet: string, row: number, col: number, value: unknown): Promise<Uint8Array> {
  const sheets = backupSheets(await collectBackup(db));
  sheetRows(sheets, sheet)[row][col] = value;
  return writeWorkbook(sheets);
}

function parse(bytes: Uint8Array) {
  const read = readWorkbook(bytes, 'backup.xlsx');
  if (!read.ok) return { ok: false as const, reason: read.reason, detail: read.detail ?? '' };
  return parseBackup(read.workbook);
}

/** Excel (and SheetJS) will not write a cell over 32,767 characters: put a long text in by hand. */
function withLongText(bytes: Uint8Array, placeholder: string, text: string): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    const xml = strFromU8(data);
    if (xml.includes(placeholder)) files[name] = strToU8(xml.replace(placeholder, text));
  }
  return zipSync(files);
}

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('damaged backups are refused with the sheet, row and reason', () => {
  it.each([
    ['a deck whose 定义 is [null]', '演示', 1, 2, '[null]', /演示 第 2 行/],
    ['a deck whose slide has no chart id', '演示', 1, 2, '[{"title":"x"}]', /演示 第 2 行/],
    ['a chart 定义 nested 16,000 levels deep', '图表', 1, 1, deep(16_000), /图表 第 2 行.*层/],
    ['a chart 定义 null', '图表', 1, 1, 'null', /图表 第 2 行/],
    ['a chart 定义 "hello"', '图表', 1, 1, '"hello"', /图表 第 2 行/],
    ['a chart 定义 123', '图表', 1, 1, '123', /图表 第 2 行/],
    ['a chart 定义 {"kind":42}', '图表', 1, 1, '{"kind":42,"indicator":"x"}', /图表 第 2 行/],
    ['a chart kind that is HTML', '图表', 1, 1, '{"kind":"<img src=x onerror=alert(1)>","indicator":"x","regions":{"mode":"all"}}', /图表 第 2 行/],
    ['a chart 定义 of __proto__ only', '图表', 1, 1, '{"__proto__":{"kind":"line","indicator":"x"}}', /图表 第 2 行/],
    ['a 数值 0x10', '观测值', 1, 3, '0x10', /观测值 第 2 行.*数值/],
    ['a 数值 with a unit', '观测值', 1, 3, '57项', /观测值 第 2 行.*数值/],
    ['a 数值 Infinity', '观测值', 1, 3, 'Infinity', /观测值 第 2 行.*数值/],
    ['a cell reference A0', '观测值', 1, 9, 'A0', /观测值 第 2 行.*单元格/],
    ['a cell reference B007', '观测值', 1, 9, 'B007', /观测值 第 2 行.*单元格/],
    ['a duplicate chart id', '图表', 1, 2, 'DUP', /图表 第 3 行.*编号/],
    ['a duplicate deck id', '演示', 1, 0, 'DUP', /演示 第 3 行.*编号/],
    ['a 导入条数 that is not a count', '导入记录', 1, 5, '2.5', /导入记录 第 2 行/],
  ])('%s', async (_what, sheet, row, col, value, detail) => {
    const db = await populated();
    const sheets = backupSheets(await collectBackup(db));
    if (value === 'DUP') {
      // Two records with the same id: copy the first record's row.
      const rows = sheetRows(sheets, sheet);
      rows.push([...rows[row]]);
      if (sheet === '图表') rows[2][0] = '另一个';
    } else sheetRows(sheets, sheet)[row][col] = value;
    const res = parse(writeWorkbook(sheets));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.reason).toBe('damaged');
    expect(res.detail).toMatch(detail);
  });

  it('an 8 MB chart 定义 is refused as too long, not cut and parsed', async () => {
    const db = await populated();
    const bytes = withLongText(await tampered(db, '图表', 1, 1, 'PLACEHOLDER-8MB'), 'PLACEHOLDER-8MB', `{"kind":"line","indicator":"${'x'.repeat(8 << 20)}"}`);
    const res = parse(bytes);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.detail).toMatch(/图表 第 2 行.*32,767/);
  });

  it('accepts the untouched backup, and its data survives a structured clone (postMessage)', async () => {
    const db = await populated();
    const res = parse(writeWorkbook(backupSheets(await collectBackup(db))));
    expect(res.ok).toBe(true);
    if (res.ok) expect(() => structuredClone(res.data)).not.toThrow();
  });

  it('the 16,000-level definition answers at once (no stack overflow in the worker)', async () => {
    const db = await populated();
    const started = Date.now();
    const res = parse(await tampered(db, '图表', 1, 1, deep(16_000)));
    expect(res.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stores the checked chart spec, not the raw JSON (unknown fields dropped)', async () => {
    const db = await populated();
    const res = parse(await tampered(db, '图表', 1, 1, '{"kind":"line","indicator":"培训人次","regions":{"mode":"all"},"from":null,"to":null,"extra":"<b>x</b>"}'));
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.data.charts[0].spec).not.toHaveProperty('extra');
  });
});

describe('restoreBackup checks every record before it writes', () => {
  async function snapshot(db: IndiDb) {
    return JSON.stringify(await collectBackup(db), (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));
  }
  async function good(db: IndiDb): Promise<BackupData> {
    const res = parse(writeWorkbook(backupSheets(await collectBackup(db))));
    if (!res.ok) throw new Error('backup did not parse');
    return res.data;
  }
  const bad: [string, (d: BackupData) => void, RegExp][] = [
    ['a chart spec null', (d) => (d.charts[0].spec = null), /图表/],
    ['a chart spec "hello"', (d) => (d.charts[0].spec = 'hello'), /图表/],
    ['a chart spec {"kind":42}', (d) => (d.charts[0].spec = { kind: 42 }), /图表/],
    ['a deck slide null', (d) => (d.decks[0].slides = [null as never]), /演示/],
    ['a duplicate chart id', (d) => d.charts.push({ ...d.charts[0] }), /图表.*编号/],
    ['an infinite value (a cleared one is NaN)', (d) => (d.blocks[0].values[0] = Number.POSITIVE_INFINITY), /观测值/],
  ];
  it.each(bad)('refuses %s in both modes and leaves the database unchanged', async (_what, spoil, reason) => {
    const db = await populated();
    const before = await snapshot(db);
    for (const mode of ['replace', 'merge'] as const) {
      const data = await good(db);
      if (mode === 'merge') data.imports = data.imports.map((i) => ({ ...i, id: `${i.id}-x` }));
      if (mode === 'merge') data.blocks = data.blocks.map((b) => ({ ...b, importId: `${b.importId}-x` }));
      if (mode === 'merge') data.charts = data.charts.map((c) => ({ ...c, id: `${c.id}-x` }));
      spoil(data);
      await expect(restoreBackup(db, data, mode)).rejects.toThrow(reason);
      expect(await snapshot(db)).toBe(before);
    }
  });
});

describe('a text too long for a cell, stored before the import gate cut such texts', () => {
  it('makes the backup export fail naming the sheet and cell, and the message says so', async () => {
    const { CellTooLongError } = await import('../../src/import/writeWorkbook');
    const { WorkerError } = await import('../../src/import/protocol');
    const { exportErrorText } = await import('../../src/state/exportErrorText');
    const db = await populated();
    const data = await collectBackup(db);
    data.imports[0].regions[0] = '兰'.repeat(1_048_576);
    let thrown: unknown;
    try {
      writeWorkbook(backupSheets(data));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CellTooLongError);
    const e = thrown as InstanceType<typeof CellTooLongError>;
    expect([e.sheet, e.length]).toEqual(['观测值', 1_048_576]);
    // As the page gets it from the worker:
    const text = exportErrorText(new WorkerError(e.message, e.name, { sheet: e.sheet, cell: e.cell, length: e.length }));
    expect(text).toBe(`工作表“观测值”的单元格 ${e.cell} 有 1,048,576 个字符，超过 Excel 每格 32,767 个字符的上限。请缩短这段文字（如地区或指标名称）后再导出`);
  });
});
