import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { applyRegionMeta } from '../../src/storage/applyRegionMeta';
import { commitImport, type CommitInput } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { readCatalog } from '../../src/storage/readCatalog';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { planCommit } from '../../src/state/planCommit';
import { xlsx } from '../fixtures/fixtures';

// One import = one transaction, one policy: the values of a file and the region levels and
// parents it carries (a 级别 column or a separate region-list sheet) land together or not at all.

let db: IndiDb;
let n = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const workbook = xlsx([
  { name: '2018', rows: [['地区', '级别', '培训人次'], ['兰州市', '省会城市', 13337], ['温州市', '', 15872]] },
  { name: '地区', rows: [['地区', '省份', '级别'], ['温州市', '浙江省', '地级市'], ['溧阳市', '江苏省', '县级市']] },
]);

async function prepare(): Promise<CommitInput> {
  db = openDb(`region-meta-${++n}`);
  await seedCatalog(db);
  await db.regions.put({ id: '兰州市', name: '兰州市', aliases: [], level: '地级市', parent: '甘肃省' });
  await db.regions.put({ id: '温州市', name: '温州市', aliases: [], level: '', parent: '' });
  const od = await buildDraft('x', '各市.xlsx', workbook, await readCatalog(db), {}, () => {});
  const plan = planCommit(od.draft, od.draft.sheets.map(() => true));
  if (plan.kind !== 'values') throw new Error(`planned ${plan.kind}`);
  expect(plan.sheets.map((s) => s.name)).toEqual(['2018']);
  return { ...plan.input, ...draftBlocks(od, plan.sheets.map((s) => s.index)) };
}

describe('an import carrying region levels and parents', () => {
  it('takes the region-list sheet of the same file into the one commit', async () => {
    const input = await prepare();
    expect(input.regionMeta).toEqual(expect.arrayContaining([['兰州市', '省会城市', ''], ['温州市', '地级市', '浙江省'], ['溧阳市', '县级市', '江苏省']]));
  });

  it('commits values and region metadata in one transaction', async () => {
    const input = await prepare();
    const spy = vi.spyOn(db, 'transaction');
    const res = await commitImport(db, input);
    expect(res.ok).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await db.regions.get('温州市')).toMatchObject({ level: '地级市', parent: '浙江省' });
    expect(await db.regions.get('溧阳市')).toMatchObject({ level: '县级市', parent: '江苏省' });
  });

  it('follows one policy for both: a level the file states replaces the stored one, a blank keeps it', async () => {
    const input = await prepare();
    await commitImport(db, input);
    // Same rule as a region list alone (applyRegionMeta): the file's non-blank level wins.
    expect(await db.regions.get('兰州市')).toMatchObject({ level: '省会城市', parent: '甘肃省' });
    await applyRegionMeta(db, [['兰州市', '地级市', '']]);
    expect(await db.regions.get('兰州市')).toMatchObject({ level: '地级市', parent: '甘肃省' });
  });

  it('a failed commit leaves the region metadata untouched too', async () => {
    const input = await prepare();
    const before = await db.regions.toArray();
    vi.spyOn(db.blocks, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const res = await commitImport(db, input);
    expect(res.ok).toBe(false);
    expect(await db.regions.toArray()).toEqual(before);
  });
});
