import type { ValuePoint } from '../../domain/indicatorValues';
import type { ChartContext, Selection } from '../chartContext';

/** The line under the title: unit, how rates were computed, and what the marks mean. */
export function subtitle(ctx: ChartContext, sel: Selection, points: readonly ValuePoint[]): string {
  const parts: string[] = [];
  if (sel.indicator.unit) parts.push(ctx.t('chart.unit', { unit: sel.indicator.unit }));
  if (sel.indicator.numerator) parts.push(ctx.t('chart.rateNote'));
  if (points.some((p) => p.small)) parts.push(ctx.t('chart.smallNote'));
  if (points.some((p) => p.origin === 'stated')) parts.push(ctx.t('chart.statedNote'));
  if (points.some((p) => p.mismatch)) parts.push(ctx.t('chart.mismatchNote'));
  if (!points.length) parts.push(ctx.t('chart.noData'));
  return parts.join(ctx.t('common.clauseSep'));
}
