import { besideWords } from '../besideWords';
import { withAlpha } from '../withAlpha';
import type { EChartsOption, MarkLineComponentOption } from 'echarts';
import { ratioOfSums, type ValuePoint } from '../../domain/indicatorValues';
import { comparePeriods, periodEndYear, periodGrain, periodLabel } from '../../domain/parsePeriod';
import { escapeHtml } from '../escapeHtml';
import { axisStyle, baseOption, topMargin, rankAxis, barMaxWidth } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext, type Selection } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers, chooseDigits, isRate } from '../chartNumbers';
import type { ChangeSpec, ComparedPeriods } from '../chartSpecTypes';
import { isDimmed, labelColor } from '../emphasis';
import { referenceMarkLine } from '../referenceLines';
import { fixedNumber, markText } from '../tooltipText';
import { faint } from './faint';
import { compareZh } from '../../domain/compareZh';

/** The two periods compared, the earlier first. */
export interface PeriodPair {
  base: number;
  current: number;
}

/** How many of the latest periods are tried as a pair (monthly data over decades stays cheap). */
const TRIED = 60;

/**
 * The periods a change or rank chart compares: the ones the spec names, the rest chosen from
 * the data — the pair of periods (same grain) most regions have both of, the latest such pair
 * on a tie. Null when the data has fewer than two periods and the spec names none.
 */
export function comparedPeriods(spec: ComparedPeriods, points: readonly ValuePoint[]): PeriodPair | null {
  const { basePeriod: b, currentPeriod: c } = spec;
  if (b != null && c != null) return comparePeriods(b, c) <= 0 ? { base: b, current: c } : { base: c, current: b };
  const regionsOf = new Map<number, Set<string>>();
  for (const p of points) {
    let s = regionsOf.get(p.period);
    if (!s) regionsOf.set(p.period, (s = new Set()));
    s.add(p.region);
  }
  const latest = [...regionsOf.keys()].sort(comparePeriods).reverse().slice(0, TRIED);
  let best: (PeriodPair & { both: number }) | null = null;
  for (const current of c != null ? [c] : latest) {
    for (const base of b != null ? [b] : latest) {
      if (comparePeriods(base, current) >= 0 || periodGrain(base) !== periodGrain(current)) continue;
      const cur = regionsOf.get(current) ?? new Set<string>();
      let both = 0;
      for (const r of regionsOf.get(base) ?? []) if (cur.has(r)) both++;
      // Candidates come latest first, so only a strictly larger overlap replaces the best.
      if (!best || both > best.both) best = { base, current, both };
    }
  }
  return best && { base: best.base, current: best.current };
}

/** A region's values in the two periods; a missing one is undefined (a gap, never a zero). */
export interface PairRow {
  region: string;
  base?: ValuePoint;
  current?: ValuePoint;
}

/** Every region selected (with a value in any period of the scope), by name, with its values of the two periods. */
export function pairRows(sel: Selection, pair: PeriodPair): PairRow[] {
  const rows = new Map<string, PairRow>(sel.regions.map((region) => [region, { region }]));
  for (const p of sel.points) {
    if (p.period === pair.base) rows.get(p.region)!.base = p;
    else if (p.period === pair.current) rows.get(p.region)!.current = p;
  }
  return [...rows.values()];
}

/** 「2023年」 for a year or span, the label itself for months and quarters. */
export function periodWords(ctx: ChartContext, key: number): string {
  const grain = periodGrain(key);
  return grain === 'year' || grain === 'span' ? ctx.t('view.year', { period: periodLabel(key) }) : periodLabel(key);
}

/** 「2022—2023年」, or 「2011—2015年 至 2016—2020年」 where a side is not a single year. */
export function pairWords(ctx: ChartContext, pair: PeriodPair): string {
  const years = periodGrain(pair.base) === 'year' && periodGrain(pair.current) === 'year';
  return years
    ? ctx.t('view.yearSpan', { base: periodLabel(pair.base), current: periodLabel(pair.current) })
    : ctx.t('view.periodSpan', { base: periodWords(ctx, pair.base), current: periodWords(ctx, pair.current) });
}

/** Consecutive years: the change is 「同比」. */
export function isYearOnYear(pair: PeriodPair): boolean {
  return periodGrain(pair.base) === 'year' && periodGrain(pair.current) === 'year' && periodEndYear(pair.current) - periodEndYear(pair.base) === 1;
}

/**
 * Reference lines across bars on an inverted category axis (first region on top): there a
 * line's 'end' is at the foot, over the axis labels; swapped, the first label sits on top.
 */
export function labelsOnTop(markLine: MarkLineComponentOption | undefined): MarkLineComponentOption | undefined {
  if (!markLine?.data) return markLine;
  const flip = (p: unknown) => (p === 'end' ? 'start' : p === 'start' ? 'end' : p);
  const data = (markLine.data as { label?: { position?: unknown } }[]).map((d) => ({ ...d, label: { ...d.label, position: flip(d.label?.position) } }));
  return { ...markLine, data } as MarkLineComponentOption;
}

/** Drawn for a region beside a highlight: its own colour, pale. */
function pale(color: string) {
  return { color: withAlpha(color, 0.25) };
}

interface ChangeRow extends PairRow {
  /** Null where either period is missing (or the base is 0 for a percent change). */
  change: number | null;
}

function changeOf(row: PairRow, measure: ChangeSpec['measure']): number | null {
  if (!row.base || !row.current) return null;
  const d = row.current.value - row.base.value;
  if (measure === 'absolute') return d;
  return row.base.value === 0 ? null : (d / Math.abs(row.base.value)) * 100;
}

interface Changes {
  sel: Selection;
  pair: PeriodPair | null;
  /** Regions with both values, largest rise first. */
  drawn: ChangeRow[];
  /** Regions missing a period (or with a base of 0 for a percent change), by name. */
  gaps: ChangeRow[];
  /** The rate's (percentage points) or count's difference, or percent of the base. */
  rate: boolean;
  /** The shown regions together (see averageChange), where the spec asks for it. */
  average: number | null;
}

function changes(spec: ChangeSpec, ctx: ChartContext): Changes {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const pair = comparedPeriods(spec, sel.points);
  const rate = isRate(sel.indicator);
  const rows: ChangeRow[] = pair ? pairRows(sel, pair).map((r) => ({ ...r, change: changeOf(r, spec.measure) })) : [];
  const drawn = rows.filter((r) => r.change !== null).sort((a, b) => b.change! - a.change! || compareZh(a.region, b.region));
  const gaps = rows.filter((r) => r.change === null);
  return { sel, pair, drawn, gaps, rate, average: spec.average ? averageChange(drawn, spec.measure, !!sel.indicator.numerator) : null };
}

/**
 * What the chart draws, for its words: both values of every region drawn, in the unit of the
 * change (percentage points for a rate's difference, % for a percent change), so the subtitle
 * says the unit of the bars; the name says 同比 for consecutive years.
 */
export function changeShown(spec: ChangeSpec, ctx: ChartContext): ShownValues {
  const { sel, pair, drawn, rate, average } = changes(spec, ctx);
  const unit = spec.measure === 'percent' ? '%' : rate ? ctx.t('view.points') : '';
  const points = drawn.flatMap((r) => [r.base!, r.current!]).map((p) => (unit ? { ...p, unit } : p));
  const indicator = indicatorLabel(ctx, sel.indicator);
  const subtitle: string[] = [];
  if (!pair) subtitle.push(ctx.t('view.needTwoPeriods'));
  else {
    subtitle.push(isYearOnYear(pair) ? ctx.t('view.change.yoy', { base: periodWords(ctx, pair.base) }) : ctx.t('view.change.since', { base: periodWords(ctx, pair.base), current: periodWords(ctx, pair.current) }));
    if (spec.measure === 'percent') subtitle.push(ctx.t('view.change.percentNote'));
    else if (rate) subtitle.push(ctx.t('view.change.pointsNote'));
    if (!drawn.length) subtitle.push(ctx.t('view.noPairs'));
  }
  return {
    points,
    name: ctx.t(pair && isYearOnYear(pair) ? 'view.change.nameYoY' : 'view.change.name', { indicator }),
    subtitle,
    sums: !!sel.indicator.numerator && average !== null,
  };
}

/**
 * Per region, the change between two periods as a bar from zero: rises in the theme's accent
 * marked ↑, falls muted marked ↓, largest rise first; regions missing a period (or with a
 * base of 0 for a percent change) listed at the foot as 「无数据」, never drawn as 0. The
 * words (title with the periods, 同比, unit) are chartWords', from changeShown.
 */
export function changeView(spec: ChangeSpec, ctx: ChartContext): EChartsOption {
  const { sel, pair, drawn, gaps, rate, average } = changes(spec, ctx);
  const th = ctx.theme;
  if (!pair) return { ...baseOption(ctx), series: [] };

  // One number format: the values' own (tooltips) and the changes' (labels, axis, line).
  const nums = chartNumbers(spec, ctx, sel.indicator, drawn.flatMap((r) => [r.base!, r.current!]));
  // Float noise (0.15 − 0.1) must not turn a whole change into a fraction; a rate or percent change keeps one decimal.
  const chosen = chooseDigits(drawn.map((r) => Math.round(r.change! * 1e9) / 1e9));
  const digits = spec.decimals ?? (rate || spec.measure === 'percent' ? Math.max(1, chosen) : chosen);
  const amount = (v: number) => {
    const n = fixedNumber(ctx, Math.abs(v), digits);
    return spec.measure === 'percent' ? `${n}%` : rate ? ctx.t('view.pointsValue', { n }) : `${n}${sel.indicator.unit}`;
  };
  const flat = (v: number) => Math.abs(v) < 0.5 * 10 ** -digits;
  const signed = (v: number) => (flat(v) ? ctx.t('view.flat') : `${v > 0 ? '↑' : '↓'}${amount(v)}`);
  const up = th.accent;
  const down = th.muted;

  const gapText = (r: ChangeRow) =>
    !r.base && !r.current ? ctx.t('view.noDataBoth', { base: periodWords(ctx, pair.base), current: periodWords(ctx, pair.current) })
      : !r.base ? ctx.t('view.noDataIn', { period: periodWords(ctx, pair.base) })
      : !r.current ? ctx.t('view.noDataIn', { period: periodWords(ctx, pair.current) })
        : ctx.t('view.baseZero');
  const tip = (r: ChangeRow) => {
    const head = `<b>${escapeHtml(r.region)} · ${escapeHtml(pairWords(ctx, pair))}</b><br/>${escapeHtml(r.change === null ? gapText(r) : signed(r.change))}`;
    const each = [r.base, r.current].filter((p): p is ValuePoint => !!p).map((p) => nums.tip(p, sel.indicator));
    return [head, ...each].join('<hr/>');
  };
  const item = (r: ChangeRow) => {
    if (r.change === null) return { value: null, tip: () => tip(r) };
    const color = r.change >= 0 ? up : down;
    const careful = [r.base!, r.current!].some((p) => p.small || p.origin === 'stated');
    const marks = [...new Set([markText(ctx, r.base!), markText(ctx, r.current!)].filter(Boolean))].join(' ');
    return {
      value: r.change,
      tip: () => tip(r),
      itemStyle: careful ? faint(color) : isDimmed(spec, r.region) ? pale(color) : { color },
      label: {
        show: true,
        position: r.change >= 0 ? ('right' as const) : ('left' as const),
        formatter: `${signed(r.change)} ${marks}`.trim(),
        color: labelColor(spec, ctx, r.region),
        fontSize: th.fontSize,
        fontWeight: spec.highlight?.includes(r.region) ? ('bold' as const) : ('normal' as const),
      },
    };
  };

  const all = [...drawn, ...gaps];
  const label = average === null ? '' : ctx.t(sel.indicator.numerator && spec.measure === 'absolute' ? 'view.change.overall' : 'view.change.average', { value: signed(average) });
  const markLine = average === null ? undefined : labelsOnTop(referenceMarkLine([{ value: average, kind: 'average', label }], ctx, 'xAxis'));
  const axisUnit = spec.measure === 'percent' ? '%' : '';
  return {
    ...baseOption(ctx),
    grid: { left: 24, right: 40 + th.fontSize * 11, top: topMargin(ctx) + (markLine ? th.fontSize : 0), bottom: 30 },
    xAxis: {
      type: 'value',
      ...axisStyle(ctx),
      minInterval: 10 ** -digits,
      // A fall's label sits left of its bar: room for it before the region names (that odd minimum unlabelled).
      min: (v: { min: number; max: number }) => (v.min < 0 ? v.min - (Math.max(v.max, 0) - v.min) * 0.3 : 0),
      axisLabel: { ...axisStyle(ctx).axisLabel, showMinLabel: !drawn.some((r) => r.change! < 0), formatter: (v: number) => fixedNumber(ctx, v, digits) + axisUnit },
    },
    yAxis: rankAxis(ctx, all.map((r) => (r.change === null ? besideWords(r.region, gapText(r)) : r.region))),
    series: [
      {
        type: 'bar',
        barMaxWidth: barMaxWidth(ctx),
        data: all.map(item),
        ...(markLine ? { markLine } : {}),
      },
    ],
  };
}

/**
 * The change of the shown regions together: a rate's from the ratios of the summed counts of
 * both periods (never a mean of rates); a count's as the mean change, or the change of the sum in percent.
 */
function averageChange(rows: readonly ChangeRow[], measure: ChangeSpec['measure'], fromCounts: boolean): number | null {
  if (!rows.length) return null;
  if (fromCounts) {
    const b = ratioOfSums(rows.map((r) => r.base!));
    const c = ratioOfSums(rows.map((r) => r.current!));
    if (!b || !c || b.count !== rows.length || c.count !== rows.length) return null;
    return measure === 'absolute' ? c.value - b.value : b.value === 0 ? null : ((c.value - b.value) / b.value) * 100;
  }
  const sb = rows.reduce((s, r) => s + r.base!.value, 0);
  const sc = rows.reduce((s, r) => s + r.current!.value, 0);
  return measure === 'absolute' ? (sc - sb) / rows.length : sb === 0 ? null : ((sc - sb) / Math.abs(sb)) * 100;
}
