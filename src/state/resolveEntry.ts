import { parseTypedValue } from '../domain/editSource';
import { buildIndicatorIndex, matchIndicator } from '../domain/matchIndicator';
import { buildRegionIndex, isAggregateRegion, matchRegion } from '../domain/matchRegion';
import type { Indicator, Region } from '../domain/model';
import { parsePeriod, periodKey } from '../domain/parsePeriod';
import type { ValueEdit } from '../storage/commitEdit';

/** One row of the entry form, as typed. */
export interface EntryDraft {
  region: string;
  indicator: string;
  period: string;
  value: string;
}

export const ENTRY_FIELDS = ['region', 'indicator', 'period', 'value'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Why a typed row cannot be stored (each has its `grid.entry.*` text). */
export const ENTRY_PROBLEMS = ['empty', 'aggregate', 'bad-period', 'missing', 'not-number'] as const;
export type EntryProblem = (typeof ENTRY_PROBLEMS)[number];

export type ResolvedEntry =
  | { ok: true; edit: ValueEdit; newRegion: boolean; newIndicator: boolean; regionGuess: boolean }
  | { ok: false; field: EntryField; problem: EntryProblem };

export interface EntryCatalog {
  indicators: readonly Indicator[];
  regions: readonly Region[];
}

export const isBlankEntry = (d: EntryDraft): boolean => ENTRY_FIELDS.every((f) => !d[f].trim());

/**
 * The catalog's name indexes, built on the first call and kept: the form resolves its rows at
 * each keystroke, and 40,000 townships or 16,383 indicators indexed each time lagged the typing.
 */
export function entryIndex(catalog: EntryCatalog) {
  let built: { regions: ReturnType<typeof buildRegionIndex>; indicators: ReturnType<typeof buildIndicatorIndex>; byId: Map<string, Indicator> } | null = null;
  return () =>
    (built ??= {
      regions: buildRegionIndex(catalog.regions),
      indicators: buildIndicatorIndex(catalog.indicators),
      byId: new Map(catalog.indicators.map((i) => [i.id, i])),
    });
}
export type EntryIndex = ReturnType<typeof entryIndex>;

/**
 * The typed rows resolved through the catalog as an import would: names and aliases to
 * canonical regions and indicators (兰州 → 兰州市, 纠错 → 行政复议纠错件数), periods and values by
 * the same rules. A blank row resolves to null; a name the catalog lacks is reported as new.
 */
export function resolveEntries(drafts: readonly EntryDraft[], index: EntryIndex): (ResolvedEntry | null)[] {
  return drafts.map((d): ResolvedEntry | null => {
    if (isBlankEntry(d)) return null;
    for (const f of ENTRY_FIELDS) if (!d[f].trim()) return { ok: false, field: f, problem: 'empty' };
    if (isAggregateRegion(d.region)) return { ok: false, field: 'region', problem: 'aggregate' };
    const period = parsePeriod(d.period.trim());
    if (!period) return { ok: false, field: 'period', problem: 'bad-period' };
    const value = parseTypedValue(d.value);
    if (!value.ok) return { ok: false, field: 'value', problem: value.reason };
    const { regions, indicators, byId } = index();
    const region = matchRegion(regions, d.region.trim());
    const indicator = matchIndicator(indicators, d.indicator.trim());
    return {
      ok: true,
      edit: {
        region: region.id,
        indicator: indicator.id,
        period: periodKey(period),
        value: value.value,
        unit: value.unit || indicator.unit || byId.get(indicator.id)?.unit || '',
        qualifier: value.qualifier,
        raw: value.raw,
      },
      newRegion: !region.known,
      newIndicator: !indicator.known,
      regionGuess: !!region.guess,
    };
  });
}
