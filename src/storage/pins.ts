import type { IndiDb } from './db';
import { loadMeta, saveMeta } from './meta';

/** A conflict settled by the user: for this cell key, this import's value is in force. */
export type Pins = [string, string][];

export async function loadPins(db: IndiDb): Promise<Map<string, string>> {
  return new Map(await loadMeta<Pins>(db, 'pins', []));
}

export async function pinValue(db: IndiDb, key: string, importId: string | null): Promise<void> {
  const pins = await loadPins(db);
  if (importId === null) pins.delete(key);
  else pins.set(key, importId);
  await saveMeta(db, 'pins', [...pins]);
}
