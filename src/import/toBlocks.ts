import type { BlockData } from '../domain/model';
import type { ObsColumns } from './normalizeSheet';

/** A sheet's observations grouped by indicator into storage blocks (typed arrays, transferable). */
export function toBlocks(sheet: string, obs: ObsColumns): BlockData[] {
  const byIndicator = new Map<string, number[]>();
  for (let i = 0; i < obs.indicator.length; i++) {
    const id = obs.indicator[i];
    let list = byIndicator.get(id);
    if (!list) byIndicator.set(id, (list = []));
    list.push(i);
  }
  const blocks: BlockData[] = [];
  for (const [indicator, idx] of byIndicator) {
    const n = idx.length;
    const unitCount = new Map<string, number>();
    for (const i of idx) unitCount.set(obs.unit[i], (unitCount.get(obs.unit[i]) ?? 0) + 1);
    let unit = '';
    let best = -1;
    for (const [u, k] of unitCount) if (k > best) [unit, best] = [u, k];
    const block: BlockData = {
      sheet,
      indicator,
      unit,
      regions: new Array<string>(n),
      periods: new Int32Array(n),
      values: new Float64Array(n),
      qualifiers: new Uint8Array(n),
      rows: new Uint32Array(n),
      cols: new Uint32Array(n),
      raws: new Array<string>(n),
      units: unitCount.size > 1 ? new Array<string>(n) : null,
    };
    idx.forEach((i, k) => {
      block.regions[k] = obs.region[i];
      block.periods[k] = obs.period[i];
      block.values[k] = obs.value[i];
      block.qualifiers[k] = obs.qualifier[i];
      block.rows[k] = obs.row[i];
      block.cols[k] = obs.col[i];
      block.raws[k] = obs.raw[i];
      if (block.units) block.units[k] = obs.unit[i];
    });
    blocks.push(block);
  }
  return blocks;
}
