import type { EChartsOption } from 'echarts';
import { pointKey, type ValuePoint } from '../../domain/indicatorValues';
import { axisStyle, baseOption, topMargin } from '../baseOption';
import { indicatorLabel, selectPoints, type ChartContext } from '../chartContext';
import { comparePeriods, periodLabel } from '../../domain/parsePeriod';
import type { SpecBase } from '../chartSpecTypes';
import { tooltipText, valueText } from '../tooltipText';

/** Several indicators (e.g. the 清单 counts) side by side for each region and period that has any. */
export function indicatorsSideBySide(spec: SpecBase & { others: readonly string[] }, ctx: ChartContext): EChartsOption {
  const th = ctx.theme;
  const sels = [spec.indicator, ...spec.others].map((id) => selectPoints(spec, ctx, id));
  const keys = new Map<string, { region: string; period: number }>();
  for (const s of sels) for (const p of s.points) keys.set(pointKey(p.region, p.period), { region: p.region, period: p.period });
  const cats = [...keys.entries()].sort(([, a], [, b]) => a.region.localeCompare(b.region, 'zh-CN') || comparePeriods(a.period, b.period));
  const units = [...new Set(sels.map((s) => s.indicator.unit).filter(Boolean))];
  return {
    ...baseOption(ctx, spec.title || ctx.t('chart.sideBySide'), units.length === 1 ? ctx.t('chart.unit', { unit: units[0] }) : ''),
    legend: { top: topMargin(ctx) - 6, left: 16, textStyle: { color: th.text, fontSize: th.fontSize } },
    grid: { left: 24, right: 24, top: topMargin(ctx) + th.fontSize * 2 + 16, bottom: 40 },
    xAxis: { type: 'category', data: cats.map(([, c]) => `${c.region}\n${periodLabel(c.period)}`), ...axisStyle(ctx), splitLine: { show: false } },
    yAxis: { type: 'value', ...axisStyle(ctx) },
    series: sels.map((s, k) => {
      const by = new Map<string, ValuePoint>(s.points.map((p) => [pointKey(p.region, p.period), p]));
      return {
        type: 'bar' as const,
        name: indicatorLabel(ctx, s.indicator),
        color: th.palette[k % th.palette.length],
        barMaxWidth: th.name === 'screen' ? 26 : 52,
        label: { show: cats.length * sels.length <= 40, position: 'top' as const, color: th.text, fontSize: Math.round(th.fontSize * 0.85) },
        data: cats.map(([key]) => {
          const p = by.get(key);
          return p ? { value: p.value, tip: () => tooltipText(ctx, p, s.indicator), label: { formatter: valueText(ctx, p) } } : null;
        }),
      };
    }),
  };
}
