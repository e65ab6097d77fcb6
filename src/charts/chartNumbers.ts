import { besideWords } from './besideWords';
import type { ValuePoint } from '../domain/indicatorValues';
import type { Indicator } from '../domain/model';
import type { ChartContext } from './chartContext';
import type { SpecBase } from './chartSpecTypes';
import { fixedNumber, markText, tooltipText, valueText } from './tooltipText';

/** One number format for a whole chart: labels, tooltips, axis and reference lines alike. */
export interface ChartNumbers {
  digits: number;
  /** A rate (unit % or computed from counts): the axis and every value say %. */
  rate: boolean;
  /** A bare number, with % for a rate. */
  text(n: number): string;
  /** A value with its unit: 「约2,600项」, 「17.3%」. */
  value(p: ValuePoint): string;
  /** A value's label: the value with its marks (n=2, 所报, ⚠). */
  label(p: ValuePoint): string;
  tip(p: ValuePoint, ind: Indicator): string;
  /** The value axis: numbers in this format, % on a rate axis, no tick finer than the decimals. */
  axis: { axisLabel: { formatter: (v: number) => string }; minInterval: number };
}

/** Decimals chosen from the data: none for whole numbers, one in general, two for values below 1. */
export function chooseDigits(values: readonly number[]): number {
  if (values.every(Number.isInteger)) return 0;
  const max = Math.max(...values.map(Math.abs));
  return max < 1 ? 2 : 1;
}

export function isRate(ind: Indicator): boolean {
  return ind.unit === '%' || !!(ind.numerator && ind.denominator);
}

export function chartNumbers(spec: Pick<SpecBase, 'decimals'>, ctx: ChartContext, ind: Indicator, points: readonly ValuePoint[]): ChartNumbers {
  const digits = spec.decimals ?? chooseDigits(points.map((p) => p.value));
  const rate = isRate(ind);
  const text = (n: number) => fixedNumber(ctx, n, digits) + (rate ? '%' : '');
  return {
    digits,
    rate,
    text,
    value: (p) => valueText(ctx, p, digits),
    label: (p) => besideWords(valueText(ctx, p, digits), markText(ctx, p)),
    tip: (p, i) => tooltipText(ctx, p, i, digits),
    axis: { axisLabel: { formatter: (v: number) => (rate ? `${fixedNumber(ctx, v, digits)}%` : fixedNumber(ctx, v, digits)) }, minInterval: 10 ** -digits },
  };
}
