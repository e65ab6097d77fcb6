// Core data types shared by every layer: declarations, their closed sets, and one lookup (sparseText). No imports.
// (An observation lives in a block's columns, BlockData, and in the cube's; it has no record type of its own.)

/** `余`/`多`/`约`/`左右`/`以上` as written in the source, or '' for an exact figure. */
export type Qualifier = '' | '余' | '多' | '约' | '左右' | '以上';

/**
 * A year (start === end), a span such as 2011—2015 or 十三五 (2016—2020), or a part of one
 * year: months `from`..`to` (2022年10月, 2022年1—2月) or a quarter (2022年第3季度).
 */
export interface Period {
  start: number;
  end: number;
  /** Months of the year `start` (1..12), for periods finer than a year. */
  months?: [number, number];
  /** 1..4 for a quarter (months then hold its three months). */
  quarter?: number;
}

export interface Indicator {
  id: string;
  name: string;
  nameEn: string;
  unit: string;
  category: string;
  aliases: string[];
  /** Derived indicators: value = numerator / denominator × 100. */
  numerator?: string;
  denominator?: string;
  /** Set when the user merged this indicator into another. */
  mergedInto?: string;
  builtin?: boolean;
}

export interface Region {
  id: string;
  name: string;
  aliases: string[];
  level: string;
  parent: string;
  mergedInto?: string;
}

/** Why a cell gave no observation (each has its `skip.*` text). */
export const SKIP_REASONS = ['aggregate', 'derived', 'error', 'not-number', 'boolean', 'date', 'no-region', 'no-indicator', 'no-period', 'bad-period', 'truncated'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Skip {
  sheet: string;
  cell: string;
  reason: SkipReason;
  raw?: string;
}

/** The table layouts detection tells apart (each has its `layout.*` text). */
export const LAYOUTS = ['long', 'wide-indicator', 'wide-year', 'transposed', 'nbs', 'stacked'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What an import record's layout names: its sheets' table layouts, a hand edit, or a report. */
export const RECORD_LAYOUTS = [...LAYOUTS, 'edit', 'report'] as const;
export type RecordLayout = (typeof RECORD_LAYOUTS)[number];

export interface ImportRecord {
  id: string;
  fileName: string;
  sha256: string;
  importedAt: number;
  /** The record's RecordLayouts joined by commas (recordLayouts.ts), e.g. `long,wide-year`. */
  layout: string;
  taken: number;
  skipped: number;
  skips: Skip[];
  /** The import's region names; blocks refer to them by index. */
  regions: string[];
  sample?: boolean;
}

/**
 * Observations of one import × sheet × indicator as parallel columns: the storage unit
 * (one IndexedDB record each) and what the import worker hands over for a commit.
 * Regions are indices into the import's own region list, so a million observations
 * carry a few thousand strings, not a million; raw texts and odd units are sparse.
 */
export interface BlockData {
  sheet: string;
  indicator: string;
  /** The unit most rows share. */
  unit: string;
  /** Index per row into the import's `regions`. */
  regions: Uint32Array;
  /** periodKey per row. */
  periods: Int32Array;
  values: Float64Array;
  /** Index into QUALIFIERS per row. */
  qualifiers: Uint8Array;
  /** 0-based row and column of the source cell. */
  rows: Uint32Array;
  cols: Uint32Array;
  /** Rows (ascending) whose raw cell text is more than the number, and those texts. */
  rawRows: Uint32Array;
  rawTexts: string[];
  /** Rows (ascending) whose unit differs from `unit`, and those units. */
  unitRows: Uint32Array;
  unitTexts: string[];
}

/** A block's per-row columns (a row: one observation). */
export type BlockColumns = Pick<BlockData, 'regions' | 'periods' | 'values' | 'qualifiers' | 'rows' | 'cols'>;

/** Looks up a sparse per-row text (raw text, odd unit) by row; '' or the fallback if absent. */
export function sparseText(rows: Uint32Array, texts: readonly string[], row: number, fallback = ''): string {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] === row) return texts[mid];
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return fallback;
}

/** A chart saved under a name; `spec` is a ChartSpec (kept opaque here). */
export interface SavedChart {
  id: string;
  name: string;
  spec: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface DeckSlide {
  chartId: string;
  title: string;
  note: string;
}

export interface SavedDeck {
  id: string;
  name: string;
  slides: DeckSlide[];
  createdAt: number;
  updatedAt: number;
}

/** A named set of regions (「兰州市下辖县区」); members by region name, followed through merges when read. */
export interface RegionGroup {
  id: string;
  name: string;
  regions: string[];
  createdAt: number;
}

/** Everything a backup workbook carries: the whole state, as plain data. */
export interface BackupData {
  imports: ImportRecord[];
  blocks: (BlockData & { importId: string })[];
  indicators: Indicator[];
  regions: Region[];
  charts: SavedChart[];
  decks: SavedDeck[];
  /** Conflicts the user settled: cell key (region, indicator, period) → import id in force. */
  pins: [string, string][];
  /** Saved region groups (absent in backups written before groups existed). */
  regionGroups?: RegionGroup[];
}
