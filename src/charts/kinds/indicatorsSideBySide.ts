import type { EChartsOption } from 'echarts';
import type { ValuePoint } from '../../domain/indicatorValues';
import type { Indicator } from '../../domain/model';
import { axisStyle, baseOption, topMargin, valueAxis } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import type { ShownValues } from '../chartKindDef';
import { chartNumbers } from '../chartNumbers';
import { comparePeriods, periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { isDimmed } from '../emphasis';
import { referenceLines, referenceMarkLine } from '../referenceLines';
import { compareZh } from '../../domain/compareZh';

type Spec = SpecBase & { others: readonly string[] };

interface Bar {
  point: ValuePoint;
  indicator: Indicator;
}

/**
 * The bars: one group per region, of the region's latest period over all the indicators
 * (years never mixed in a group); in each group only the indicators that have a value there,
 * and only indicators with some value form a series.
 */
function groupsOf(spec: Spec, ctx: ChartContext) {
  const sels = [spec.indicator, ...spec.others].map((id) => selectPoints(spec, ctx, id));
  const latest = new Map<string, number>();
  for (const s of sels) for (const p of s.points) if (!latest.has(p.region) || comparePeriods(p.period, latest.get(p.region)!) > 0) latest.set(p.region, p.period);
  const regions = [...latest.keys()].sort(compareZh);
  const groups = regions.map((region) => ({
    region,
    period: latest.get(region)!,
    bars: sels.flatMap((s): Bar[] => {
      const p = s.points.find((q) => q.region === region && q.period === latest.get(region));
      return p ? [{ point: p, indicator: s.indicator }] : [];
    }),
  }));
  const used = sels.map((s) => s.indicator).filter((ind) => groups.some((g) => g.bars.some((b) => b.indicator.id === ind.id)));
  return { groups, used };
}

/** A family's name: the main indicator's, 「…等n项指标」 where several are shown, 清单事项数 for the lists. */
function familyName(ctx: ChartContext, used: readonly Indicator[], main: Indicator): string {
  if (used.length > 1 && used.every((i) => i.category === '清单管理')) return ctx.t('chart.sideBySide');
  if (used.length <= 1) return indicatorLabel(ctx, used[0] ?? main);
  const [{ category, unit }] = used;
  if (category && used.every((i) => i.category === category && i.unit === unit)) return ctx.t('chart.family', { category, unit });
  return ctx.t('chart.otherIndicators', { name: indicatorLabel(ctx, used[0]), n: used.length });
}

export function sideBySideShown(spec: Spec, ctx: ChartContext): ShownValues {
  const { groups, used } = groupsOf(spec, ctx);
  const main = selectPoints(spec, ctx, spec.indicator).indicator;
  return { points: groups.flatMap((g) => g.bars.map((b) => b.point)), latestPerRegion: true, name: familyName(ctx, used, main) };
}

/**
 * Several indicators (e.g. the 清单 counts) side by side, one group per region. Each bar has a
 * category of its own and all series share one slot (barGap -100%), so a group holds exactly
 * the bars it has: no empty slots. The region's name (and period) labels its group.
 */
export function indicatorsSideBySide(spec: Spec, ctx: ChartContext): EChartsOption {
  const th = ctx.theme;
  const { groups, used } = groupsOf(spec, ctx);
  const all = groups.flatMap((g) => g.bars.map((b) => b.point));
  const nums = chartNumbers(spec, ctx, used[0] ?? selectPoints(spec, ctx, spec.indicator).indicator, all);
  const samePeriod = new Set(groups.map((g) => g.period)).size <= 1;
  // One category per bar, and an empty one between groups: the bars of a region stand together.
  const cats: ({ label: string; bar: Bar; region: string; first: boolean } | null)[] = [];
  groups.forEach((g, k) => {
    if (k > 0) cats.push(null);
    const mid = Math.floor((g.bars.length - 1) / 2);
    g.bars.forEach((bar, i) => cats.push({ label: i === mid ? (samePeriod ? g.region : `${g.region}\n${periodLabel(g.period)}`) : '', bar, region: g.region, first: i === 0 }));
  });
  const lines = referenceMarkLine(referenceLines(spec, ctx, all, used[0] ?? selectPoints(spec, ctx, spec.indicator).indicator, nums), ctx, 'yAxis');
  const labelled = all.length <= 40;
  return {
    ...baseOption(ctx),
    legend: { top: topMargin(ctx) - 6, left: 16, textStyle: { color: th.text, fontSize: th.fontSize } },
    grid: { left: 24, right: 24, top: topMargin(ctx) + th.fontSize * 2 + 16, bottom: 40 + (samePeriod ? 0 : th.fontSize * 1.5) },
    xAxis: {
      type: 'category',
      data: cats.map((c) => c?.label ?? ''),
      ...axisStyle(ctx),
      axisLabel: { ...axisStyle(ctx).axisLabel, interval: 0, overflow: 'none' },
      axisTick: { show: false },
      splitLine: { show: false },
    },
    yAxis: valueAxis(ctx, nums),
    series: used.map((ind, k) => ({
      type: 'bar' as const,
      name: indicatorLabel(ctx, ind),
      color: th.palette[k % th.palette.length],
      barGap: '-100%',
      barCategoryGap: '10%',
      barMaxWidth: th.name === 'screen' ? 40 : 80,
      label: { show: labelled, position: 'top' as const, color: th.text, fontSize: Math.round(th.fontSize * 0.85) },
      data: cats.map((c) => {
        if (!c || c.bar.indicator.id !== ind.id) return null;
        const p = c.bar.point;
        return {
          value: p.value,
          tip: () => nums.tip(p, ind),
          label: { formatter: nums.label(p) },
          ...(isDimmed(spec, p.region) ? { itemStyle: { opacity: 0.35 } } : {}),
        };
      }),
      ...(k === 0 && lines ? { markLine: lines } : {}),
    })),
  };
}
