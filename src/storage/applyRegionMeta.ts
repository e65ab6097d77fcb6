import type { Region } from '../domain/model';
import type { IndiDb } from './db';

/**
 * A region list's levels and parents, written in one transaction: listed regions get the
 * given level/parent (blank cells keep what was there); unknown ones join the catalog.
 */
export async function applyRegionMeta(db: IndiDb, meta: [string, string, string][]): Promise<number> {
  return db.transaction('rw', db.regions, async () => {
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
  });
}
