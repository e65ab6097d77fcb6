import type { ObservationBlock } from './schema';

/**
 * Several small blocks of one import stored end to end as one record. A wide sheet has a
 * block per column — 16,383 blocks of 59 values for Excel's widest — and IndexedDB's cost is
 * per record (its structured clone, its write): 2.2 s of the page's time to add them one by
 * one, against a few ms for the same values in a hundred records.
 */
export interface BlockBundle {
  id?: number;
  importId: string;
  /** The indicator of each part (a multi-entry index: a bundle is found by any of them). */
  bundled: string[];
  sheets: string[];
  units: string[];
  /** Where each part's rows end, cumulative. */
  ends: Uint32Array;
  regions: Uint32Array;
  periods: Int32Array;
  values: Float64Array;
  qualifiers: Uint8Array;
  rows: Uint32Array;
  cols: Uint32Array;
  /** Rows counted from the bundle's start. */
  rawRows: Uint32Array;
  rawTexts: string[];
  unitRows: Uint32Array;
  unitTexts: string[];
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

/** The records to store for `blocks`, in their order: runs of small blocks of one import become bundles. */
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

/**
 * The blocks of stored records, in their order. A bundle's parts are copies, not views of its
 * columns: a view posted to the worker (a backup) would clone the whole bundle's buffer with it.
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
        regions: r.regions.slice(from, to),
        periods: r.periods.slice(from, to),
        values: r.values.slice(from, to),
        qualifiers: r.qualifiers.slice(from, to),
        rows: r.rows.slice(from, to),
        cols: r.cols.slice(from, to),
        rawRows: r.rawRows.slice(rawFrom, raw).map((x) => x - from),
        rawTexts: r.rawTexts.slice(rawFrom, raw),
        unitRows: r.unitRows.slice(unitFrom, unit).map((x) => x - from),
        unitTexts: r.unitTexts.slice(unitFrom, unit),
      });
    }
  }
  return out;
}
