import type { BlockColumns, BlockData } from '../domain/model';

/**
 * Blocks end to end in one buffer per column, for a message between the worker and the page.
 * A wide sheet has a block per column: 16,383 blocks posted as their own 131,000 buffers cost
 * the commit half a second; the same values in eight buffers cost a few milliseconds.
 */
export interface PackedBlocks extends BlockColumns {
  sheets: string[];
  indicators: string[];
  units: string[];
  /** Where each block's values end, its raw texts end, and its odd units end (cumulative). */
  ends: Uint32Array;
  rawEnds: Uint32Array;
  unitEnds: Uint32Array;
  /** Each block's rows, counted from its own start, as in BlockData. */
  rawRows: Uint32Array;
  rawTexts: string[];
  unitRows: Uint32Array;
  unitTexts: string[];
}

export function packBlocks(blocks: readonly BlockData[]): PackedBlocks {
  const total = (n: (b: BlockData) => number) => blocks.reduce((s, b) => s + n(b), 0);
  const n = total((b) => b.values.length);
  const nRaw = total((b) => b.rawRows.length);
  const nUnit = total((b) => b.unitRows.length);
  const p: PackedBlocks = {
    sheets: [], indicators: [], units: [],
    ends: new Uint32Array(blocks.length), rawEnds: new Uint32Array(blocks.length), unitEnds: new Uint32Array(blocks.length),
    regions: new Uint32Array(n), periods: new Int32Array(n), values: new Float64Array(n), qualifiers: new Uint8Array(n),
    rows: new Uint32Array(n), cols: new Uint32Array(n),
    rawRows: new Uint32Array(nRaw), rawTexts: [], unitRows: new Uint32Array(nUnit), unitTexts: [],
  };
  let at = 0;
  let raw = 0;
  let unit = 0;
  blocks.forEach((b, k) => {
    p.sheets.push(b.sheet);
    p.indicators.push(b.indicator);
    p.units.push(b.unit);
    for (const c of ['regions', 'periods', 'values', 'qualifiers', 'rows', 'cols'] as const) (p[c] as Uint32Array).set(b[c] as Uint32Array, at);
    p.rawRows.set(b.rawRows, raw);
    p.unitRows.set(b.unitRows, unit);
    for (const t of b.rawTexts) p.rawTexts.push(t);
    for (const t of b.unitTexts) p.unitTexts.push(t);
    p.ends[k] = at += b.values.length;
    p.rawEnds[k] = raw += b.rawRows.length;
    p.unitEnds[k] = unit += b.unitRows.length;
  });
  return p;
}

/** The buffers to move (not copy) with the message. */
export function packedBuffers(p: PackedBlocks): Transferable[] {
  return [p.regions, p.periods, p.values, p.qualifiers, p.rows, p.cols, p.rawRows, p.unitRows, p.ends, p.rawEnds, p.unitEnds].map((c) => c.buffer);
}

/** The blocks again, their columns views of the packed buffers (storage copies what it keeps whole). */
export function unpackBlocks(p: PackedBlocks): BlockData[] {
  const out: BlockData[] = [];
  for (let k = 0, from = 0, rawFrom = 0, unitFrom = 0; k < p.ends.length; k++) {
    const to = p.ends[k];
    const rawTo = p.rawEnds[k];
    const unitTo = p.unitEnds[k];
    out.push({
      sheet: p.sheets[k],
      indicator: p.indicators[k],
      unit: p.units[k],
      regions: p.regions.subarray(from, to),
      periods: p.periods.subarray(from, to),
      values: p.values.subarray(from, to),
      qualifiers: p.qualifiers.subarray(from, to),
      rows: p.rows.subarray(from, to),
      cols: p.cols.subarray(from, to),
      rawRows: p.rawRows.subarray(rawFrom, rawTo),
      rawTexts: p.rawTexts.slice(rawFrom, rawTo),
      unitRows: p.unitRows.subarray(unitFrom, unitTo),
      unitTexts: p.unitTexts.slice(unitFrom, unitTo),
    });
    from = to;
    rawFrom = rawTo;
    unitFrom = unitTo;
  }
  return out;
}
