import type { IndiDb } from './db';
import type { ImportRecord, ObservationBlock } from './schema';

/** Blocks per read: each page is deserialised in its own task, so a big import never holds the page. */
const PAGE = 48;

/**
 * Some imports and their blocks (those still stored), for updating the cube after they were
 * committed here or in another tab: only their values are read, never the whole store.
 */
export async function readImports(db: IndiDb, ids: readonly string[]): Promise<{ imports: ImportRecord[]; blocks: ObservationBlock[] }> {
  const imports = (await db.imports.bulkGet([...ids])).filter((r): r is ImportRecord => !!r);
  // Stored order (the primary key), as a full read would have them.
  const keys = (await db.blocks.where('importId').anyOf(imports.map((r) => r.id)).primaryKeys()).sort((a, b) => a - b);
  const blocks: ObservationBlock[] = [];
  for (let i = 0; i < keys.length; i += PAGE) {
    for (const b of await db.blocks.bulkGet(keys.slice(i, i + PAGE))) if (b) blocks.push(b);
  }
  return { imports, blocks };
}
