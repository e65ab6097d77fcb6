import type { IndiDb } from './db';
import { readBlocksInPages } from './readBlocksInPages';
import type { ImportRecord, ObservationBlock } from './schema';

/**
 * Some imports and their blocks (those still stored), for updating the cube after they were
 * committed here or in another tab: only their values are read, never the whole store.
 */
export async function readImports(db: IndiDb, ids: readonly string[]): Promise<{ imports: ImportRecord[]; blocks: ObservationBlock[] }> {
  const imports = (await db.imports.bulkGet([...ids])).filter((r): r is ImportRecord => !!r);
  // Stored order (the primary key), as a full read would have them.
  const keys = (await db.blocks.where('importId').anyOf(imports.map((r) => r.id)).primaryKeys()).sort((a, b) => a - b);
  return { imports, blocks: await readBlocksInPages(db, keys) };
}
