import type { IndiDb } from './db';

/**
 * Removes an import and its values in one transaction; values it had superseded are in
 * force again. Indicators and regions it introduced stay in the catalog.
 */
export async function undoImport(db: IndiDb, importId: string): Promise<boolean> {
  return db.transaction('rw', db.imports, db.blocks, async () => {
    const rec = await db.imports.get(importId);
    if (!rec) return false;
    await db.blocks.where('importId').equals(importId).delete();
    await db.imports.delete(importId);
    return true;
  });
}
