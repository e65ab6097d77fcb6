import type { ImportRecord } from '../domain/model';
import type { IndiDb } from './db';

export async function findImportsBySha(db: IndiDb, sha256: string): Promise<ImportRecord[]> {
  return db.imports.where('sha256').equals(sha256).toArray();
}

/** All imports, newest first. */
export async function listImports(db: IndiDb): Promise<ImportRecord[]> {
  return (await db.imports.orderBy('importedAt').toArray()).reverse();
}
