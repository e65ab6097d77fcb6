import type { ObservationBlock } from './schema';

/**
 * Several small blocks of one import stored end to end as one record. A wide sheet has a
 * block per column — 16,383 blocks of 59 values for Excel's widest — and IndexedDB's cost is
 * per record (its structured clone, its write): 2.2 s of the page's time to add them one by
 * one, against a few ms for the same values in a hundred records.
 */
export interface BlockBundle extends Omit<ObservationBlock, 'sheet' | 'indicator' | 'unit'> {
  /** The indicator of each part (a multi-entry index: a bundle is found by any of them). */
  bundled: string[];
  sheets: string[];
  units: string[];
  /** Where each part's rows end, cumulative; the columns are the parts end to end, and rawRows/unitRows count from the bundle's start. */
  ends: Uint32Array;
}

/** What the blocks store holds: plain blocks (every database before bundles, and large blocks) and bundles. */
export type StoredBlock = ObservationBlock | BlockBundle;

/** Blocks below this many values are bundled; a larger one is a record of its own. */
const SMALL = 2_048;
/** Values per bundle: about a large block's worth, so that no record's clone holds the page. */
const BUNDLE_VALUES = 10_000;

export function isBundle(b: StoredBlock): b is BlockBundle {
  return 'bundled' in b;
}

/**
 * The records to store for `blocks`, in their order: runs of small blocks of one import become
 * bundles. A large block is passed as it is (its columns may be views): the caller copies it
 * into buffers of its own when it stores it, a slice at a time.
 */
export function bundleBlocks(blocks: readonly ObservationBlock[]): StoredBlock[] {
  const out: StoredBlock[] = [];
  let run: ObservationBlock[] = [];
  let runValues = 0;
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    else if (run.length) out.push(bundle(run));
    run = [];
    runValues = 0;
  };
  for (const b of blocks) {
    if (b.values.length >= SMALL) {
      flush();
      out.push(b);
      continue;
    }
    if (run.length && (run[0].importId !== b.importId || runValues + b.values.length > BUNDLE_VALUES)) flush();
    run.push(b);
    runValues += b.values.length;
  }
  flush();
  return out;
}

function bundle(parts: readonly ObservationBlock[]): BlockBundle {
  const n = parts.reduce((s, b) => s + b.values.length, 0);
  const ends = new Uint32Array(parts.length);
  const regions = new Uint32Array(n);
  const periods = new Int32Array(n);
  const values = new Float64Array(n);
  const qualifiers = new Uint8Array(n);
  const rows = new Uint32Array(n);
  const cols = new Uint32Array(n);
  const rawRows: number[] = [];
  const rawTexts: string[] = [];
  const unitRows: number[] = [];
  const unitTexts: string[] = [];
  let at = 0;
  parts.forEach((b, k) => {
    regions.set(b.regions, at);
    periods.set(b.periods, at);
    values.set(b.values, at);
    qualifiers.set(b.qualifiers, at);
    rows.set(b.rows, at);
    cols.set(b.cols, at);
    for (let j = 0; j < b.rawRows.length; j++) rawRows.push(b.rawRows[j] + at), rawTexts.push(b.rawTexts[j]);
    for (let j = 0; j < b.unitRows.length; j++) unitRows.push(b.unitRows[j] + at), unitTexts.push(b.unitTexts[j]);
    at += b.values.length;
    ends[k] = at;
  });
  return {
    importId: parts[0].importId,
    bundled: parts.map((b) => b.indicator),
    sheets: parts.map((b) => b.sheet),
    units: parts.map((b) => b.unit),
    ends,
    regions,
    periods,
    values,
    qualifiers,
    rows,
    cols,
    rawRows: Uint32Array.from(rawRows),
    rawTexts,
    unitRows: Uint32Array.from(unitRows),
    unitTexts,
  };
}

const NO_ROWS = new Uint32Array(0);

/** Rows `from`..`to` of a bundle's sparse rows, counted from `base`. */
function rowsFrom(rows: Uint32Array, from: number, to: number, base: number): Uint32Array {
  if (from === to) return NO_ROWS;
  const out = new Uint32Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = rows[i] - base;
  return out;
}

/**
 * The blocks of stored records, in their order. A bundle's parts are views of its columns
 * (16,383 parts copied cost a quarter of a second); `withOwnBuffers` before posting them.
 */
export function unbundleBlocks(records: readonly StoredBlock[]): ObservationBlock[] {
  const out: ObservationBlock[] = [];
  for (const r of records) {
    if (!isBundle(r)) {
      out.push(r);
      continue;
    }
    let raw = 0;
    let unit = 0;
    for (let k = 0, from = 0; k < r.ends.length; from = r.ends[k++]) {
      const to = r.ends[k];
      const rawFrom = raw;
      while (raw < r.rawRows.length && r.rawRows[raw] < to) raw++;
      const unitFrom = unit;
      while (unit < r.unitRows.length && r.unitRows[unit] < to) unit++;
      out.push({
        importId: r.importId,
        sheet: r.sheets[k],
        indicator: r.bundled[k],
        unit: r.units[k],
        regions: r.regions.subarray(from, to),
        periods: r.periods.subarray(from, to),
        values: r.values.subarray(from, to),
        qualifiers: r.qualifiers.subarray(from, to),
        rows: r.rows.subarray(from, to),
        cols: r.cols.subarray(from, to),
        rawRows: rowsFrom(r.rawRows, rawFrom, raw, from),
        rawTexts: rawFrom === raw ? [] : r.rawTexts.slice(rawFrom, raw),
        unitRows: rowsFrom(r.unitRows, unitFrom, unit, from),
        unitTexts: unitFrom === unit ? [] : r.unitTexts.slice(unitFrom, unit),
      });
    }
  }
  return out;
}

/**
 * A block whose columns own their buffers: a view posted to a worker, or stored, would clone
 * the whole buffer it views with it (a bundle's, a page of blocks from the import worker).
 */
export function withOwnBuffers<B extends ObservationBlock>(b: B): B {
  const own = (a: ArrayBufferView) => a.buffer.byteLength === a.byteLength;
  if (own(b.values) && own(b.rawRows) && own(b.unitRows)) return b;
  return {
    ...b, regions: b.regions.slice(), periods: b.periods.slice(), values: b.values.slice(), qualifiers: b.qualifiers.slice(),
    rows: b.rows.slice(), cols: b.cols.slice(), rawRows: b.rawRows.slice(), unitRows: b.unitRows.slice(),
  };
}
