import type { Region, RegionGroup } from '../domain/model';
import type { IndiDb } from './db';
import { newId } from './newId';
import { compareZh } from '../domain/compareZh';

export type { RegionGroup };

/** The store of saved region groups (schema v2). */
export const regionGroupTable = (db: IndiDb) => db.table<RegionGroup, string>('regionGroups');

/**
 * Members under their canonical names: a region merged into another counts as that one (once).
 * Resolved when read, not rewritten on merge, so undoing the merge gives the group back as it was.
 */
export function resolveGroupMembers(names: readonly string[], regions: ReadonlyMap<string, Region>): string[] {
  const out = new Set<string>();
  for (const name of names) {
    let cur = name;
    const seen = new Set<string>();
    while (!seen.has(cur)) {
      seen.add(cur);
      const into = regions.get(cur)?.mergedInto;
      if (!into) break;
      cur = into;
    }
    out.add(cur);
  }
  return [...out];
}

const byName = (a: RegionGroup, b: RegionGroup) => compareZh(a.name, b.name) || a.id.localeCompare(b.id);

/** Every saved group by name, its members followed through the catalog's merges. */
export async function listRegionGroups(db: IndiDb): Promise<RegionGroup[]> {
  return db.transaction('r', [regionGroupTable(db), db.regions], async () => {
    const groups = await regionGroupTable(db).toArray();
    if (!groups.length) return [];
    // Read whole and filtered here: Dexie's filter walks a cursor (3,000 regions: ~45 ms).
    const regions = new Map((await db.regions.toArray()).filter((r) => !!r.mergedInto).map((r) => [r.id, r]));
    return groups.map((g) => ({ ...g, regions: resolveGroupMembers(g.regions, regions) })).sort(byName);
  });
}

const members = (regions: readonly string[]) => [...new Set(regions.map((r) => r.trim()).filter(Boolean))];

export async function createRegionGroup(db: IndiDb, name: string, regions: readonly string[], now = Date.now()): Promise<RegionGroup> {
  const group: RegionGroup = { id: newId('g'), name: name.trim(), regions: members(regions), createdAt: now };
  await regionGroupTable(db).add(group);
  return group;
}

/** Renames and/or sets the members of a group; false if there is no such group. */
export async function updateRegionGroup(db: IndiDb, id: string, patch: { name?: string; regions?: readonly string[] }): Promise<boolean> {
  const changes: Partial<RegionGroup> = {};
  if (patch.name !== undefined) changes.name = patch.name.trim();
  if (patch.regions !== undefined) changes.regions = members(patch.regions);
  return (await regionGroupTable(db).update(id, changes)) > 0;
}

export async function deleteRegionGroup(db: IndiDb, id: string): Promise<void> {
  await regionGroupTable(db).delete(id);
}
