import type { EChartsOption } from 'echarts';
import type { ChartContext } from './chartContext';
import { buildKind } from './chartKinds';
import type { ChartSpec } from './chartSpec';
import { chartWords, type Words } from './chartWords';

/**
 * Spec + data → ECharts option, by the spec's kind (chartKinds.ts), with the chart's words
 * (chartWords: title, subtitle, and notes + source as the foot line). Pure: no DOM, no storage,
 * same input → same output. `words`: the spec's chartWords, where the caller already has them.
 */
export function buildChartOption(spec: ChartSpec, ctx: ChartContext, words: Words = chartWords(spec, ctx)): EChartsOption {
  const option = withWords(buildKind(spec, ctx), words);
  const foot = ctx.foot === false ? '' : footText(ctx, words);
  return foot ? withFootnote(option, ctx, foot) : option;
}

/** The first title of an option (small multiples have one per panel after it) carries the words. */
function withWords(option: EChartsOption, words: Words): EChartsOption {
  const titles = Array.isArray(option.title) ? option.title : [option.title ?? {}];
  const [first, ...panels] = titles as Record<string, unknown>[];
  const title = { ...first, text: words.title, subtext: words.subtitle };
  return { ...option, title: panels.length ? [title, ...panels] : title };
}

/**
 * Notes, then the source line, then what the caller adds (a slide's note). A caller's own
 * 「数据来源：…」 part is dropped: the words' source line replaces it.
 */
function footText(ctx: ChartContext, words: Words): string {
  // 「数据来源」 typed with either colon, full-width or not.
  const sourceWord = ctx.t('present.source', { files: '' }).replace(/[:：]\s*$/, '');
  const isSource = (s: string) => s.startsWith(sourceWord) && /^\s*[:：]/.test(s.slice(sourceWord.length));
  const extra = (ctx.footnote ?? '')
    .split(' · ')
    .map((s) => s.trim())
    .filter((s) => s && !isSource(s));
  const first = [words.notes, ...extra].filter(Boolean).join(ctx.t('common.clauseSep'));
  return [first, words.source]
    .filter(Boolean)
    .flatMap((line) => wrapLine(line, FOOT_WIDTH))
    .join('\n');
}

/**
 * Foot lines wider than this (in full-width characters) break: the foot is one text element
 * whose pixel width the option cannot know, and 56 characters of the foot's type fit the
 * narrowest screen the app supports (1024 px) beside the margins.
 */
const FOOT_WIDTH = 56;

/** A character's width in full-width units (ASCII letters and digits are about half). */
const charWidth = (c: string) => (c.charCodeAt(0) < 0x2e80 ? 0.55 : 1);

/** Breaks a line to `width`, after a list separator where one is near the end, else anywhere. */
export function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest) {
    let w = 0;
    let cut = rest.length;
    for (let i = 0; i < rest.length; i++) {
      w += charWidth(rest[i]);
      if (w > width) {
        cut = i;
        break;
      }
    }
    if (cut === rest.length) {
      out.push(rest);
      break;
    }
    const sep = Math.max(...['、', ';', ';', ',', ',', ' '].map((c) => rest.lastIndexOf(c, cut - 1)));
    if (sep > cut * 0.6) cut = sep + 1;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return out;
}

/** Adds the foot lines and lifts what sits at the bottom (a single grid, a colour scale) to make room. */
function withFootnote(option: EChartsOption, ctx: ChartContext, text: string): EChartsOption {
  const size = footSize(ctx);
  const room = (size * 1.4) * text.split('\n').length + 8;
  const grid = option.grid && !Array.isArray(option.grid) ? { ...option.grid, bottom: Number(option.grid.bottom ?? 30) + room } : option.grid;
  const vm = option.visualMap && !Array.isArray(option.visualMap) ? { ...option.visualMap, bottom: Number((option.visualMap as { bottom?: number }).bottom ?? 8) + room } : option.visualMap;
  return {
    ...option,
    grid,
    ...(vm ? { visualMap: vm } : {}),
    graphic: [{ type: 'text', left: 16, bottom: 8, silent: true, style: { text, fill: ctx.theme.muted, fontSize: size, lineHeight: Math.round(size * 1.4) } }],
  } as EChartsOption;
}

/** The foot's type: the theme's body size (never below 14 px, readable at 1080p). */
export function footSize(ctx: Pick<ChartContext, 'theme'>): number {
  return Math.max(14, ctx.theme.fontSize);
}
