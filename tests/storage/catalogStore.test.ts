import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBackup, restoreBackup } from '../../src/storage/backup';
import { defineDerived, mergeIndicator, mergeRegion, saveIndicator, unmergeIndicator } from '../../src/storage/catalogEdits';
import { commitImport } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { indicatorCatalog, regionCatalog } from '../../src/storage/catalogStore';
import { applyRegionMeta } from '../../src/storage/applyRegionMeta';
import { loadCube } from '../../src/storage/loadCube';
import { readCatalog } from '../../src/storage/readCatalog';
import { SCHEMA_VERSIONS } from '../../src/storage/schema';
import { seedCatalog } from '../../src/storage/seedCatalog';
import type { BlockData } from '../../src/domain/model';

let dbs: IndiDb[] = [];
let n = 0;
const fresh = async () => {
  const db = openDb(`catalog-store-${++n}`);
  dbs.push(db);
  await seedCatalog(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.map((d) => d.delete()));
  dbs = [];
});

/** One value of each named indicator for 兰州市 in 2018. */
function blocksOf(names: readonly string[]): BlockData[] {
  return names.map((indicator, k) => ({
    sheet: '2018', indicator, unit: '',
    regions: new Uint32Array([0]), periods: new Int32Array([20182018]), values: new Float64Array([k + 1]),
    qualifiers: new Uint8Array([0]), rows: new Uint32Array([1]), cols: new Uint32Array([k + 1]),
    rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
  }));
}

async function importNames(db: IndiDb, names: readonly string[], units: [string, string][] = [], regions = ['兰州市']) {
  const res = await commitImport(db, {
    fileName: '2018.xlsx', sha256: `s${names.length}`, layout: 'wide', regions, blocks: blocksOf(names), skips: [], skipped: 0, newIndicators: units,
  });
  if (!res.ok) throw new Error(res.message);
  return res;
}

const getIndicator = (db: IndiDb, id: string) => indicatorCatalog(db).get(id);
const readIndicators = (db: IndiDb) => indicatorCatalog(db).read();
const idsOf = async (db: IndiDb) => (await readIndicators(db)).map((i) => i.id).sort();

describe('the catalog in records and pages', () => {
  it('keeps the new indicators of a wide import in a few page records, each listed once with its unit', async () => {
    const db = await fresh();
    const builtins = await db.indicators.count();
    const names = Array.from({ length: 5000 }, (_, i) => `指标${i}`);
    const res = await importNames(db, names, [['指标7', '件']]);
    expect(res.newIndicators).toBe(5000);
    expect(await db.indicators.count()).toBe(builtins);
    expect(await db.catalogPages.where('kind').equals('indicator').count()).toBe(3);
    const cat = await readCatalog(db);
    expect(cat.indicators.length).toBe(builtins + 5000);
    expect(new Set(cat.indicators.map((i) => i.id)).size).toBe(builtins + 5000);
    expect(cat.indicators.find((i) => i.id === '指标7')).toEqual({ id: '指标7', name: '指标7', nameEn: '', unit: '件', category: '', aliases: [] });
    // A second import of the same names adds nothing; a few new ones fill the last page.
    expect((await importNames(db, names.slice(0, 10))).newIndicators).toBe(0);
    for (let k = 0; k < 5; k++) expect((await importNames(db, [`又一指标${k}`, `又一指标${k}`])).newIndicators).toBe(1);
    expect(await db.catalogPages.where('kind').equals('indicator').count()).toBe(3);
    expect((await readCatalog(db)).indicators.length).toBe(builtins + 5005);
  });

  it('edits, merges and unmerges a paged indicator: the record shadows the page, the cube follows', async () => {
    const db = await fresh();
    await importNames(db, ['自创甲', '自创乙']);
    await saveIndicator(db, { ...(await getIndicator(db, '自创甲'))!, aliases: ['甲别名'], unit: '人' });
    expect((await readIndicators(db)).filter((i) => i.id === '自创甲')).toEqual([{ id: '自创甲', name: '自创甲', nameEn: '', unit: '人', category: '', aliases: ['甲别名'] }]);
    await mergeIndicator(db, '自创乙', '自创甲');
    expect((await getIndicator(db, '自创乙'))?.mergedInto).toBe('自创甲');
    expect((await getIndicator(db, '自创甲'))?.aliases).toEqual(['甲别名', '自创乙']);
    const cube = await loadCube(db);
    expect(cube.indicators).not.toContain('自创乙');
    await unmergeIndicator(db, '自创乙');
    expect((await getIndicator(db, '自创乙'))?.mergedInto).toBeUndefined();
    expect((await loadCube(db)).indicators).toContain('自创乙');
    expect((await idsOf(db)).filter((id) => id.startsWith('自创'))).toEqual(['自创乙', '自创甲']);
  });

  it('refuses a derived indicator named like a paged one', async () => {
    const db = await fresh();
    await importNames(db, ['自创甲']);
    await expect(defineDerived(db, '自创甲', '培训人次', '执法人员数')).rejects.toThrow('exists');
  });

  it('backs up paged and recorded entries once each, and a restore gives back the same catalog', async () => {
    const db = await fresh();
    await importNames(db, Array.from({ length: 3000 }, (_, i) => `指标${i}`), [['指标1', '%']]);
    await saveIndicator(db, { ...(await getIndicator(db, '指标2'))!, nameEn: 'Indicator 2' });
    const backup = await collectBackup(db);
    expect(backup.indicators.filter((i) => i.id === '指标2')).toHaveLength(1);
    const before = await readIndicators(db);

    const other = await fresh();
    await restoreBackup(other, backup, 'replace');
    const sort = (xs: typeof before) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sort(await readIndicators(other))).toEqual(sort(before));
    expect(await other.catalogPages.count()).toBeGreaterThan(0);
    expect(await other.indicators.count()).toBeLessThan(100);

    // Merging a colleague's backup: an entry here gains their aliases, a new one joins, none doubles.
    const third = await fresh();
    await importNames(third, ['指标1', '只在这里']);
    backup.indicators = backup.indicators.map((i) => (i.id === '指标1' ? { ...i, aliases: ['第一项'] } : i));
    await restoreBackup(third, backup, 'merge');
    const merged = await readIndicators(third);
    expect(merged.filter((i) => i.id === '指标1')).toEqual([expect.objectContaining({ aliases: ['第一项'] })]);
    expect(new Set(merged.map((i) => i.id)).size).toBe(merged.length);
    expect(merged.map((i) => i.id)).toContain('只在这里');
    expect(merged.map((i) => i.id)).toContain('指标2999');
  });

  it('keeps 40,000 new townships in pages; a level, a merge or an alias makes a record of one', async () => {
    const db = await fresh();
    const towns = Array.from({ length: 40_000 }, (_, i) => `第${i}镇`);
    const res = await importNames(db, ['常住人口'], [], towns);
    expect(res.newRegions).toBe(40_000);
    expect(await db.regions.count()).toBe(0);
    const regions = regionCatalog(db);
    expect((await readCatalog(db)).regions.length).toBe(40_000);
    expect(await regions.get('第7镇')).toEqual({ id: '第7镇', name: '第7镇', aliases: [], level: '', parent: '' });
    // A region list's levels and parents land on paged entries and on new ones alike.
    expect(await applyRegionMeta(db, [['第7镇', '乡镇', '某县'], ['新镇', '乡镇', '']])).toBe(2);
    expect(await regions.get('第7镇')).toMatchObject({ level: '乡镇', parent: '某县' });
    await mergeRegion(db, '第8镇', '第9镇');
    expect(await regions.get('第9镇')).toMatchObject({ aliases: ['第8镇'] });
    expect((await loadCube(db)).regions).not.toContain('第8镇');
    const all = await regions.read();
    expect(all.length).toBe(40_001);
    expect(all.filter((r) => r.id === '第7镇')).toHaveLength(1);
    // A second import naming them adds none.
    expect((await importNames(db, ['财政收入'], [], towns.slice(0, 100))).newRegions).toBe(0);
  });

  it('opens a database written before pages existed with its catalog whole', async () => {
    const name = `catalog-store-old-${++n}`;
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 3)) old.version(version).stores(stores);
    await old.table('indicators').add({ id: '旧指标', name: '旧指标', nameEn: '', unit: '个', category: '', aliases: [] });
    old.close();
    const db = openDb(name);
    dbs.push(db);
    expect(await getIndicator(db, '旧指标')).toMatchObject({ unit: '个' });
    expect((await importNames(db, ['旧指标', '新指标'])).newIndicators).toBe(1);
    expect((await idsOf(db)).filter((id) => id.endsWith('指标'))).toEqual(['新指标', '旧指标'].sort());
  });
});
