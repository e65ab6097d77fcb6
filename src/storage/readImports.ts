import type { IndiDb } from './db';
import type { ImportRecord, ObservationBlock } from './schema';

/**
 * Some imports and their blocks (those still stored), for updating the cube after they were
 * committed here or in another tab: only their values are read, never the whole store.
 */
export async function readImports(db: IndiDb, ids: readonly string[]): Promise<{ imports: ImportRecord[]; blocks: ObservationBlock[] }> {
  return db.transaction('r', db.imports, db.blocks, async () => {
    const imports = (await db.imports.bulkGet([...ids])).filter((r): r is ImportRecord => !!r);
    const blocks = await db.blocks.where('importId').anyOf(imports.map((r) => r.id)).toArray();
    // Stored order (the primary key), as a full read would have them.
    blocks.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    return { imports, blocks };
  });
}
