import { normalizeKind } from './chartKinds';
import { CHART_KINDS, type ChartKind, type ChartSpec } from './chartSpecTypes';
import { readBase } from './readSpecFields';

export * from './chartSpecTypes';

export const DEFAULT_SPEC: ChartSpec = { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null };

/**
 * A spec read back from storage or a backup file, checked field by field: the kind and the
 * indicator must be there, everything else is read by the kind's own entry (old flat specs,
 * with `also` or `indicator2` on any kind, become the member of their kind). Null if it is no spec.
 */
export function parseChartSpec(value: unknown): ChartSpec | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!CHART_KINDS.includes(v.kind as ChartKind)) return null;
  const base = readBase(v);
  if (!base) return null;
  return normalizeKind(v.kind as ChartKind, { ...v, ...base, title: base.title });
}
