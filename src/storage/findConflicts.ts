import { Cube, type CubeBlock } from '../domain/cube';
import { findIncomingConflicts, type Conflict } from '../domain/findValueConflicts';
import type { BlockData } from '../domain/model';
import type { IndiDb } from './db';
import { loadCubeRules, readIndicatorBlocks } from './loadCube';

export type { Conflict };

/**
 * Values about to arrive that differ from the values in force for the same region,
 * indicator and period — by the one conflict engine (domain/findValueConflicts), over the
 * stored values of the indicators concerned plus the incoming ones, with the catalog's merges
 * and the pins, as 数据 → 冲突 sees them. Call inside the transaction that writes them
 * (it reads imports, blocks, indicators, regions and meta).
 */
export async function findConflicts(db: IndiDb, incoming: { id?: string; regions: readonly string[]; blocks: readonly BlockData[] }[]): Promise<Conflict[]> {
  const stored = await db.imports.orderBy('importedAt').toArray();
  if (!stored.length) return [];
  const rules = await loadCubeRules(db);
  const follow = (id: string) => {
    for (let hops = 0; rules.indicatorAlias.has(id) && hops < 32; hops++) id = rules.indicatorAlias.get(id)!;
    return id;
  };
  // Every stored indicator that counts as one of the incoming ones: the canonical and those merged into it.
  const canonical = new Set(incoming.flatMap((x) => x.blocks.map((b) => follow(b.indicator))));
  const ids = [...canonical, ...[...rules.indicatorAlias.keys()].filter((id) => canonical.has(follow(id)))];
  const storedBlocks: CubeBlock[] = await readIndicatorBlocks(db, new Set(ids));
  if (!storedBlocks.length) return [];
  const incomingIds = incoming.map((x, k) => x.id ?? `\u0000incoming-${k}`);
  const cube = new Cube({
    blocks: [...storedBlocks, ...incoming.flatMap((x, k) => x.blocks.map((b) => ({ ...b, importId: incomingIds[k] })))],
    // The incoming imports are the newest: the value in force before them is the stored one.
    imports: [...stored, ...incoming.map((x, k) => ({ id: incomingIds[k], regions: x.regions }))],
    ...rules,
  });
  return findIncomingConflicts(cube, new Set(incomingIds));
}
