import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../fixtures/layoutGenerator';
import { Cube, type CubeBlock } from '../../src/domain/cube';
import { queryRows, type RowQuery } from '../../src/domain/queryRows';
import { resortAfterAdd, sortRows, sortRowsAsync, type SortKey } from '../../src/domain/sortRows';

const REGIONS = ['兰州市', '城关区', '七里河区', '温州市', '瀍河回族区', '地区2市', '地区10市', '白银市'];
const INDICATORS = ['培训人次', '行政复议纠错件数', '权力清单事项数'];

function randomBlock(importId: string, n: number, rand: () => number): CubeBlock {
  return {
    importId, sheet: 'S', indicator: INDICATORS[Math.floor(rand() * INDICATORS.length)], unit: '',
    regions: Uint32Array.from({ length: n }, () => Math.floor(rand() * REGIONS.length)),
    periods: Int32Array.from({ length: n }, () => (2015 + Math.floor(rand() * 8)) * 10001),
    // Few distinct values (ties), some cleared (NaN), some negative.
    values: Float64Array.from({ length: n }, () => (rand() < 0.05 ? NaN : Math.round((rand() - 0.2) * 50) / 2)),
    qualifiers: new Uint8Array(n), rows: new Uint32Array(n), cols: new Uint32Array(n),
    rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
  };
}

const collator = new Intl.Collator('zh-CN');
/** The order spelled out: by the column (names by pinyin, NaN last), ties in their given order. */
function reference(cube: Cube, rows: Int32Array, by: SortKey, desc: boolean): number[] {
  const key = (i: number): string | number => {
    if (by === 'region') return cube.regionOf(i);
    if (by === 'indicator') return cube.indicatorOf(i);
    const v = by === 'period' ? cube.period[i] : cube.value[i];
    return Number.isNaN(v) ? Infinity : v;
  };
  const cmp = (a: string | number, b: string | number) => (typeof a === 'string' ? collator.compare(a, b as string) : a === b ? 0 : a < (b as number) ? -1 : 1);
  return [...rows].map((i, pos) => ({ i, pos })).sort((x, y) => (desc ? cmp(key(y.i), key(x.i)) : cmp(key(x.i), key(y.i))) || x.pos - y.pos).map((x) => x.i);
}

const base: RowQuery = { search: '', indicator: null, region: null, sort: null, desc: false, all: false };
const KEYS: SortKey[] = ['region', 'indicator', 'period', 'value'];

describe('sortRows', () => {
  it.each(Array.from({ length: 24 }, (_, k) => k))('orders as the rule says, ties stable, NaN last (case %i)', (seed) => {
    const rand = mulberry32(seed + 7);
    const cube = new Cube({ blocks: [randomBlock('a', 40 + Math.floor(rand() * 200), rand)], imports: [{ id: 'a', regions: REGIONS }] });
    const rows = queryRows(cube, { ...base, all: rand() < 0.5 });
    const by = KEYS[seed % 4];
    const desc = seed % 8 >= 4;
    expect([...sortRows(cube, rows, by, desc)]).toEqual(reference(cube, rows, by, desc));
  });

  it('sorts past one slice (chunks merged) the same, at once or over several tasks', async () => {
    const rand = mulberry32(99);
    const cube = new Cube({ blocks: [randomBlock('a', 150_000, rand), randomBlock('a', 60_000, rand)], imports: [{ id: 'a', regions: REGIONS }] });
    const rows = queryRows(cube, { ...base, all: true });
    for (const by of ['value', 'region'] as const) {
      const want = reference(cube, rows, by, by === 'value');
      expect([...sortRows(cube, rows, by, by === 'value')]).toEqual(want);
      expect([...((await sortRowsAsync(cube, rows, by, by === 'value', () => false)) ?? [])]).toEqual(want);
    }
    expect(await sortRowsAsync(cube, rows, 'value', false, () => true)).toBeNull();
  });

  it.each(Array.from({ length: 16 }, (_, k) => k))('an added import is merged into the sorted rows as a fresh sort would order them (case %i)', async (seed) => {
    const rand = mulberry32(seed + 1000);
    const before = new Cube({ blocks: [randomBlock('a', 300, rand)], imports: [{ id: 'a', regions: REGIONS, importedAt: 1 }] });
    const by = KEYS[seed % 4];
    const desc = seed % 2 === 1;
    const q = { ...base, all: seed % 3 === 0 };
    const sorted = sortRows(before, queryRows(before, q), by, desc);
    const after = await before.withImports([{ id: 'b', regions: [...REGIONS].reverse(), importedAt: 2 }], [randomBlock('b', 1 + Math.floor(rand() * 20), rand)]);
    const rows = queryRows(after, q);
    expect([...(resortAfterAdd(before, sorted, after, rows, by, desc) ?? [])]).toEqual([...sortRows(after, rows, by, desc)]);
  });

  it('says when the cube did not only grow', async () => {
    const rand = mulberry32(5);
    const cube = new Cube({ blocks: [randomBlock('a', 50, rand)], imports: [{ id: 'a', regions: REGIONS }] });
    const rows = queryRows(cube, { ...base, all: true });
    // Rows the sorted list never had (another query's): not a cube that grew.
    expect(resortAfterAdd(cube, sortRows(cube, rows.slice(0, 10), 'value', false), cube, rows, 'value', false)).toBeNull();
  });
});
