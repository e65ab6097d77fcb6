import type { IndiDb } from './db';
import type { ObservationBlock } from './schema';

/** Blocks per read: each page is deserialised in its own task, so a big store never holds the page. */
const PAGE = 48;

/** The blocks of `keys` (default: every block, in stored order), read a page at a time. */
export async function readBlocksInPages(db: IndiDb, keys?: readonly number[]): Promise<ObservationBlock[]> {
  const all = keys ?? (await db.blocks.toCollection().primaryKeys());
  const out: ObservationBlock[] = [];
  for (let i = 0; i < all.length; i += PAGE) {
    for (const b of await db.blocks.bulkGet(all.slice(i, i + PAGE))) if (b) out.push(b);
  }
  return out;
}
