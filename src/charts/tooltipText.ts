import { besideWords } from './besideWords';
import type { ValuePoint } from '../domain/indicatorValues';
import { sourceLabel } from '../domain/reportSource';
import { EDIT_SOURCE } from '../domain/editSource';
import type { Indicator } from '../domain/model';
import { indicatorLabel, indicatorOf, type ChartContext } from './chartContext';
import { periodLabel } from '../domain/parsePeriod';
import { escapeHtml } from './escapeHtml';

const formats = new Map<string, Intl.NumberFormat>();

/** zh-CN/en number text; the formatters are built once (toLocaleString builds one per call). */
export function formatNumber(ctx: Pick<ChartContext, 'lang'>, n: number, digits = 1): string {
  return fixedNumber(ctx, n, Number.isInteger(n) ? 0 : digits);
}

/** A number with exactly `digits` decimals: one chart's numbers all look alike (9.0% beside 9.3%). */
export function fixedNumber(ctx: Pick<ChartContext, 'lang'>, n: number, digits: number): string {
  const key = `${ctx.lang}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(ctx.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(n);
}

/** 「约2600项」 for 2600余, 「17.3%」 for a rate; with `digits`, exactly that many decimals. */
export function valueText(ctx: ChartContext, p: ValuePoint, digits?: number): string {
  const v = digits === undefined ? formatNumber(ctx, p.value) : fixedNumber(ctx, p.value, digits);
  const unit = p.unit === '%' ? '%' : p.unit;
  return p.qualifier ? `${ctx.t('chart.approx')}${v}${unit}` : `${v}${unit}`;
}

/** The short marks a bar label carries: small denominator, stated only, disagreement. */
export function markText(ctx: ChartContext, p: ValuePoint): string {
  const marks: string[] = [];
  if (p.origin === 'computed' && p.small) marks.push(ctx.t('chart.mark.small', { n: formatNumber(ctx, p.denominator) }));
  if (p.origin === 'stated') marks.push(ctx.t('chart.mark.stated'));
  if (p.mismatch) marks.push('⚠');
  return besideWords(...marks);
}

/** The tooltip of one point, as escaped HTML: value, counts, raw text and source cells. */
export function tooltipText(ctx: ChartContext, p: ValuePoint, ind: Indicator, digits?: number): string {
  const lines: string[] = [];
  const e = escapeHtml;
  lines.push(`<b>${e(p.region)} · ${e(periodLabel(p.period))}</b>`);
  lines.push(`${e(ctx.t('chart.tip.label', { name: indicatorLabel(ctx, ind) }))}<b>${e(valueText(ctx, p, digits))}</b>`);
  if (p.origin === 'computed') {
    const num = indicatorOf(ctx, ind.numerator!);
    const den = indicatorOf(ctx, ind.denominator!);
    lines.push(e(ctx.t('chart.tip.ratio', { num: indicatorLabel(ctx, num), n: formatNumber(ctx, p.numerator), den: indicatorLabel(ctx, den), d: formatNumber(ctx, p.denominator) })));
    if (p.stated !== undefined) lines.push(e(ctx.t(p.mismatch ? 'chart.tip.statedMismatch' : 'chart.tip.statedAgrees', { stated: digits === undefined ? formatNumber(ctx, p.stated) : fixedNumber(ctx, p.stated, digits) })));
  }
  if (p.origin === 'stated') lines.push(e(ctx.t('chart.tip.statedOnly')));
  if (p.origin === 'computed' && p.small) lines.push(e(ctx.t('chart.tip.small', { n: formatNumber(ctx, p.denominator) })));
  if (p.raw) lines.push(e(ctx.t('chart.tip.raw', { raw: p.raw })));
  for (const s of p.sources) {
    if (s.sheet === EDIT_SOURCE) {
      lines.push(e(ctx.t('chart.tip.edited')));
      continue;
    }
    const file = ctx.files.get(s.importId) ?? '';
    const where = sourceLabel(s.sheet, s.row, s.col, (paragraph, offset) => ctx.t('data.sourceText', { paragraph, offset }));
    lines.push(e(ctx.t(`chart.tip.source.${s.role}`, { file, where })));
    // A count behind a computed rate says where it was written: the report's sentence, the cell's text.
    if (s.raw && s.raw !== p.raw) lines.push(e(ctx.t('chart.tip.raw', { raw: s.raw.length > 80 ? `${s.raw.slice(0, 80)}…` : s.raw })));
  }
  return lines.join('<br/>');
}
