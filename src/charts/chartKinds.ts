import type { EChartsOption } from 'echarts';
import type { ChartContext } from './chartContext';
import type { ChartKindDef, DefaultsContext, ShownValues } from './chartKindDef';
import { selectPoints } from './chartContext';
import type { ChartKind, ChartSpec, LooseSpec, SpecBase, SpecOf } from './chartSpecTypes';
import { baseOf, readTexts, readYear } from './readSpecFields';
import { heatTable } from './kinds/heatTable';
import { indicatorsSideBySide } from './kinds/indicatorsSideBySide';
import { overPeriods } from './kinds/overPeriods';
import { rankedBar, rankedShown } from './kinds/rankedBar';
import { chooseScatterY, fallbackScatterY, scatter, scatterShown } from './kinds/scatter';
import { smallMultiples, smallMultiplesShown } from './kinds/smallMultiples';
import { sideBySideShown } from './kinds/indicatorsSideBySide';
import { changeShown, changeView } from './kinds/changeView';
import { rankShown, rankView } from './kinds/rankView';


/** Indicators to set beside the main one: same category and unit, with data, in catalog order. */
function companions(ctx: DefaultsContext, main: string): string[] {
  const m = ctx.indicators.get(main);
  if (!m?.category) return [];
  return [...ctx.indicators.values()]
    .filter((i) => i.id !== main && !i.mergedInto && i.category === m.category && i.unit === m.unit && ctx.hasData(i.id))
    .map((i) => i.id);
}

const one = (s: SpecBase) => [s.indicator];
/** Every selected value of the main indicator (and the method note where an average sums a rate). */
const shownOf = (s: SpecBase, c: ChartContext): ShownValues => {
  const points = selectPoints(s, c, s.indicator).points;
  return { points, sums: !!c.indicators.get(s.indicator)?.numerator && s.average === true && points.length > 1 };
};
const readCompared = (v: LooseSpec) => ({ basePeriod: readYear(v.basePeriod), currentPeriod: readYear(v.currentPeriod) });
/** A ranked bar's one period becomes the period compared to. */
const comparedOf = (ctx: DefaultsContext) => ({ basePeriod: ctx.base.basePeriod ?? null, currentPeriod: ctx.base.currentPeriod ?? ctx.base.period ?? null });
const base = (ctx: DefaultsContext) => baseOf(ctx.base);

/** The registry of chart kinds: what differs between kinds lives here, as data. */
export const CHART_REGISTRY: { readonly [K in ChartKind]: ChartKindDef<SpecOf<K>> } = {
  'ranked-bar': {
    build: rankedBar,
    indicators: one,
    normalize: (v) => ({ kind: 'ranked-bar', ...baseOf(v), period: readYear(v.period) }),
    defaults: (ctx) => ({ kind: 'ranked-bar', ...base(ctx), period: ctx.base.period ?? null }),
    controls: ['period'],
    shown: rankedShown,
  },
  'grouped-bar': {
    build: (s, c) => (s.bars === 'indicators' ? indicatorsSideBySide(s, c) : overPeriods(s, c, 'bar')),
    indicators: (s) => (s.bars === 'indicators' ? [s.indicator, ...s.others] : [s.indicator]),
    normalize: (v) => {
      // Saved before `bars` existed: a non-empty `also` list meant the indicators side by side.
      const others = readTexts(v.others ?? v.also).filter((id) => id !== v.indicator);
      const bars = v.bars === 'indicators' || (v.bars === undefined && others.length > 0) ? 'indicators' : 'regions';
      return bars === 'indicators' ? { kind: 'grouped-bar', ...baseOf(v), bars, others } : { kind: 'grouped-bar', ...baseOf(v), bars };
    },
    defaults: (ctx) => {
      if (ctx.base.bars !== 'indicators') return { kind: 'grouped-bar', ...base(ctx), bars: 'regions' };
      const others = (ctx.base.others ?? companions(ctx, ctx.base.indicator)).filter((id) => id !== ctx.base.indicator);
      return { kind: 'grouped-bar', ...base(ctx), bars: 'indicators', others };
    },
    controls: ['bars'],
    shown: (s, c) => (s.bars === 'indicators' ? sideBySideShown(s, c) : shownOf(s, c)),
  },
  line: {
    build: (s, c) => overPeriods(s, c, 'line'),
    indicators: one,
    normalize: (v) => ({ kind: 'line', ...baseOf(v) }),
    defaults: (ctx) => ({ kind: 'line', ...base(ctx) }),
    controls: [],
  },
  'small-multiples': {
    build: smallMultiples,
    indicators: one,
    // One y axis unless the spec says otherwise: panels compare by height.
    normalize: (v) => ({ kind: 'small-multiples', ...baseOf(v), sharedAxis: v.sharedAxis !== false }),
    defaults: (ctx) => ({ kind: 'small-multiples', ...base(ctx), sharedAxis: ctx.base.sharedAxis ?? true }),
    controls: ['sharedAxis'],
    shown: smallMultiplesShown,
  },
  'heat-table': {
    build: heatTable,
    indicators: one,
    normalize: (v) => ({ kind: 'heat-table', ...baseOf(v) }),
    defaults: (ctx) => ({ kind: 'heat-table', ...base(ctx) }),
    controls: [],
  },
  scatter: {
    build: scatter,
    indicators: (s) => [s.indicator, s.indicator2],
    // Saved without a y axis: the chart plotted the indicator against itself.
    normalize: (v) => ({ kind: 'scatter', ...baseOf(v), indicator2: typeof v.indicator2 === 'string' ? v.indicator2 : v.indicator }),
    defaults: (ctx) => ({
      kind: 'scatter',
      ...base(ctx),
      // Two different indicators, never a rate against its own counts: chosen from the data where it is to hand.
      indicator2:
        ctx.base.indicator2 ?? (ctx.cube && chooseScatterY(ctx.cube, ctx.indicators, ctx.base.indicator)) ?? fallbackScatterY(ctx.indicators, ctx.base.indicator),
    }),
    controls: ['indicator2'],
    shown: scatterShown,
  },
  change: {
    build: changeView,
    indicators: one,
    normalize: (v) => ({ kind: 'change', ...baseOf(v), ...readCompared(v), measure: v.measure === 'percent' ? 'percent' : 'absolute' }),
    defaults: (ctx) => ({ kind: 'change', ...base(ctx), ...comparedOf(ctx), measure: ctx.base.measure ?? 'absolute' }),
    controls: ['comparedPeriods', 'measure'],
    shown: changeShown,
  },
  rank: {
    build: rankView,
    indicators: one,
    normalize: (v) => ({ kind: 'rank', ...baseOf(v), ...readCompared(v) }),
    defaults: (ctx) => ({ kind: 'rank', ...base(ctx), ...comparedOf(ctx) }),
    controls: ['comparedPeriods'],
    shown: rankShown,
  },
};

/** The registry entry of a spec's kind, typed for that spec. */
export function kindOf<S extends ChartSpec>(spec: S): ChartKindDef<S> {
  return CHART_REGISTRY[spec.kind] as unknown as ChartKindDef<S>;
}

export function buildKind(spec: ChartSpec, ctx: ChartContext): EChartsOption {
  return kindOf(spec).build(spec, ctx);
}

/** Every indicator a spec's chart reads, the main one first. */
export function specIndicators(spec: ChartSpec): string[] {
  return kindOf(spec).indicators(spec);
}

/** A spec of another kind (or variant): the shared fields carry over, nothing of the old kind stays behind. */
export function changeKind(kind: ChartKind, ctx: DefaultsContext): ChartSpec {
  return CHART_REGISTRY[kind].defaults(ctx);
}

/** Loose fields → the member of their kind. */
export function normalizeKind(kind: ChartKind, loose: LooseSpec): ChartSpec {
  return CHART_REGISTRY[kind].normalize(loose);
}
