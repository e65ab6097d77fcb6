// Core data types shared by every layer. Pure declarations: no imports, no behaviour.

/** `余`/`多`/`约`/`左右`/`以上` as written in the source, or '' for an exact figure. */
export type Qualifier = '' | '余' | '多' | '约' | '左右' | '以上';

/** A year (start === end) or a span such as 2011—2015 or 十三五 (2016—2020). */
export interface Period {
  start: number;
  end: number;
}

export interface CellSource {
  importId: string;
  file: string;
  sheet: string;
  cell: string;
}

export interface Observation {
  region: string;
  indicator: string;
  period: Period;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  source: CellSource;
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

export interface Skip {
  sheet: string;
  cell: string;
  reason: string;
  raw?: string;
}

export type Layout = 'long' | 'wide-indicator' | 'wide-year' | 'transposed' | 'nbs' | 'stacked';

export interface ImportRecord {
  id: string;
  fileName: string;
  sha256: string;
  importedAt: number;
  layout: string;
  taken: number;
  skipped: number;
  skips: Skip[];
  sample?: boolean;
}

/**
 * Observations of one import × sheet × indicator as parallel columns: the storage unit
 * (one IndexedDB record each) and what the import worker hands over for a commit.
 */
export interface BlockData {
  sheet: string;
  indicator: string;
  /** The unit most rows share; `units` overrides it per row where a cell said otherwise. */
  unit: string;
  regions: string[];
  /** periodKey per row. */
  periods: Int32Array;
  values: Float64Array;
  /** Index into QUALIFIERS per row. */
  qualifiers: Uint8Array;
  /** 0-based row and column of the source cell. */
  rows: Uint32Array;
  cols: Uint32Array;
  /** Raw cell text per row; '' where the text is just the number. */
  raws: string[];
  units: string[] | null;
}
