import type { Region } from '../domain/model';
import type { IndiDb } from './db';
import { plainRegion, regionCatalog } from './catalogStore';

/**
 * The one policy for region levels and parents that a file states: a non-blank level or
 * parent replaces the stored one (the latest file wins, as for values); a blank cell keeps
 * what was there; unknown regions join the catalog. Call inside a transaction over
 * the region catalog's stores. Returns how many regions changed.
 */
export async function writeRegionMeta(db: IndiDb, meta: readonly [string, string, string][]): Promise<number> {
  let n = 0;
  const get = regionCatalog(db).getter();
  for (const [id, level, parent] of meta) {
    const existing = await get(id);
    const cur: Region = existing ?? plainRegion(id);
    const next = { ...cur, level: level || cur.level, parent: parent || cur.parent };
    if (!existing || next.level !== cur.level || next.parent !== cur.parent) {
      await db.regions.put(next);
      n++;
    }
  }
  return n;
}

/** A region list imported on its own (no values, so no import record): writeRegionMeta in one transaction. */
export async function applyRegionMeta(db: IndiDb, meta: [string, string, string][]): Promise<number> {
  return db.transaction('rw', regionCatalog(db).stores, () => writeRegionMeta(db, meta));
}
