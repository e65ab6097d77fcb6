import type { EChartsOption } from 'echarts';
import { zipSync } from 'fflate';
import { chartSvg, renderPng } from './exportImage';

/** Slide size for exports: 16:9, rendered at 2× for sharp slides. */
export const SLIDE_W = 1600;
export const SLIDE_H = 900;

/** `01-标题.png`: slide order first, so the files sort as the deck runs. */
export function slideFileName(index: number, title: string, ext: 'png' | 'svg'): string {
  const safe = title.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').trim().slice(0, 60) || 'slide';
  return `${String(index + 1).padStart(2, '0')}-${safe}.${ext}`;
}

/** `汇报-PNG.zip`: the file a deck's zip is saved as. */
export function deckZipName(deckName: string, kind: 'png' | 'svg'): string {
  return `${deckName}-${kind.toUpperCase()}.zip`;
}

/** One slide to export: its title (for the file name), its chart option and its background. */
export interface DeckImage {
  title: string;
  option: EChartsOption;
  background: string;
}

/** A whole deck as a zip of PNG (2×) or SVG files, one per slide. */
export function deckZip(slides: readonly DeckImage[], kind: 'png' | 'svg'): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  slides.forEach((s, i) => {
    const name = slideFileName(i, s.title, kind);
    files[name] = kind === 'png' ? renderPng(s.option, s.background, SLIDE_W, SLIDE_H) : new TextEncoder().encode(chartSvg(s.option, SLIDE_W, SLIDE_H));
  });
  return zipSync(files, { level: kind === 'png' ? 0 : 6 });
}
