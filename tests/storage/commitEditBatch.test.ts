import { afterEach, describe, expect, it } from 'vitest';
import { commitEdits, editBlocks, type ValueEdit } from '../../src/storage/commitEdit';
import { commitEntry } from '../../src/storage/commitEntry';
import { commitImport } from '../../src/storage/commitImport';
import { listImports } from '../../src/storage/findImports';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { readCatalog } from '../../src/storage/readCatalog';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { undoImport } from '../../src/storage/undoImport';

let db: IndiDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});
async function fresh() {
  db = openDb(`commit-edit-batch-${++n}`);
  await seedCatalog(db);
}
const P2018 = 20182018;
const edit = (region: string, indicator: string, value: number, extra: Partial<ValueEdit> = {}): ValueEdit => ({
  region, indicator, period: P2018, value, unit: '件', qualifier: '', raw: '', ...extra,
});

/** Values in force as region|indicator|value|qualifier|raw|sheet, sorted. */
async function inForce(): Promise<string[]> {
  const c = await loadCube(db);
  const out: string[] = [];
  for (let i = 0; i < c.n; i++) if (c.inForce(i)) out.push(`${c.regionOf(i)}|${c.indicatorOf(i)}|${c.valueOf(i)}|${c.qualifierOf(i)}|${c.rawOf(i)}|${c.sourceOf(i).sheet}`);
  return out.sort();
}

async function importTable() {
  const { regions, blocks } = editBlocks([edit('兰州市', '行政复议纠错件数', 57), edit('天水市', '行政复议纠错件数', 12), edit('兰州市', '培训人次', 13337, { unit: '人次' })], '2018');
  const res = await commitImport(db, { fileName: 't.xlsx', sha256: 't', layout: 'long', regions, blocks, skips: [], skipped: 0, newIndicators: [] }, 1000);
  if (!res.ok) throw new Error('commit');
}

describe('several values by hand are one import', () => {
  it('a pasted block supersedes each value it covers, and one undo brings them all back', async () => {
    await fresh();
    await importTable();
    const res = await commitEdits(db, [edit('兰州市', '行政复议纠错件数', 60), edit('天水市', '行政复议纠错件数', 2600, { qualifier: '余', raw: '2600余' }), edit('兰州市', '培训人次', 14000, { unit: '人次' })], 2000);
    expect(res.ok && res.taken).toBe(3);
    expect(await inForce()).toEqual([
      '兰州市|培训人次|14000|||手工修改',
      '兰州市|行政复议纠错件数|60|||手工修改',
      '天水市|行政复议纠错件数|2600|余|2600余|手工修改',
    ]);
    const imports = await listImports(db);
    expect(imports.filter((h) => h.fileName === '手工修改')).toHaveLength(1);
    await undoImport(db, res.ok ? res.importId : '');
    expect(await inForce()).toEqual(['兰州市|培训人次|13337|||2018', '兰州市|行政复议纠错件数|57|||2018', '天水市|行政复议纠错件数|12|||2018']);
  });

  it('a cleared value is stored as a removal (no number) that undo takes away again', async () => {
    await fresh();
    await importTable();
    const res = await commitEdits(db, [edit('天水市', '行政复议纠错件数', NaN)], 2000);
    expect(res.ok).toBe(true);
    expect((await inForce()).find((r) => r.startsWith('天水市'))).toBe('天水市|行政复议纠错件数|NaN|||手工修改');
    await undoImport(db, res.ok ? res.importId : '');
    expect((await inForce()).find((r) => r.startsWith('天水市'))).toBe('天水市|行政复议纠错件数|12|||2018');
  });

  it('blocks keep the order typed: row k of the batch is cell row k, one block per indicator', () => {
    const { regions, blocks } = editBlocks([edit('甲', 'A', 1), edit('乙', 'B', 2, { unit: '次' }), edit('乙', 'A', 3, { unit: '项' })], 's');
    expect(regions).toEqual(['甲', '乙']);
    expect(blocks.map((b) => [b.indicator, [...b.rows], [...b.values], b.unit, [...b.unitRows], b.unitTexts])).toEqual([
      ['A', [0, 2], [1, 3], '件', [1], ['项']],
      ['B', [1], [2], '次', [], []],
    ]);
  });
});

describe('a typed batch of new values', () => {
  it('is ONE import named 手工录入 with its time, listed in history, adding only the indicators agreed to, and undone whole', async () => {
    await fresh();
    const at = new Date(2026, 11, 1, 10, 40).getTime();
    const res = await commitEntry(db, [edit('兰州市', '行政复议纠错件数', 5), edit('城关区', '行政复议纠错件数', 3), edit('兰州市', '公益诉讼件数', 8)], [['公益诉讼件数', '件']], at);
    if (!res.ok) throw new Error(res.message);
    const imports = await listImports(db);
    expect(imports.map((h) => [h.fileName, h.taken, h.layout])).toEqual([['手工录入 2026-12-01 10:40', 3, 'edit']]);
    expect(await inForce()).toEqual(['兰州市|公益诉讼件数|8|||手工录入', '兰州市|行政复议纠错件数|5|||手工录入', '城关区|行政复议纠错件数|3|||手工录入']);
    const catalog = await readCatalog(db);
    expect(catalog.indicators.find((i) => i.id === '公益诉讼件数')?.unit).toBe('件');
    expect(catalog.regions.some((r) => r.id === '城关区')).toBe(true);
    expect(await undoImport(db, res.importId)).toBe(true);
    expect(await listImports(db)).toEqual([]);
    expect(await inForce()).toEqual([]);
  });
});
