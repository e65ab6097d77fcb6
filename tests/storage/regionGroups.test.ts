import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../../src/storage/schema';
import { backupSheets, parseBackup } from '../../src/import/backupWorkbook';
import { readWorkbook } from '../../src/import/readWorkbook';
import { writeWorkbook } from '../../src/import/writeWorkbook';
import { queryRows } from '../../src/domain/queryRows';
import { collectBackup, restoreBackup } from '../../src/storage/backup';
import { mergeRegion, unmergeRegion } from '../../src/storage/catalogEdits';
import { commitEdits } from '../../src/storage/commitEdit';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { createRegionGroup, deleteRegionGroup, listRegionGroups, resolveGroupMembers, updateRegionGroup } from '../../src/storage/regionGroups';
import { seedCatalog } from '../../src/storage/seedCatalog';
import type { BackupData, Region } from '../../src/domain/model';

const dbs: IndiDb[] = [];
let n = 0;
async function fresh(): Promise<IndiDb> {
  const db = openDb(`region-groups-test-${++n}`);
  await seedCatalog(db);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const region = (name: string, parent = '兰州市', level = '市辖区'): Region => ({ id: name, name, aliases: [], level, parent });
const COUNTIES = ['城关区', '七里河区', '西固区', '安宁区'];

/** Four counties of 兰州市 with one value each, and 温州市 beside them. */
async function counties(db: IndiDb) {
  await db.regions.bulkPut([...COUNTIES.map((c) => region(c)), region('城关', '兰州市'), region('温州市', '浙江省', '地级市')]);
  await commitEdits(db, [...COUNTIES, '城关', '温州市'].map((r, i) => ({ region: r, indicator: '培训人次', period: 20232023, value: 100 + i, unit: '人次', qualifier: '' as const, raw: '' })), 1_700_000_000_000);
}

async function roundTrip(db: IndiDb): Promise<BackupData> {
  const read = readWorkbook(writeWorkbook(backupSheets(await collectBackup(db))), 'backup.xlsx');
  if (!read.ok) throw new Error(read.reason);
  const parsed = parseBackup(read.workbook);
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.data;
}

describe('saved region groups', () => {
  it('creates, renames, edits members and deletes, listed by name', async () => {
    const db = await fresh();
    const g = await createRegionGroup(db, ' 兰州市下辖县区 ', ['城关区', '七里河区', '城关区', ' '], 1000);
    expect(g).toMatchObject({ name: '兰州市下辖县区', regions: ['城关区', '七里河区'], createdAt: 1000 });
    await createRegionGroup(db, '北部', ['温州市']);
    expect((await listRegionGroups(db)).map((x) => x.name)).toEqual(['北部', '兰州市下辖县区']);
    expect(await updateRegionGroup(db, g.id, { name: '兰州四区', regions: COUNTIES })).toBe(true);
    expect((await listRegionGroups(db)).find((x) => x.id === g.id)).toMatchObject({ name: '兰州四区', regions: COUNTIES, createdAt: 1000 });
    expect(await updateRegionGroup(db, 'nope', { name: 'x' })).toBe(false);
    await deleteRegionGroup(db, g.id);
    expect((await listRegionGroups(db)).map((x) => x.name)).toEqual(['北部']);
  });

  it('a member merged into another region is listed under its new name, once; unmerging gives it back', async () => {
    const db = await fresh();
    await counties(db);
    const g = await createRegionGroup(db, '两区', ['城关', '城关区', '西固区']);
    await mergeRegion(db, '城关', '城关区');
    expect((await listRegionGroups(db))[0].regions).toEqual(['城关区', '西固区']);
    await unmergeRegion(db, '城关');
    expect((await listRegionGroups(db))[0].regions).toEqual(['城关', '城关区', '西固区']);
    expect(g.regions).toEqual(['城关', '城关区', '西固区']);
  });

  it.each([
    ['a chain of merges', ['a'], { a: 'b', b: 'c' }, ['c']],
    ['a loop does not hang', ['a'], { a: 'b', b: 'a' }, ['a']],
    ['no merge', ['a', 'b'], {}, ['a', 'b']],
  ] as const)('resolveGroupMembers: %s', (_what, names, merges, want) => {
    const regions = new Map(Object.entries(merges).map(([id, into]) => [id, { ...region(id), mergedInto: into }]));
    expect(resolveGroupMembers(names, regions)).toEqual(want);
  });

  it('the 数据 filter by a group shows only the rows of its members (merged names included)', async () => {
    const db = await fresh();
    await counties(db);
    await mergeRegion(db, '城关', '城关区');
    const g = await createRegionGroup(db, '兰州市下辖县区', ['城关区', '七里河区']);
    const [group] = await listRegionGroups(db);
    const cube = await loadCube(db);
    const rows = queryRows(cube, { search: '', indicator: null, region: null, regions: group.regions, sort: 'region', desc: false, all: false });
    expect([...new Set(Array.from(rows, (i) => cube.regionOf(i)))].sort()).toEqual(['七里河区', '城关区'].sort());
    expect(g.id).toBe(group.id);
    const all = queryRows(cube, { search: '', indicator: null, region: null, regions: null, sort: null, desc: false, all: false });
    expect(all.length).toBeGreaterThan(rows.length);
  });
});

describe('the schema version with region groups', () => {
  it('opens a database written by the previous version, keeping what it holds', async () => {
    const name = `region-groups-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await old.open();
    await old.table('regions').add(region('城关区'));
    old.close();
    const db = openDb(name);
    dbs.push(db);
    expect(await db.regions.get('城关区')).toMatchObject({ parent: '兰州市' });
    await createRegionGroup(db, '甲', ['城关区']);
    expect((await listRegionGroups(db)).map((g) => g.name)).toEqual(['甲']);
  });
});

describe('region groups in the backup workbook', () => {
  it('round-trips: export, restore into an empty profile, the same groups', async () => {
    const db = await fresh();
    await counties(db);
    await createRegionGroup(db, '兰州市下辖县区', COUNTIES, 1_700_000_000_000);
    await createRegionGroup(db, '空;分组', [], 1_700_000_001_000);
    const sheet = backupSheets(await collectBackup(db)).find((s) => s.name === '地区分组')!;
    expect(sheet.rows[0]).toEqual(['编号', '名称', '地区', '创建时间']);
    expect(sheet.rows.filter((r) => r[1] === '兰州市下辖县区').map((r) => r[2])).toEqual(COUNTIES);
    const data = await roundTrip(db);
    const empty = await fresh();
    await restoreBackup(empty, data, 'replace');
    expect(await listRegionGroups(empty)).toEqual(await listRegionGroups(db));
  });

  it('replace takes the backup’s groups; merge adds the missing ones; an older backup without the sheet keeps the groups here', async () => {
    const db = await fresh();
    await counties(db);
    await createRegionGroup(db, '甲', ['城关区']);
    const data = await roundTrip(db);
    const other = await fresh();
    await createRegionGroup(other, '乙', ['温州市']);
    await restoreBackup(other, data, 'merge');
    expect((await listRegionGroups(other)).map((g) => g.name)).toEqual(['甲', '乙']);
    await restoreBackup(other, data, 'merge');
    expect((await listRegionGroups(other)).length).toBe(2);
    await restoreBackup(other, data, 'replace');
    expect((await listRegionGroups(other)).map((g) => g.name)).toEqual(['甲']);
    const { regionGroups: _g, ...older } = data;
    await createRegionGroup(other, '丙', ['西固区']);
    await restoreBackup(other, older, 'replace');
    expect((await listRegionGroups(other)).map((g) => g.name)).toEqual(['丙', '甲']);
  });

  it('a workbook without the 地区分组 sheet (an older backup) still restores', async () => {
    const db = await fresh();
    await counties(db);
    const sheets = backupSheets(await collectBackup(db)).filter((s) => s.name !== '地区分组');
    const read = readWorkbook(writeWorkbook(sheets), 'old.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseBackup(read.workbook);
    expect(parsed.ok && parsed.data.regionGroups).toBe(undefined);
    expect(parsed.ok && parsed.data.imports.length).toBe(1);
  });

  it.each([
    ['a wrong header', [['编号', '名字', '地区', '创建时间']], '地区分组 表头'],
    ['a bad time', [['编号', '名称', '地区', '创建时间'], ['g1', '甲', '城关区', '昨天']], '创建时间'],
    ['one id under two names', [['编号', '名称', '地区', '创建时间'], ['g1', '甲', '城关区', '2024-01-01T00:00:00.000Z'], ['g1', '乙', '西固区', '2024-01-01T00:00:00.000Z']], '重复'],
  ])('refuses a 地区分组 sheet with %s', async (_what, rows, detail) => {
    const db = await fresh();
    const sheets = backupSheets(await collectBackup(db)).map((s) => (s.name === '地区分组' ? { ...s, rows } : s));
    const read = readWorkbook(writeWorkbook(sheets), 'bad.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const parsed = parseBackup(read.workbook);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.detail).toContain(detail);
  });
});
