import { afterEach, describe, expect, it } from 'vitest';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { cellKey } from '../../src/domain/cube';
import { commitEdit } from '../../src/storage/commitEdit';
import { commitImport } from '../../src/storage/commitImport';
import { defineDerived, mergeIndicator, mergeRegion, unmergeIndicator, unmergeRegion } from '../../src/storage/catalogEdits';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { pinValue } from '../../src/storage/pins';
import { readCatalog } from '../../src/storage/readCatalog';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { undoImport } from '../../src/storage/undoImport';
import { applyRegionMeta } from '../../src/storage/applyRegionMeta';
import { indicatorValues } from '../../src/domain/indicatorValues';
import { xlsx } from '../fixtures/fixtures';

let db: IndiDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});
async function fresh() {
  db = openDb(`workspace-test-${++n}`);
  await seedCatalog(db);
}
async function importRows(rows: unknown[][], at: number, name = 'f.xlsx') {
  const od = await buildDraft('x', name, xlsx([{ name: '2018', rows }]), await readCatalog(db), {}, () => {});
  const res = await commitImport(db, { fileName: name, sha256: `${name}${at}`, layout: 'x', ...draftBlocks(od, [0]), skips: [], skipped: 0, newIndicators: od.draft.sheets[0].newIndicators }, at);
  if (!res.ok) throw new Error('commit');
  return res.importId;
}
async function values(): Promise<string[]> {
  const cube = await loadCube(db);
  const out: string[] = [];
  for (let i = 0; i < cube.n; i++) if (cube.effective[i]) out.push(`${cube.regions[cube.region[i]]}|${cube.indicators[cube.indicator[i]]}|${cube.value[i]}`);
  return out.sort();
}
const stored = async () => (await loadCube(db)).n;

describe('editing a value', () => {
  it('supersedes the imported value, keeps it, and undo brings it back', async () => {
    await fresh();
    await importRows([['地区', '行政复议纠错件数'], ['兰州市', 57]], 1000);
    const res = await commitEdit(db, { region: '兰州市', indicator: '行政复议纠错件数', period: 20182018, value: 58, unit: '件', qualifier: '', raw: '58' }, 2000);
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|58']);
    expect(await stored()).toBe(2);
    const cube = await loadCube(db);
    const src = cube.sourceOf([...cube.ofIndicator('行政复议纠错件数')][0]);
    expect(src.sheet).toBe('手工修改');
    await undoImport(db, res.ok ? res.importId : '');
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|57']);
  });
});

describe('merging', () => {
  it('merges an indicator: its values follow, later imports follow, and unmerge undoes it', async () => {
    await fresh();
    await importRows([['地区', '纠错件数'], ['兰州市', 57]], 1000);
    expect(await values()).toEqual(['兰州市|纠错件数|57']);
    await mergeIndicator(db, '纠错件数', '行政复议纠错件数');
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|57']);
    await importRows([['地区', '纠错件数'], ['温州市', 159]], 2000, 'g.xlsx');
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|57', '温州市|行政复议纠错件数|159']);
    await unmergeIndicator(db, '纠错件数');
    expect(await values()).toEqual(['兰州市|纠错件数|57', '温州市|行政复议纠错件数|159']);
    expect((await db.indicators.get('行政复议纠错件数'))?.aliases).not.toContain('纠错件数');
  });

  it('merges a region and unmerges it', async () => {
    await fresh();
    await importRows([['地区', '培训人次'], ['兰州', 1], ['温州市', 2]], 1000);
    await importRows([['地区', '行政复议纠错件数'], ['兰州新区', 3]], 2000, 'g.xlsx');
    await mergeRegion(db, '兰州新区', '兰州');
    expect(await values()).toEqual(['兰州|培训人次|1', '兰州|行政复议纠错件数|3', '温州市|培训人次|2']);
    await unmergeRegion(db, '兰州新区');
    expect(await values()).toEqual(['兰州|培训人次|1', '兰州新区|行政复议纠错件数|3', '温州市|培训人次|2']);
  });
});

describe('conflicts', () => {
  it('a pinned choice beats the latest import and can be released', async () => {
    await fresh();
    const first = await importRows([['地区', '行政复议纠错件数'], ['兰州市', 57]], 1000);
    await importRows([['地区', '行政复议纠错件数'], ['兰州市', 60]], 2000, 'g.xlsx');
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|60']);
    await pinValue(db, cellKey('兰州市', '行政复议纠错件数', 20182018), first);
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|57']);
    await pinValue(db, cellKey('兰州市', '行政复议纠错件数', 20182018), null);
    expect(await values()).toEqual(['兰州市|行政复议纠错件数|60']);
  });
});

describe('derived indicators', () => {
  it('a user-defined rate is computed from its counts', async () => {
    await fresh();
    await importRows([['地区', '行政应诉案件数', '败诉件数'], ['兰州市', 176, 11]], 1000);
    const ind = await defineDerived(db, '行政应诉败诉率', '败诉件数', '行政应诉案件数');
    const [p] = indicatorValues(await loadCube(db), ind).values();
    expect(Math.round(p.value * 100) / 100).toBe(6.25);
    await expect(defineDerived(db, '行政应诉败诉率', 'a', 'b')).rejects.toThrow();
  });
});

describe('region lists', () => {
  it('a 地区 | 省份 | 级别 sheet is read as a region list and sets levels and parents', async () => {
    await fresh();
    const od = await buildDraft('x', '地区表.xlsx', xlsx([{ name: '地区', rows: [['地区', '省份', '级别'], ['兰州', '甘肃省', '地级市'], ['溧阳市', '江苏省', '县级市'], ['合计', '', '']] }]), await readCatalog(db), {}, () => {});
    const sheet = od.draft.sheets[0];
    expect(sheet.count).toBe(0);
    expect(sheet.problem).toBeNull();
    expect(sheet.regionMeta).toEqual([['兰州', '地级市', '甘肃省'], ['溧阳市', '县级市', '江苏省']]);
    await db.regions.put({ id: '溧阳市', name: '溧阳市', aliases: [], level: '', parent: '' });
    expect(await applyRegionMeta(db, sheet.regionMeta)).toBe(2);
    expect(await db.regions.get('溧阳市')).toMatchObject({ level: '县级市', parent: '江苏省' });
    expect(await applyRegionMeta(db, sheet.regionMeta)).toBe(0);
  });
});
