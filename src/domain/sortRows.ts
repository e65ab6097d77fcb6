import type { Cube } from './cube';
import { lowerBound } from './lowerBound';
import { compareZh } from './compareZh';

export type SortKey = 'region' | 'indicator' | 'period' | 'value';

/** Positions 0…n−1 fit in 21 bits, so (rank, position) packs into one exact double. */
const POS_BITS = 2 ** 21;

/** Elements handled between two chances to yield (a native sort of this many takes a few ms). */
const SLICE = 65_536;

/** Rank of every name (0 = first by pinyin). */
function nameRanks(names: readonly string[]): Int32Array {
  const order = names.map((_, i) => i).sort((a, b) => compareZh(names[a], names[b]));
  const r = new Int32Array(names.length);
  order.forEach((id, pos) => (r[id] = pos));
  return r;
}

/**
 * How rows compare under a sort key, as numbers: names by their pinyin rank, periods and
 * values as they are. A cleared value (NaN) sorts after every number.
 */
function keyOf(cube: Cube, by: SortKey): (i: number) => number {
  if (by === 'region') {
    const r = nameRanks(cube.regions);
    return (i) => r[cube.region[i]];
  }
  if (by === 'indicator') {
    const r = nameRanks(cube.indicators);
    return (i) => r[cube.indicator[i]];
  }
  const col = by === 'period' ? cube.period : cube.value;
  return (i) => (Number.isNaN(col[i]) ? Infinity : col[i]);
}

/** Sorts `a` ascending, in chunks and merges of at most SLICE elements between yields. */
function* sortInSlices(a: Float64Array): Generator<void, Float64Array> {
  const n = a.length;
  for (let from = 0; from < n; from += SLICE) {
    a.subarray(from, Math.min(n, from + SLICE)).sort();
    yield;
  }
  let src: Float64Array = a;
  let dst: Float64Array = new Float64Array(n);
  let done = 0;
  for (let width = SLICE; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        dst[k] = j >= hi || (i < mid && src[i] <= src[j]) ? src[i++] : src[j++];
        if (++done % SLICE === 0) yield;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/**
 * Rows ordered by one column, stably (ties keep their order). Each row's key becomes an
 * integer rank packed with its position into a double, so native sorts of typed arrays order
 * a million rows; the work is cut into slices between yields, so a caller may spread it over
 * several tasks (sortRowsAsync) or run it at once (sortRows).
 */
export function* sortRowsSteps(cube: Cube, rows: Int32Array, by: SortKey, desc: boolean): Generator<void, Int32Array> {
  const n = rows.length;
  const key = keyOf(cube, by);
  // Distinct keys in order: their index is the rank.
  const keys = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    keys[j] = key(rows[j]);
    if (j % SLICE === SLICE - 1) yield;
  }
  const sortedKeys = yield* sortInSlices(keys.slice());
  let m = 0;
  for (let j = 0; j < n; j++) if (j === 0 || sortedKeys[j] !== sortedKeys[m - 1]) sortedKeys[m++] = sortedKeys[j];
  const distinct = sortedKeys.subarray(0, m);
  yield;
  if (n >= POS_BITS) {
    // Beyond 2M rows: a comparator sort, slower but exact.
    const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => (desc ? keys[b] - keys[a] : keys[a] - keys[b]) || a - b);
    return Int32Array.from(order, (j) => rows[j]);
  }
  const packed = new Float64Array(n);
  const top = Math.max(0, m - 1);
  for (let j = 0; j < n; j++) {
    const rank = lowerBound(distinct, keys[j]);
    packed[j] = (desc ? top - rank : rank) * POS_BITS + j;
    if (j % SLICE === SLICE - 1) yield;
  }
  const order = yield* sortInSlices(packed);
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    out[j] = rows[order[j] % POS_BITS];
    if (j % SLICE === SLICE - 1) yield;
  }
  return out;
}

/** The rows sorted at once (small lists, tests). */
export function sortRows(cube: Cube, rows: Int32Array, by: SortKey, desc: boolean): Int32Array {
  const steps = sortRowsSteps(cube, rows, by, desc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The rows sorted over several tasks, yielding to the page whenever a task has run ~30 ms.
 * Null when `cancelled()` turned true first (a newer question was asked).
 */
export async function sortRowsAsync(cube: Cube, rows: Int32Array, by: SortKey, desc: boolean, cancelled: () => boolean): Promise<Int32Array | null> {
  const steps = sortRowsSteps(cube, rows, by, desc);
  let last = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - last > 30) {
      await new Promise((res) => setTimeout(res, 0));
      if (cancelled()) return null;
      last = performance.now();
    }
  }
}

/**
 * `sorted` (the rows of `before`, ordered by `by`) brought up to date with `cube`, a cube that
 * extends `before` (same rows first, a few imports added): rows no longer in `rows` leave, the
 * added ones are merged in at their places. The same order as sorting `rows` afresh, in one
 * pass instead of a sort (an edit in a sorted grid of a million rows).
 */
export function resortAfterAdd(before: Cube, sorted: Int32Array, cube: Cube, rows: Int32Array, by: SortKey, desc: boolean): Int32Array | null {
  const inRows = new Uint8Array(cube.n);
  const added: number[] = [];
  for (let j = 0; j < rows.length; j++) {
    inRows[rows[j]] = 1;
    if (rows[j] >= before.n) added.push(rows[j]);
  }
  const key = keyOf(cube, by);
  const cmp = (a: number, b: number) => (desc ? key(b) - key(a) : key(a) - key(b)) || a - b;
  added.sort(cmp);
  const kept = new Int32Array(rows.length);
  let k = 0;
  for (let j = 0; j < sorted.length; j++) if (sorted[j] < before.n && inRows[sorted[j]]) kept[k++] = sorted[j];
  // A row of `before` in `rows` that `sorted` lacks: not a cube that only grew. Sort afresh.
  if (k + added.length !== rows.length) return null;
  const out = new Int32Array(rows.length);
  let from = 0;
  let at = 0;
  for (const i of added) {
    // First kept row that comes after i (added rows have the highest positions: ties go after).
    let lo = from;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(kept[mid], i) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.set(kept.subarray(from, lo), at);
    at += lo - from;
    from = lo;
    out[at++] = i;
  }
  out.set(kept.subarray(from, k), at);
  return out;
}
