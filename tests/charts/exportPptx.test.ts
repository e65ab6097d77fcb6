import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildPptx, chartBox, chartImageSize, deckPptxName, untitledOption, type PptxSlide } from '../../src/charts/exportPptx';
import { THEMES } from '../../src/charts/chartTheme';
import PptxGenJS from 'pptxgenjs';

// A 1×1 PNG: the writer must carry the bytes through unchanged.
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const slide = (n: number, extra: Partial<PptxSlide> = {}): PptxSlide => ({
  title: `纠错率 第${n}张`,
  subtitle: n === 1 ? '2023年 · 各地区最新年份' : '',
  image: `data:image/png;base64,${PNG_B64}`,
  notes: `备注 ${n}:审结件数少于10件的地区已标注`,
  source: `数据来源:兰州市${n}.xlsx`,
  ...extra,
});

async function unzipDeck(slides: PptxSlide[], theme = THEMES['projector-light']) {
  const files = unzipSync(await buildPptx(PptxGenJS, slides, '年度汇报', theme));
  const text = (name: string) => strFromU8(files[name]);
  return { files, text };
}

describe('buildPptx', () => {
  it('writes one 16:9 slide per chart with its title, image, source line and speaker notes', async () => {
    const { files, text } = await unzipDeck([slide(1), slide(2), slide(3)]);
    expect(text('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (const n of [1, 2, 3]) {
      const xml = text(`ppt/slides/slide${n}.xml`);
      expect(xml).toContain(`纠错率 第${n}张`);
      expect(xml).toContain(`数据来源:兰州市${n}.xlsx`);
      expect(xml).toContain('<p:pic>');
      const rels = text(`ppt/slides/_rels/slide${n}.xml.rels`);
      const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
      expect(media).toBeTruthy();
      expect(Buffer.from(files[`ppt/media/${media}`]).toString('base64')).toBe(PNG_B64);
      expect(rels).toMatch(/notesSlide\d+\.xml/);
    }
    const notes = Object.keys(files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes).toHaveLength(3);
    expect(notes.map(text).join('')).toContain('备注 2:审结件数少于10件的地区已标注');
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(3);
  });

  it('puts the subtitle only where there is one, and escapes text as data', async () => {
    const { text } = await unzipDeck([slide(1), slide(2, { title: '<b>A&B</b> "x"' })]);
    expect(text('ppt/slides/slide1.xml')).toContain('2023年 · 各地区最新年份');
    const two = text('ppt/slides/slide2.xml');
    expect(two).toContain('&lt;b&gt;A&amp;B&lt;/b&gt;');
    expect(two).not.toContain('<b>');
  });

  it('paints the slides in the deck theme', async () => {
    const { text } = await unzipDeck([slide(1)], THEMES['projector-dark']);
    expect(text('ppt/slides/slide1.xml')).toContain('0D1117');
  });
});

describe('slide geometry and chart option', () => {
  it('renders the image at the aspect of its box, inside the slide', () => {
    for (const sub of [true, false]) {
      const box = chartBox(sub);
      const px = chartImageSize(sub);
      expect(px.width / px.height).toBeCloseTo(box.w / box.h, 2);
      expect(box.y + box.h).toBeLessThan(7.5 - 0.5);
    }
    expect(chartBox(false).h).toBeGreaterThan(chartBox(true).h);
  });

  it('hides the chart title and lifts the plot into its room, without mutating the option', () => {
    const option: EChartsOption = { title: [{ text: 'T' }, { text: 'panel' }], grid: { top: 120, bottom: 30 }, legend: { top: 110 } };
    const before = JSON.stringify(option);
    const out = untitledOption(option, 100);
    expect(out.title).toEqual([{ text: 'T', show: false }, { text: 'panel' }]);
    expect(out.grid).toEqual({ top: 32, bottom: 30 });
    expect(out.legend).toEqual({ top: 22 });
    expect(JSON.stringify(option)).toBe(before);
    expect(untitledOption({ grid: [{ top: '20%' }] }, 100).grid).toEqual([{ top: '20%' }]);
  });

  it.each([
    ['年度汇报', '年度汇报.pptx'],
    ['a/b:c', 'a_b_c.pptx'],
    ['  ', 'deck.pptx'],
  ])('names the file of deck %j %s', (name, file) => {
    expect(deckPptxName(name)).toBe(file);
  });
});
