import type { BlockData } from '../domain/model';
import type { ObsColumns } from './normalizeSheet';

/**
 * A sheet's observations grouped by indicator into storage blocks (typed arrays, transferable).
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
  const regionOf = (name: string): number => {
    let k = regionIndex.get(name);
    if (k === undefined) regionIndex.set(name, (k = regionIndex.size));
    return k;
  };
  const blocks: BlockData[] = [];
  for (const [indicator, idx] of byIndicator) {
    const n = idx.length;
    const unitCount = new Map<string, number>();
    for (const i of idx) unitCount.set(obs.unit[i], (unitCount.get(obs.unit[i]) ?? 0) + 1);
    let unit = '';
    let best = -1;
    for (const [u, k] of unitCount) if (k > best) [unit, best] = [u, k];
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
    idx.forEach((i, k) => {
      regions[k] = regionOf(obs.region[i]);
      periods[k] = obs.period[i];
      values[k] = obs.value[i];
      qualifiers[k] = obs.qualifier[i];
      rows[k] = obs.row[i];
      cols[k] = obs.col[i];
      if (obs.raw[i]) {
        rawRows.push(k);
        rawTexts.push(obs.raw[i]);
      }
      if (obs.unit[i] !== unit) {
        unitRows.push(k);
        unitTexts.push(obs.unit[i]);
      }
    });
    blocks.push({
      sheet, indicator, unit, regions, periods, values, qualifiers, rows, cols,
      rawRows: Uint32Array.from(rawRows), rawTexts, unitRows: Uint32Array.from(unitRows), unitTexts,
    });
  }
  return blocks;
}
