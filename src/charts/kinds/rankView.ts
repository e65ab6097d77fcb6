import { besideWords } from '../besideWords';
import type { EChartsOption } from 'echarts';
import type { ValuePoint } from '../../domain/indicatorValues';
import { comparePeriods } from '../../domain/parsePeriod';
import { escapeHtml } from '../escapeHtml';
import { baseOption, topMargin, valueAxis, rankAxis, barMaxWidth } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext, type Selection } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers } from '../chartNumbers';
import type { RankSpec } from '../chartSpecTypes';
import { labelColor, regionPaint } from '../emphasis';
import { referenceLines, referenceMarkLine } from '../referenceLines';
import { faint } from './faint';
import { comparedPeriods, labelsOnTop, pairRows, periodWords, type PairRow, type PeriodPair } from './changeView';
import { compareZh } from '../../domain/compareZh';

/** Values this close are equal (a rate computed two ways differs in the last bits). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export interface Rank {
  rank: number;
  tied: boolean;
}

/**
 * Rank of each value, largest = 1; equal values share a rank and the next rank skips
 * (1, 2, 2, 4). Keyed by region.
 */
export function ranksOf(points: readonly ValuePoint[]): Map<string, Rank> {
  const sorted = [...points].sort((a, b) => b.value - a.value);
  const out = new Map<string, Rank>();
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const rank = prev && same(prev.value, p.value) ? out.get(prev.region)!.rank : i + 1;
    out.set(p.region, { rank, tied: (!!prev && same(prev.value, p.value)) || (!!next && same(next.value, p.value)) });
  });
  return out;
}

/** 「↑2」 up two places since the base period, 「↓1」, 「名次不变」. */
export function moveText(ctx: ChartContext, rank: number, baseRank: number): string {
  const d = baseRank - rank;
  return d > 0 ? `↑${d}` : d < 0 ? `↓${-d}` : ctx.t('view.rank.same');
}

/** Chrome 80 has no Array.prototype.at: the last period in time order, by hand. */
function latestPeriod(points: readonly ValuePoint[]): number | undefined {
  let out: number | undefined;
  for (const p of points) if (out === undefined || comparePeriods(p.period, out) > 0) out = p.period;
  return out;
}

interface RankRow extends PairRow {
  rank?: Rank;
  baseRank?: Rank;
}

interface Ranking {
  sel: Selection;
  /** Null: no data. base NaN: one period only (ranks without moves). */
  pair: PeriodPair | null;
  withBase: boolean;
  /** Regions with a current value, in rank order. */
  drawn: RankRow[];
  /** Regions with only a base value, in their base rank order. */
  gaps: RankRow[];
}

function ranking(spec: RankSpec, ctx: ChartContext): Ranking {
  const sel = selectPoints(spec, ctx, spec.indicator);
  const compared = comparedPeriods(spec, sel.points);
  const current = compared?.current ?? spec.currentPeriod ?? latestPeriod(sel.points);
  if (current === undefined) return { sel, pair: null, withBase: false, drawn: [], gaps: [] };
  // NaN matches no period.
  const pair: PeriodPair = compared ?? { base: NaN, current };
  const rows: RankRow[] = pairRows(sel, pair);
  const ranks = ranksOf(rows.flatMap((r) => (r.current ? [r.current] : [])));
  const baseRanks = ranksOf(rows.flatMap((r) => (r.base ? [r.base] : [])));
  for (const r of rows) {
    r.rank = ranks.get(r.region);
    r.baseRank = baseRanks.get(r.region);
  }
  const byName = (a: RankRow, b: RankRow) => compareZh(a.region, b.region);
  const drawn = rows.filter((r) => r.current).sort((a, b) => a.rank!.rank - b.rank!.rank || byName(a, b));
  // Without a current value: by base rank, then those in neither period.
  const gaps = rows.filter((r) => !r.current).sort((a, b) => (a.baseRank?.rank ?? Infinity) - (b.baseRank?.rank ?? Infinity) || byName(a, b));
  return { sel, pair, withBase: compared !== null, drawn, gaps };
}

/** What the chart draws, for its words: the values of both periods (the moves read both). */
export function rankShown(spec: RankSpec, ctx: ChartContext): ShownValues {
  const { sel, pair, withBase, drawn, gaps } = ranking(spec, ctx);
  const points = [...drawn, ...gaps].flatMap((r) => [r.current, r.base].filter((p): p is ValuePoint => !!p));
  const subtitle = [ctx.t('view.rank.rule')];
  if (pair && withBase) subtitle.push(ctx.t('view.rank.since', { current: periodWords(ctx, pair.current), base: periodWords(ctx, pair.base) }));
  return {
    points,
    name: ctx.t('view.rank.name', { indicator: indicatorLabel(ctx, sel.indicator) }),
    subtitle,
    sums: !!sel.indicator.numerator && spec.average === true && drawn.length > 1,
  };
}

/**
 * The current period's values as bars in rank order, each labelled 「排名第3位 ↑2」 (the move
 * since the base period); a region without a current value is listed at the foot with its
 * base rank, never drawn as 0. Larger ranks first (the catalog does not say where smaller is better).
 */
export function rankView(spec: RankSpec, ctx: ChartContext): EChartsOption {
  const { sel, pair, withBase, drawn, gaps } = ranking(spec, ctx);
  if (!pair) return { ...baseOption(ctx), series: [] };
  const th = ctx.theme;
  const current = drawn.map((r) => r.current!);
  const nums = chartNumbers(spec, ctx, sel.indicator, current);
  const paint = regionPaint(spec, ctx, sel.regions);
  const rankWords = (x: Rank) => ctx.t(x.tied ? 'view.rank.tied' : 'view.rank.nth', { rank: x.rank });
  const moveWords = (r: RankRow) =>
    !withBase ? '' : r.baseRank ? moveText(ctx, r.rank!.rank, r.baseRank.rank) : ctx.t('view.noDataIn', { period: periodWords(ctx, pair.base) });
  const gapText = (r: RankRow) =>
    r.baseRank
      ? ctx.t('view.rank.gap', { period: periodWords(ctx, pair.current), base: periodWords(ctx, pair.base), rank: rankWords(r.baseRank) })
      : withBase
        ? ctx.t('view.noDataBoth', { base: periodWords(ctx, pair.base), current: periodWords(ctx, pair.current) })
        : ctx.t('view.noDataIn', { period: periodWords(ctx, pair.current) });

  const tip = (r: RankRow) => {
    const lines = [`<b>${escapeHtml(r.region)}</b>`];
    if (r.rank) lines.push(escapeHtml(besideWords(periodWords(ctx, pair.current), rankWords(r.rank), moveWords(r))));
    if (r.baseRank) lines.push(escapeHtml(`${periodWords(ctx, pair.base)} ${rankWords(r.baseRank)}`));
    const each = [r.current, r.base].filter((p): p is ValuePoint => !!p).map((p) => nums.tip(p, sel.indicator));
    return [lines.join('<br/>'), ...each].join('<hr/>');
  };
  const item = (r: RankRow) => {
    if (!r.current) return { value: null, tip: () => tip(r) };
    const p = r.current;
    const color = paint.get(r.region)!;
    return {
      value: p.value,
      tip: () => tip(r),
      itemStyle: p.small || p.origin === 'stated' ? faint(color) : { color },
      label: {
        show: true,
        position: 'right' as const,
        formatter: besideWords(nums.label(p), rankWords(r.rank!), moveWords(r)),
        color: labelColor(spec, ctx, r.region),
        fontSize: th.fontSize,
      },
    };
  };

  const lines = referenceLines(spec, ctx, current, sel.indicator, nums);
  const all = [...drawn, ...gaps];
  return {
    ...baseOption(ctx),
    grid: { left: 24, right: 40 + th.fontSize * 14, top: topMargin(ctx) + (lines.length ? th.fontSize : 0), bottom: 30 },
    xAxis: valueAxis(ctx, nums),
    yAxis: rankAxis(ctx, all.map((r) => (r.current ? r.region : besideWords(r.region, gapText(r))))),
    series: [
      {
        type: 'bar',
        barMaxWidth: barMaxWidth(ctx),
        data: all.map(item),
        ...(lines.length ? { markLine: labelsOnTop(referenceMarkLine(lines, ctx, 'xAxis')) } : {}),
      },
    ],
  };
}
