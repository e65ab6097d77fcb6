import type { Region } from '../domain/model';
import type { IndiDb } from './db';

/**
 * The one policy for region levels and parents that a file states: a non-blank level or
 * parent replaces the stored one (the latest file wins, as for values); a blank cell keeps
 * what was there; unknown regions join the catalog. Call inside a transaction over
 * db.regions. Returns how many regions changed.
 */
export async function writeRegionMeta(db: IndiDb, meta: readonly [string, string, string][]): Promise<number> {
  let n = 0;
  for (const [id, level, parent] of meta) {
    const existing = await db.regions.get(id);
    const cur: Region = existing ?? { id, name: id, aliases: [], level: '', parent: '' };
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
  return db.transaction('rw', db.regions, () => writeRegionMeta(db, meta));
}
