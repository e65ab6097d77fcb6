import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredBlock } from './bundleBlocks';
import {
  DB_NAME,
  SCHEMA_VERSIONS,
  type ImportRecord,
  type CatalogPage,
  type Indicator,
  type MetaRecord,
  type Region,
  type SavedChart,
  type SavedDeck,
} from './schema';

export type IndiDb = Dexie & {
  imports: EntityTable<ImportRecord, 'id'>;
  blocks: Table<StoredBlock, number>;
  indicators: Table<Indicator, string>;
  catalogPages: Table<CatalogPage, number>;
  regions: Table<Region, string>;
  charts: EntityTable<SavedChart, 'id'>;
  decks: EntityTable<SavedDeck, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

/**
 * A database a newer copy of the file upgraded: Dexie opens it at its own version, and this
 * copy's older schema would miss what it cannot see (a replacing restore would even leave it).
 */
// Dexie's verno stays the declared one; the opened database's own version is ten times it (Dexie's scale).
export const writtenByNewerCopy = (db: Dexie): boolean => db.backendDB().version / 10 > SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Opens (creating or upgrading) the app's database; `name` differs only in tests. */
export function openDb(name: string = DB_NAME): IndiDb {
  // No liveQuery here (the app tells its changes through changeFeed): Dexie's query cache and its
  // tracking of every written key for liveQuery cost a wide sheet's commit of 16,383 blocks ~70 ms.
  const db = new Dexie(name, { cache: 'disabled' }) as IndiDb;
  db.unuse({ stack: 'dbcore', name: 'Observability' });
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  // Another tab upgraded the schema: close here so its upgrade can finish; the app reloads.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}
