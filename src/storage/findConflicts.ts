import type { BlockData, ImportRecord } from '../domain/model';
import type { IndiDb } from './db';

export interface Conflict {
  region: string;
  indicator: string;
  period: number;
  previous: number;
  previousImport: string;
  value: number;
}

/**
 * Values about to arrive that differ from the values in force for the same region,
 * indicator and period (latest import wins). Looks only at indicators that already have
 * values; call inside the transaction that writes them.
 */
export async function findConflicts(db: IndiDb, incoming: { regions: readonly string[]; blocks: readonly BlockData[] }[]): Promise<Conflict[]> {
  const imports = new Map<string, ImportRecord>((await db.imports.toArray()).map((i) => [i.id, i]));
  if (!imports.size) return [];
  const indicatorIds = [...new Set(incoming.flatMap((x) => x.blocks.map((b) => b.indicator)))];
  const current = new Map<string, Map<string, { value: number; importId: string; at: number }>>();
  for (const b of await db.blocks.where('indicator').anyOf(indicatorIds).toArray()) {
    const imp = imports.get(b.importId);
    const at = imp?.importedAt ?? 0;
    const names = imp?.regions ?? [];
    let byCell = current.get(b.indicator);
    if (!byCell) current.set(b.indicator, (byCell = new Map()));
    for (let i = 0; i < b.values.length; i++) {
      const key = `${names[b.regions[i]]}\u0001${b.periods[i]}`;
      const cur = byCell.get(key);
      if (!cur || at >= cur.at) byCell.set(key, { value: b.values[i], importId: b.importId, at });
    }
  }
  const conflicts: Conflict[] = [];
  for (const { regions, blocks } of incoming) {
    for (const b of blocks) {
      const byCell = current.get(b.indicator);
      if (!byCell) continue;
      for (let i = 0; i < b.values.length; i++) {
        const region = regions[b.regions[i]];
        const cur = byCell.get(`${region}\u0001${b.periods[i]}`);
        if (cur && cur.value !== b.values[i]) {
          conflicts.push({ region, indicator: b.indicator, period: b.periods[i], previous: cur.value, previousImport: cur.importId, value: b.values[i] });
        }
      }
    }
  }
  return conflicts;
}
