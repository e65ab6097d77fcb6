import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../fixtures/layoutGenerator';
import { Cube, cellKey } from '../../src/domain/cube';
import { queryRows } from '../../src/domain/queryRows';
import { placeRows, type Placement } from '../../src/state/placeRows';
import { block } from '../domain/cubeBlock';

/** The rule spelled out: placed values at their positions, the other rows in order around them. */
function reference(cube: Cube, rows: Int32Array, placements: readonly Placement[]): number[] {
  const wanted = new Map<number, number>();
  for (let i = 0; i < cube.n; i++) {
    const p = placements.find((x) => x.importId === cube.imports[cube.importIdx[i]]);
    const pos = p?.at.get(cellKey(cube.regionOf(i), cube.indicatorOf(i), cube.periodOf(i)));
    if (pos !== undefined) wanted.set(i, pos);
  }
  const list = [...rows];
  const moved = list.filter((i) => wanted.has(i)).sort((a, b) => wanted.get(a)! - wanted.get(b)!);
  const rest = list.filter((i) => !wanted.has(i));
  const out: number[] = [];
  while (out.length < list.length) {
    if (moved.length && (wanted.get(moved[0])! <= out.length || !rest.length)) out.push(moved.shift()!);
    else out.push(rest.shift()!);
  }
  return out;
}

describe('placeRows', () => {
  const regions = Array.from({ length: 30 }, (_, i) => `地区${i}`);
  const base = block('a', '纠错件数', regions.map((_, r) => [r, 2020, r]));

  it('keeps an edited value on the row it was edited on', () => {
    const edit = block('e', '纠错件数', [[0, 2020, 99]]);
    const cube = new Cube({ blocks: [base, edit], imports: [{ id: 'a', regions }, { id: 'e', regions: ['地区5'] }] });
    const rows = queryRows(cube, { search: '', indicator: null, region: null, sort: null, desc: false, all: false });
    // A fresh query lists the edit last; placed, it is back on row 5.
    expect(cube.value[rows[rows.length - 1]]).toBe(99);
    const placed = placeRows(cube, rows, [{ importId: 'e', at: new Map([[cellKey('地区5', '纠错件数', 2020 * 10001), 5]]) }]);
    expect([...placed].map((i) => cube.value[i])).toEqual([0, 1, 2, 3, 4, 99, ...regions.slice(6).map((_, k) => k + 6)]);
  });

  it.each(Array.from({ length: 40 }, (_, k) => k))('agrees with the rule, case %i', (seed) => {
    const rand = mulberry32(seed + 1);
    const edits = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, e) => {
      const picked = regions.filter(() => rand() < 0.2);
      return { id: `e${e}`, regions: picked, block: block(`e${e}`, '纠错件数', picked.map((_, r) => [r, 2020, 100 + r])) };
    });
    const cube = new Cube({ blocks: [base, ...edits.map((e) => e.block)], imports: [{ id: 'a', regions }, ...edits.map((e) => ({ id: e.id, regions: e.regions }))] });
    const rows = queryRows(cube, { search: '', indicator: null, region: null, sort: rand() < 0.5 ? 'value' : null, desc: rand() < 0.5, all: rand() < 0.3 });
    // Positions anywhere, past the end included, some keys with no value at all.
    const placements: Placement[] = edits.map((e) => ({
      importId: e.id,
      at: new Map(e.regions.map((r) => [cellKey(r, '纠错件数', 2020 * 10001), Math.floor(rand() * 40)])),
    }));
    if (rand() < 0.3) placements.push({ importId: 'gone', at: new Map([[cellKey('地区1', '纠错件数', 2020 * 10001), 0]]) });
    expect([...placeRows(cube, rows, placements)]).toEqual(reference(cube, rows, placements));
  });
});
