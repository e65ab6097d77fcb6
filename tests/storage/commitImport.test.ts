import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { planCommit } from '../../src/state/planCommit';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { commitImport, type CommitInput } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { readCatalog } from '../../src/storage/readCatalog';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { undoImport } from '../../src/storage/undoImport';
import { indicatorCatalog, regionCatalog } from '../../src/storage/catalogStore';
import { xlsx } from '../fixtures/fixtures';

let db: IndiDb;
let n = 0;
async function fresh() {
  db = openDb(`commit-test-${++n}`);
  await seedCatalog(db);
}
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** A file through the worker's pipeline against the database's catalog, ready to commit. */
/** A file through the app's own use case: draft, plan, the planned sheets' blocks. */
async function prepare(name: string, bytes: Uint8Array): Promise<CommitInput> {
  const od = await buildDraft('x', name, bytes, await readCatalog(db), {}, () => {});
  const plan = planCommit(od.draft, od.draft.sheets.map((s) => s.count > 0 || s.regionMeta.length > 0));
  if (plan.kind !== 'values') throw new Error(`planned ${plan.kind}`);
  return { ...plan.input, ...draftBlocks(od, plan.sheets.map((s) => s.index)) };
}

const table = (纠错: number) => xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数', '培训人次'], ['兰州市', 纠错, 13337], ['温州市', 159, 15872]] }]);

async function effective(): Promise<string[]> {
  const cube = await loadCube(db);
  const out: string[] = [];
  for (let i = 0; i < cube.n; i++) {
    if (cube.effective[i]) out.push(`${cube.regions[cube.region[i]]}|${cube.indicators[cube.indicator[i]]}|${cube.period[i]}|${cube.value[i]}`);
  }
  return out.sort();
}

async function snapshot() {
  return {
    imports: await db.imports.toArray(),
    blocks: await db.blocks.count(),
    indicators: (await indicatorCatalog(db).read()).length,
    regions: await regionCatalog(db).read(),
    catalogPages: await db.catalogPages.count(),
  };
}

describe('commitImport', () => {
  it('stores an import with its blocks, new indicators and regions', async () => {
    await fresh();
    const input = await prepare('a.xlsx', xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数', '自创指标'], ['兰州市', 57, 3]] }]));
    const res = await commitImport(db, input);
    expect(res.ok && res.taken).toBe(2);
    expect(res.ok && res.newIndicators).toBe(1);
    expect((await indicatorCatalog(db).get('自创指标'))?.unit).toBe('');
    expect((await regionCatalog(db).read()).map((r) => r.name)).toEqual(['兰州市']);
    expect(await effective()).toEqual(['兰州市|自创指标|20182018|3', '兰州市|行政复议纠错件数|20182018|57']);
  });

  it('lists conflicts, lets the later import win, and undo brings the earlier value back', async () => {
    await fresh();
    const first = await commitImport(db, await prepare('a.xlsx', table(57)), 1000);
    expect(first.ok && first.conflicts).toEqual([]);
    const second = await commitImport(db, await prepare('b.xlsx', table(60)), 2000);
    expect(second.ok && second.conflicts).toEqual([
      { region: '兰州市', indicator: '行政复议纠错件数', period: 20182018, previous: 57, previousImport: first.ok ? first.importId : '', value: 60 },
    ]);
    expect(await effective()).toContain('兰州市|行政复议纠错件数|20182018|60');
    // The earlier value is superseded, not destroyed.
    expect((await loadCube(db)).n).toBe(8);
    await undoImport(db, second.ok ? second.importId : '');
    expect(await effective()).toContain('兰州市|行政复议纠错件数|20182018|57');
    expect((await loadCube(db)).n).toBe(4);
  });

  it('takes region level and parent from 级别 and 省份 columns', async () => {
    await fresh();
    const rows = [['地区', '省份', '级别', '培训人次'], ['兰州市', '甘肃省', '地级市', 13337], ['瀍河回族区', '河南省', '市辖区', 292]];
    await commitImport(db, await prepare('2018.xlsx', xlsx([{ name: '2018', rows }])));
    expect(await db.regions.get('兰州市')).toMatchObject({ level: '地级市', parent: '甘肃省' });
    expect(await db.regions.get('瀍河回族区')).toMatchObject({ level: '市辖区', parent: '河南省' });
  });

  it('re-importing identical values reports no conflict', async () => {
    await fresh();
    await commitImport(db, await prepare('a.xlsx', table(57)));
    const again = await commitImport(db, await prepare('a.xlsx', table(57)));
    expect(again.ok && again.conflicts).toEqual([]);
  });

  it('a quota error mid-commit leaves the database exactly as it was', async () => {
    await fresh();
    await commitImport(db, await prepare('a.xlsx', table(57)));
    const before = await snapshot();
    const input = await prepare('b.xlsx', xlsx([{ name: '2019', rows: [['地区', '新指标甲', '培训人次'], ['新地区', 1, 2]] }]));
    vi.spyOn(db.blocks, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const res = await commitImport(db, input);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reason).toBe('quota');
    expect(!res.ok && res.neededBytes).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('a cancel mid-commit stops the write and leaves the database exactly as it was', async () => {
    await fresh();
    await commitImport(db, await prepare('a.xlsx', table(57)));
    const before = await snapshot();
    // Many values in blocks of their own: the write goes in several slices, and the cancel comes after the first.
    const cols = Array.from({ length: 300 }, (_, c) => `新指标${c}`);
    const rows = Array.from({ length: 100 }, (_, r) => [`新地区${r}`, ...cols.map((_, c) => r * 300 + c)]);
    const input = await prepare('b.xlsx', xlsx([{ name: '2019', rows: [['地区', ...cols], ...rows] }]));
    const cancel = new AbortController();
    const bulkAdd = db.blocks.bulkAdd.bind(db.blocks);
    const slices = vi.spyOn(db.blocks, 'bulkAdd').mockImplementation((...args: Parameters<typeof bulkAdd>) =>
      bulkAdd(...args).then((written) => {
        cancel.abort();
        return written;
      }),
    );
    const res = await commitImport(db, { ...input, signal: cancel.signal });
    expect(slices).toHaveBeenCalledTimes(1);
    expect(!res.ok && res.reason).toBe('cancelled');
    expect(await snapshot()).toEqual(before);
    // Not cancelled, the same input lands whole.
    slices.mockRestore();
    const again = await commitImport(db, input);
    expect(again.ok && again.taken).toBe(30_000);
  });

  it('does not mutate its input blocks', async () => {
    await fresh();
    const input = await prepare('a.xlsx', table(57));
    const copy = structuredClone(input);
    await commitImport(db, input);
    expect(input).toEqual(copy);
  });
});

describe('hostile names are data', () => {
  it('stores __proto__, constructor and markup as plain names and leaves Object.prototype alone', async () => {
    await fresh();
    const evil = '<img src=x onerror=alert(1)>';
    const bytes = xlsx([
      { name: '__proto__', rows: [['地区', '__proto__', 'constructor', evil], ['__proto__', 1, 2, 3], [evil, 4, 5, 6], ['constructor', 7, 8, 9]] },
    ]);
    // No period anywhere: the plan has nothing to store; with a period in the file name (as a user would give one) it lands.
    const none = await buildDraft('x', 'x.xlsx', bytes, await readCatalog(db), {}, () => {});
    expect(planCommit(none.draft, [true])).toMatchObject({ kind: 'refused', failure: 'report.nothing' });
    const res = await commitImport(db, await prepare('2018.xlsx', bytes));
    expect(res.ok && res.taken).toBe(9);
    expect((await indicatorCatalog(db).get('__proto__'))?.name).toBe('__proto__');
    expect((await indicatorCatalog(db).get(evil))?.name).toBe(evil);
    expect((await regionCatalog(db).read()).map((r) => r.name).sort()).toEqual(['<img src=x onerror=alert(1)>', '__proto__', 'constructor'].sort());
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
    expect(BUILTIN_INDICATORS.length).toBeGreaterThan(50);
    const cube = await loadCube(db);
    expect(cube.indicators).toContain('__proto__');
  });
});
