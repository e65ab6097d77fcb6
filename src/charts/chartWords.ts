import { periodFromKey, periodLabel } from '../domain/parsePeriod';
import { indicatorLabel, indicatorOf, type ChartContext } from './chartContext';
import { isHandEdited, sourceNames } from './chartSources';
import type { ChartSpec } from './chartSpecTypes';
import { shownValues } from './shownValues';

/** The four lines of words around a chart. */
export interface Words {
  title: string;
  subtitle: string;
  notes: string;
  source: string;
}

/** The words a chart shows (the spec's own where it has them) and the generated ones beneath. */
export interface ChartWords extends Words {
  generated: Words;
}

const WORD_KEYS = ['title', 'subtitle', 'notes', 'source'] as const;

/**
 * The words of a chart: title (name + the period or span shown), subtitle (unit, 各地区最新年份),
 * notes (the method note only where a rate is summed; small n, stated, mismatch, 含手工修正) and
 * the source line (the imports' names, never a file extension or the hand-edit import).
 * A spec's own text wins wherever it is a string, even an empty one (the presenter blanked the
 * line); delete the field to get the generated words back.
 */
export function chartWords(spec: ChartSpec, ctx: ChartContext): ChartWords {
  const generated = generatedWords(spec, ctx);
  const words = { ...generated };
  for (const k of WORD_KEYS) {
    const own = spec[k];
    if (typeof own === 'string') words[k] = own;
  }
  return { ...words, generated };
}

function generatedWords(spec: ChartSpec, ctx: ChartContext): Words {
  const shown = shownValues(spec, ctx);
  const { points } = shown;
  const main = indicatorOf(ctx, spec.indicator);
  const sep = ctx.t('common.clauseSep');

  const name = shown.name ?? indicatorLabel(ctx, main);
  const period = periodText(ctx, points.map((p) => p.period));
  const title = period ? ctx.t('chart.words.title', { name, period }) : name;

  const sub: string[] = [];
  const units = new Set(points.map((p) => p.unit || main.unit).filter(Boolean));
  const unit = units.size === 1 ? [...units][0] : units.size === 0 ? main.unit : '';
  if (unit) sub.push(ctx.t('chart.unit', { unit }));
  if (shown.latestPerRegion && new Set(points.map((p) => p.period)).size > 1) sub.push(ctx.t('chart.words.latest'));
  sub.push(...(shown.subtitle ?? []));
  if (!points.length) sub.push(ctx.t('chart.noData'));

  const notes: string[] = [];
  if (shown.sums) notes.push(ctx.t('chart.rateNote'));
  if (points.some((p) => p.small)) notes.push(ctx.t('chart.smallNote'));
  if (points.some((p) => p.origin === 'stated')) notes.push(ctx.t('chart.statedNote'));
  if (points.some((p) => p.mismatch)) notes.push(ctx.t('chart.mismatchNote'));
  if (points.some(isHandEdited)) notes.push(ctx.t('chart.words.edited'));

  const names = sourceNames(points, ctx);
  const source = names.length ? ctx.t('present.source', { files: names.join(ctx.lang === 'en' ? ', ' : '、') }) : '';
  return { title, subtitle: sub.join(sep), notes: notes.join(sep), source };
}

/** 「2023年」, 「2011—2015年」 for one period; 「2014—2023年」 for the span of several. */
export function periodText(ctx: Pick<ChartContext, 't'>, keys: readonly number[]): string {
  const uniq = [...new Set(keys)];
  if (!uniq.length) return '';
  if (uniq.length === 1) {
    const label = periodLabel(uniq[0]);
    return /[年月季]/.test(label) ? label : ctx.t('chart.words.year', { year: label });
  }
  const periods = uniq.map(periodFromKey);
  const from = Math.min(...periods.map((p) => p.start));
  const to = Math.max(...periods.map((p) => p.end));
  return from === to ? ctx.t('chart.words.year', { year: from }) : ctx.t('chart.words.years', { from, to });
}
