import type { IndiDb } from './db';
import type { ObservationBlock } from './schema';
import { unbundleBlocks } from './bundleBlocks';

/** Blocks per read: each page is deserialised in its own task, so a big store never holds the page. */
const PAGE = 48;

/** The blocks of the records `keys` (default: every record, in stored order), read a page at a time, bundles opened. */
export async function readBlocksInPages(db: IndiDb, keys?: readonly number[]): Promise<ObservationBlock[]> {
  const all = keys ?? (await db.blocks.toCollection().primaryKeys());
  const out: ObservationBlock[] = [];
  for (let i = 0; i < all.length; i += PAGE) {
    for (const b of unbundleBlocks((await db.blocks.bulkGet(all.slice(i, i + PAGE))).filter((r) => r !== undefined))) out.push(b);
  }
  return out;
}
