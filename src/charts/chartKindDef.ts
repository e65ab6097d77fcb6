import type { EChartsOption } from 'echarts';
import type { Cube } from '../domain/cube';
import type { ValuePoint } from '../domain/indicatorValues';
import type { Indicator } from '../domain/model';
import type { ChartContext } from './chartContext';
import type { ChartSpec, LooseSpec, SpecBase, SpecPatch } from './chartSpecTypes';

/** A picker control beyond indicator, regions and years, shown for the kinds that list it. */
export type ChartControl = 'period' | 'sharedAxis' | 'indicator2' | 'bars' | 'comparedPeriods' | 'measure';

/** What a chart draws, as its words (title, subtitle, notes, source) need to know it. */
export interface ShownValues {
  /** Every value drawn, of every indicator the chart reads. */
  points: ValuePoint[];
  /** One value per region, each of its own latest period (the subtitle says so where they differ). */
  latestPerRegion?: boolean;
  /** A rate is drawn summed over several regions or periods (a total or average line): the method note applies. */
  sums?: boolean;
  /** The chart's name where it is not the main indicator's (two indicators, a family). */
  name?: string;
  /** More words for the subtitle (e.g. 各小图纵轴独立). */
  subtitle?: string[];
}

/** What a kind's defaults are chosen from. */
export interface DefaultsContext {
  /** The fields carried over from the spec being changed (and any the caller asks for). */
  base: SpecBase & SpecPatch;
  indicators: ReadonlyMap<string, Indicator>;
  /** Whether the store holds values of an indicator (a derived rate: of both its counts). */
  hasData(id: string): boolean;
  /** The data, where a kind's defaults are chosen from it (the scatter's y axis). */
  cube?: Cube;
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
  /** What the chart draws; absent = every selected value of its indicators (see shownValues). */
  shown?(spec: S, ctx: ChartContext): ShownValues;
}
