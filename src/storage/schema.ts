import type { BlockData, DeckSlide, ImportRecord, Indicator, Region, RegionGroup, SavedChart, SavedDeck } from '../domain/model';

/**
 * Observations are stored as columnar blocks (one per import × sheet × indicator), not one
 * record per value: DESIGN.md measured 94 s for 10⁶ single records against 0.86 s for the
 * same values in 10⁴ typed-array records.
 */
export interface ObservationBlock extends BlockData {
  id?: number;
  importId: string;
}

/**
 * Plain catalog entries of one kind, an array each (names are data, never object keys):
 * [name, unit] of an indicator, [name] of a region. See catalogStore.
 */
export interface CatalogPage {
  id?: number;
  kind: 'indicator' | 'region';
  entries: string[][];
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export type { DeckSlide, ImportRecord, Indicator, Region, RegionGroup, SavedChart, SavedDeck };

export const DB_NAME = 'indicompare';

/**
 * Versioned schema. Never edit a published version: add a new one with an upgrade
 * function, so a database written by an older copy of the file on a USB stick opens.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      imports: 'id, sha256, importedAt',
      blocks: '++id, importId, indicator',
      indicators: 'id, name, *aliases',
      regions: 'id, name, *aliases',
      charts: 'id, name',
      decks: 'id, name',
      meta: 'key',
    },
  },
  // v2: saved region groups (the other stores carry over unchanged).
  { version: 2, stores: { regionGroups: 'id, name' } },
  // v3: small blocks of one import stored together (storage/bundleBlocks), found by any of their indicators.
  { version: 3, stores: { blocks: '++id, importId, indicator, *bundled' } },
  // v4: catalog entries with only a name (and unit) kept in pages (storage/catalogStore): a record costs what a page does.
  { version: 4, stores: { catalogPages: '++id, kind' } },
];
