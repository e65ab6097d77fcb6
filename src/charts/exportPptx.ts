import type { EChartsOption } from 'echarts';
import type PptxGenJS from 'pptxgenjs';
import type { ChartTheme } from './chartTheme';

/**
 * One slide of a PowerPoint/WPS deck: the presenter's words as native text (editable in
 * PowerPoint), the chart as a PNG data URL rendered at 2× by the PNG export's path.
 */
export interface PptxSlide {
  title: string;
  subtitle: string;
  /** `data:image/png;base64,…`: pptxgenjs then reads nothing from disk or network. */
  image: string;
  /** Speaker notes. */
  notes: string;
  /** The source line, shown at the foot of the slide. */
  source: string;
}

/** 16:9 as PowerPoint's own widescreen default (13.333 × 7.5 in = 12192000 × 6858000 EMU). */
export const PPTX_W = 13.333;
export const PPTX_H = 7.5;
const MARGIN = 0.45;
const TITLE = { y: 0.25, h: 0.8 };
const SUBTITLE = { y: 1.0, h: 0.45 };
const SOURCE = { h: 0.5 };

/** Where the chart image sits on a slide; the image is rendered at this aspect so it is not stretched. */
export function chartBox(hasSubtitle: boolean): { x: number; y: number; w: number; h: number } {
  const y = hasSubtitle ? SUBTITLE.y + SUBTITLE.h + 0.05 : TITLE.y + TITLE.h + 0.1;
  return { x: MARGIN, y, w: PPTX_W - 2 * MARGIN, h: PPTX_H - y - SOURCE.h - 0.25 };
}

/** The pixel size (CSS px, before the 2× ratio) to render a chart for its box on a slide. */
export function chartImageSize(hasSubtitle: boolean, width = 1600): { width: number; height: number } {
  const box = chartBox(hasSubtitle);
  return { width, height: Math.round((width * box.h) / box.w) };
}

/**
 * The chart option without its own title (the slide carries title and subtitle as text):
 * the room kept for the title is given back to the plot by lifting numeric `top`s.
 */
export function untitledOption(option: EChartsOption, titleRoom: number): EChartsOption {
  const lift = <T>(c: T): T => {
    const top = (c as { top?: unknown }).top;
    return typeof top === 'number' && top >= titleRoom ? { ...c, top: Math.max(12, top - titleRoom + 12) } : c;
  };
  const each = <T>(v: T | T[] | undefined) => (v === undefined ? v : Array.isArray(v) ? v.map(lift) : lift(v));
  const titles = option.title === undefined ? [] : Array.isArray(option.title) ? option.title : [option.title];
  return {
    ...option,
    title: titles.map((t, i) => (i === 0 ? { ...t, show: false } : t)),
    grid: each(option.grid),
    legend: each(option.legend),
  } as EChartsOption;
}

/** `汇报.pptx`: the file a deck is saved as (characters Windows refuses in names replaced). */
export function deckPptxName(deckName: string): string {
  return `${deckName.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').trim() || 'deck'}.pptx`;
}

const hex = (css: string) => css.replace('#', '').toUpperCase();
const FONT = 'Microsoft YaHei';

/** pptxgenjs's class: handed in, so the page can unpack it on first use and tests import it. */
export type PptxGenCtor = typeof PptxGenJS;

/** The deck as .pptx bytes: one 16:9 slide per chart in the deck's projector theme. */
export async function buildPptx(Pptx: PptxGenCtor, slides: readonly PptxSlide[], deckName: string, theme: ChartTheme): Promise<Uint8Array> {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckName;
  pptx.author = 'IndiCompare 指标对比';
  const w = PPTX_W - 2 * MARGIN;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: hex(theme.background) };
    slide.addText(s.title, { x: MARGIN, y: TITLE.y, w, h: TITLE.h, fontFace: FONT, fontSize: 30, bold: true, color: hex(theme.text), valign: 'middle', fit: 'shrink' });
    if (s.subtitle) slide.addText(s.subtitle, { x: MARGIN, y: SUBTITLE.y, w, h: SUBTITLE.h, fontFace: FONT, fontSize: 16, color: hex(theme.muted), valign: 'top' });
    slide.addImage({ data: s.image, ...chartBox(!!s.subtitle), altText: s.title });
    if (s.source) slide.addText(s.source, { x: MARGIN, y: PPTX_H - SOURCE.h - 0.15, w, h: SOURCE.h, fontFace: FONT, fontSize: 11, color: hex(theme.muted), valign: 'middle', fit: 'shrink' });
    if (s.notes) slide.addNotes(s.notes);
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
