/** What a chart shows: a plain, serialisable object (saved charts, decks and backups store it). */
export type ChartKind = 'ranked-bar' | 'grouped-bar' | 'line' | 'small-multiples' | 'heat-table' | 'scatter';
export const CHART_KINDS: readonly ChartKind[] = ['ranked-bar', 'grouped-bar', 'line', 'small-multiples', 'heat-table', 'scatter'];

export type RegionSelection = { mode: 'all' } | { mode: 'level'; level: string } | { mode: 'list'; ids: string[] };

export interface ChartSpec {
  kind: ChartKind;
  /** Indicator id (canonical name). */
  indicator: string;
  /** Second indicator: the y axis of a scatter. */
  indicator2?: string;
  /** Further indicators shown side by side (the list-items comparison). */
  also?: string[];
  regions: RegionSelection;
  /** Years (by a period's end year), inclusive; null = open. */
  from: number | null;
  to: number | null;
  /** Ranked bar: one period (periodKey), or null for every region-period pair. */
  period?: number | null;
  /** Small multiples: one y axis for all panels. */
  sharedAxis?: boolean;
  title?: string;
}

export const DEFAULT_SPEC: ChartSpec = { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null };

/** A spec read back from storage or a backup file, checked field by field. */
export function parseChartSpec(value: unknown): ChartSpec | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!CHART_KINDS.includes(v.kind as ChartKind) || typeof v.indicator !== 'string') return null;
  const r = v.regions as Record<string, unknown> | undefined;
  let regions: RegionSelection = { mode: 'all' };
  if (r?.mode === 'level' && typeof r.level === 'string') regions = { mode: 'level', level: r.level };
  else if (r?.mode === 'list' && Array.isArray(r.ids)) regions = { mode: 'list', ids: r.ids.filter((x): x is string => typeof x === 'string') };
  const year = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) ? x : null);
  return {
    kind: v.kind as ChartKind,
    indicator: v.indicator,
    ...(typeof v.indicator2 === 'string' ? { indicator2: v.indicator2 } : {}),
    ...(Array.isArray(v.also) ? { also: v.also.filter((x): x is string => typeof x === 'string') } : {}),
    regions,
    from: year(v.from),
    to: year(v.to),
    period: year(v.period),
    ...(typeof v.sharedAxis === 'boolean' ? { sharedAxis: v.sharedAxis } : {}),
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
  };
}
