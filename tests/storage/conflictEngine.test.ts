import { afterEach, describe, expect, it } from 'vitest';
import { cellKey } from '../../src/domain/cube';
import { findValueConflicts } from '../../src/domain/findValueConflicts';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { mergeIndicator, mergeRegion } from '../../src/storage/catalogEdits';
import { commitImport, type Conflict } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { pinValue } from '../../src/storage/pins';
import { readCatalog } from '../../src/storage/readCatalog';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { xlsx } from '../fixtures/fixtures';

let db: IndiDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

async function importRows(rows: unknown[][], at: number, name: string): Promise<{ importId: string; conflicts: Conflict[] }> {
  const od = await buildDraft('x', name, xlsx([{ name: '2018', rows }]), await readCatalog(db), {}, () => {});
  const res = await commitImport(db, { fileName: name, sha256: name, layout: 'long', ...draftBlocks(od, [0]), skips: [], skipped: 0, newIndicators: od.draft.sheets[0].newIndicators }, at);
  if (!res.ok) throw new Error('commit');
  return res;
}

/** The conflicts of 数据 → 冲突 that an import takes part in, as a commit states them. */
async function dataViewConflicts(importId: string) {
  const conflicts = findValueConflicts(await loadCube(db));
  return conflicts
    .filter((c) => c.options.some((o) => o.importId === importId))
    .map((c) => {
      const mine = c.options.filter((o) => o.importId === importId);
      const before = c.options.filter((o) => o.importId !== importId);
      const inForce = before.find((o) => o.index === c.chosenIndex) ?? before[before.length - 1];
      return mine.map((o) => ({ region: c.region, indicator: c.indicator, period: c.period, previous: inForce.value, previousImport: inForce.importId, value: o.value }));
    })
    .flat();
}

describe('one conflict engine: commit and 数据 → 冲突 agree', () => {
  it('after an indicator merge, a region merge and a pin', async () => {
    db = openDb(`conflict-engine-${++n}`);
    await seedCatalog(db);
    // Stored under names the catalog later merges: an own indicator and an own region.
    const a = await importRows([['地区', '自创纠错指标'], ['甲新区', 57], ['温州市', 159]], 1000, 'a.xlsx');
    const b = await importRows([['地区', '行政复议纠错件数'], ['乙新区', 60], ['温州市', 159]], 2000, 'b.xlsx');
    expect(b.conflicts).toEqual([]);
    await mergeIndicator(db, '自创纠错指标', '行政复议纠错件数');
    await mergeRegion(db, '甲新区', '乙新区');
    // The user keeps the merged-away import's figure for 乙新区.
    await pinValue(db, cellKey('乙新区', '行政复议纠错件数', 20182018), a.importId);

    const c = await importRows([['地区', '行政复议纠错件数'], ['乙新区', 61], ['温州市', 150]], 3000, 'c.xlsx');
    // Sorted as 数据 → 冲突 lists them (indicator, then region by pinyin).
    expect(c.conflicts).toEqual([
      { region: '温州市', indicator: '行政复议纠错件数', period: 20182018, previous: 159, previousImport: b.importId, value: 150 },
      { region: '乙新区', indicator: '行政复议纠错件数', period: 20182018, previous: 57, previousImport: a.importId, value: 61 },
    ]);
    expect(await dataViewConflicts(c.importId)).toEqual(c.conflicts);
    // The pin still holds after the commit; the unpinned cell follows the latest import.
    const view = findValueConflicts(await loadCube(db));
    expect(view.map((v) => [v.region, v.chosen])).toEqual([['温州市', c.importId], ['乙新区', a.importId]]);
  });
});
