import type { EChartsOption } from 'echarts';
import type { Indicator } from '../domain/model';
import type { ChartContext } from './chartContext';
import type { ChartSpec, LooseSpec, SpecBase, SpecPatch } from './chartSpecTypes';

/** A picker control beyond indicator, regions and years, shown for the kinds that list it. */
export type ChartControl = 'period' | 'sharedAxis' | 'indicator2' | 'bars';

/** What a kind's defaults are chosen from. */
export interface DefaultsContext {
  /** The fields carried over from the spec being changed (and any the caller asks for). */
  base: SpecBase & SpecPatch;
  indicators: ReadonlyMap<string, Indicator>;
  /** Whether the store holds values of an indicator (a derived rate: of both its counts). */
  hasData(id: string): boolean;
}

/**
 * One chart kind, declared once: everything else (sources, the chart table, the picker, a
 * change of kind, saved specs read back) reads this entry and decides nothing per kind.
 */
export interface ChartKindDef<S extends ChartSpec> {
  /** Spec + data → ECharts option; each data item carries its escaped tooltip as `tip`. */
  build(spec: S, ctx: ChartContext): EChartsOption;
  /** Every indicator the chart reads, the main one first (source line, table sheets). */
  indicators(spec: S): string[];
  /** A spec of this kind from loose fields (an old flat spec, a patch): foreign fields dropped, own ones checked. */
  normalize(loose: LooseSpec): S;
  /** A spec of this kind from the fields carried over, its own fields chosen from the catalog and data. */
  defaults(ctx: DefaultsContext): S;
  controls: readonly ChartControl[];
}
