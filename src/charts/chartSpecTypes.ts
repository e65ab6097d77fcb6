/**
 * What a chart shows: a plain, serialisable object (saved charts, decks and backups store it),
 * one member per kind. Each member carries exactly the fields its kind reads; which those are
 * is declared once, in the kind's registry entry (chartKinds.ts).
 */
export const CHART_KINDS = ['ranked-bar', 'grouped-bar', 'line', 'small-multiples', 'heat-table', 'scatter', 'change', 'rank'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export type RegionSelection =
  | { mode: 'all' }
  | { mode: 'level'; level: string }
  | { mode: 'list'; ids: string[] }
  /** A saved region group (its id): the chart follows the group when it is edited. */
  | { mode: 'group'; group: string };

/** A reference line: 考核目标 (a value with its label). */
export interface TargetLine {
  value: number;
  label?: string;
}

/** The fields every kind has. */
export interface SpecBase {
  /** Indicator id (canonical name): the one the chart is about (the x axis of a scatter). */
  indicator: string;
  regions: RegionSelection;
  /** Years (by a period's end year), inclusive; null = open. */
  from: number | null;
  to: number | null;
  /** The presenter's words; absent = the generated default (see chartWords). */
  title?: string;
  subtitle?: string;
  notes?: string;
  source?: string;
  /** Regions (names) drawn in the accent colour; the rest muted. Absent/empty = none. */
  highlight?: string[];
  /** A target value drawn as a labelled line. */
  target?: TargetLine | null;
  /** Draw the average of the shown regions as a labelled line. */
  average?: boolean;
  /** Decimal places of every number on the chart; absent/null = chosen from the data. */
  decimals?: number | null;
}

/** One bar per region (or region-period), largest first. */
export interface RankedBarSpec extends SpecBase {
  kind: 'ranked-bar';
  /** One period (periodKey), or null for every region-period pair. */
  period: number | null;
}

/**
 * Bars over periods. `bars` says what the bars of a group are: the regions (one group per
 * period), or several indicators side by side (one group per region and period, e.g. the 清单 counts).
 */
export type GroupedBarSpec = SpecBase & { kind: 'grouped-bar' } & ({ bars: 'regions' } | { bars: 'indicators'; others: string[] });

export interface LineSpec extends SpecBase {
  kind: 'line';
}

export interface SmallMultiplesSpec extends SpecBase {
  kind: 'small-multiples';
  /** One y axis for all panels. */
  sharedAxis: boolean;
}

export interface HeatTableSpec extends SpecBase {
  kind: 'heat-table';
}

export interface ScatterSpec extends SpecBase {
  kind: 'scatter';
  /** The y axis. */
  indicator2: string;
}

/**
 * Two periods compared (change and rank): period keys, null = chosen from the data (the pair
 * of periods most regions have both of, the latest such pair).
 */
export interface ComparedPeriods {
  basePeriod: number | null;
  currentPeriod: number | null;
}

/** Per region, the change from the base period to the current one, largest rise first. */
export interface ChangeSpec extends SpecBase, ComparedPeriods {
  kind: 'change';
  /** The difference (a rate's in percentage points), or the difference relative to the base value. */
  measure: 'absolute' | 'percent';
}

/** Per region, its rank in the current period (largest = 1) and how it moved since the base period. */
export interface RankSpec extends SpecBase, ComparedPeriods {
  kind: 'rank';
}

export type ChartSpec = RankedBarSpec | GroupedBarSpec | LineSpec | SmallMultiplesSpec | HeatTableSpec | ScatterSpec | ChangeSpec | RankSpec;

/** The member of one kind. */
export type SpecOf<K extends ChartKind> = Extract<ChartSpec, { kind: K }>;

/** A spec's fields the picker may change (the kind changes through the registry's defaults). */
export type SpecPatch = Partial<SpecBase> & {
  period?: number | null;
  sharedAxis?: boolean;
  indicator2?: string;
  bars?: 'regions' | 'indicators';
  others?: string[];
  basePeriod?: number | null;
  currentPeriod?: number | null;
  measure?: 'absolute' | 'percent';
};

/**
 * Base fields read and checked; the fields of any kind still unchecked (an old flat spec, a
 * spec with a patch applied). `also` is how old specs listed indicators side by side.
 */
export type LooseSpec = SpecBase & {
  readonly [K in 'period' | 'sharedAxis' | 'indicator2' | 'bars' | 'others' | 'also' | 'basePeriod' | 'currentPeriod' | 'measure']?: unknown;
};
