import type { IndiDb } from './db';

/** Small named settings (language, last backup time, remembered corrections). */
export async function loadMeta<T>(db: IndiDb, key: string, fallback: T): Promise<T> {
  const rec = await db.meta.get(key);
  return rec === undefined ? fallback : (rec.value as T);
}

export async function saveMeta(db: IndiDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
