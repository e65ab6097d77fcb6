import type { BlockColumns, BlockData } from '../domain/model';
import type { ObsColumns } from './obsColumns';

/** Per-row columns a block is packed from (an import's ObsColumns, a backup's rows). */
export interface BlockRows {
  period: ArrayLike<number>;
  value: ArrayLike<number>;
  qualifier: ArrayLike<number>;
  row: ArrayLike<number>;
  col: ArrayLike<number>;
  /** Raw cell text, '' where it is only the number. */
  raw: readonly string[];
  unit: readonly string[];
}

/**
 * One storage block from the rows `idx` of `rows`: typed arrays, the unit most rows share,
 * and the sparse raw texts and odd units. `regionOf` gives a row's index into the import's
 * region list. The one place a block is built (imports, reports and backups alike).
 */
export function packBlock(sheet: string, indicator: string, rows: BlockRows, idx: ArrayLike<number>, regionOf: (i: number) => number, arena?: BlockArena): BlockData {
  const n = idx.length;
  const unit = mostCommon(rows.unit, idx);
  const from = arena?.at ?? 0;
  const regions = arena ? arena.regions.subarray(from, from + n) : new Uint32Array(n);
  const periods = arena ? arena.periods.subarray(from, from + n) : new Int32Array(n);
  const values = arena ? arena.values.subarray(from, from + n) : new Float64Array(n);
  const qualifiers = arena ? arena.qualifiers.subarray(from, from + n) : new Uint8Array(n);
  const cellRows = arena ? arena.rows.subarray(from, from + n) : new Uint32Array(n);
  const cellCols = arena ? arena.cols.subarray(from, from + n) : new Uint32Array(n);
  if (arena) arena.at += n;
  const rawRows: number[] = [];
  const rawTexts: string[] = [];
  const unitRows: number[] = [];
  const unitTexts: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    regions[k] = regionOf(i);
    periods[k] = rows.period[i];
    values[k] = rows.value[i];
    qualifiers[k] = rows.qualifier[i];
    cellRows[k] = rows.row[i];
    cellCols[k] = rows.col[i];
    if (rows.raw[i]) {
      rawRows.push(k);
      rawTexts.push(rows.raw[i]);
    }
    if (rows.unit[i] !== unit) {
      unitRows.push(k);
      unitTexts.push(rows.unit[i]);
    }
  }
  return {
    sheet, indicator, unit, regions, periods, values, qualifiers, rows: cellRows, cols: cellCols,
    rawRows: Uint32Array.from(rawRows), rawTexts, unitRows: Uint32Array.from(unitRows), unitTexts,
  };
}

/**
 * Columns that the blocks of one sheet are cut from, end to end: a wide sheet's 16,383 blocks
 * allocated as 131,000 small buffers of their own cost ~50 ms more. Blocks cut from it are views
 * (storage copies them out, withOwnBuffers; the worker packs them, packBlocks).
 */
export interface BlockArena extends BlockColumns {
  /** Where the next block starts. */
  at: number;
}

function blockArena(n: number): BlockArena {
  return { regions: new Uint32Array(n), periods: new Int32Array(n), values: new Float64Array(n), qualifiers: new Uint8Array(n), rows: new Uint32Array(n), cols: new Uint32Array(n), at: 0 };
}

/** The unit most of the rows `idx` have (the first one seen on a tie); told without counting when all share one. */
function mostCommon(units: readonly string[], idx: ArrayLike<number>): string {
  const first = idx.length ? units[idx[0]] : '';
  let k = 1;
  while (k < idx.length && units[idx[k]] === first) k++;
  if (k >= idx.length) return first;
  const count = new Map<string, number>();
  for (let j = 0; j < idx.length; j++) {
    const u = units[idx[j]];
    count.set(u, (count.get(u) ?? 0) + 1);
  }
  let unit = '';
  let best = -1;
  for (const [u, c] of count) if (c > best) [unit, best] = [u, c];
  return unit;
}

/**
 * A sheet's observations grouped by indicator into storage blocks (views of one BlockArena).
 * Region names go into the import-wide `regionIndex`, shared by all sheets of the file.
 */
export function toBlocks(sheet: string, obs: ObsColumns, regionIndex: Map<string, number>): BlockData[] {
  const byIndicator = new Map<string, number[]>();
  for (let i = 0; i < obs.indicator.length; i++) {
    const id = obs.indicator[i];
    let list = byIndicator.get(id);
    if (!list) byIndicator.set(id, (list = []));
    list.push(i);
  }
  // A row of a wide sheet is one place: its cells ask for the same name one after another.
  let lastName: string | undefined;
  let lastK = -1;
  const regionOf = (i: number): number => {
    const name = obs.region[i];
    if (name === lastName) return lastK;
    let k = regionIndex.get(name);
    if (k === undefined) regionIndex.set(name, (k = regionIndex.size));
    [lastName, lastK] = [name, k];
    return k;
  };
  const arena = blockArena(obs.indicator.length);
  return [...byIndicator].map(([indicator, idx]) => packBlock(sheet, indicator, obs, idx, regionOf, arena));
}
