import { describe, expect, it } from 'vitest';
import { withAlpha } from '../../src/charts/withAlpha';
import { faint } from '../../src/charts/kinds/faint';

describe('withAlpha', () => {
  it.each([
    ['#1f77b4', 0.33, '#1f77b454'],
    ['#abc', 1, '#aabbccff'],
    ['hsl(137, 55%, 48%)', 0.25, 'hsla(137, 55%, 48%, 0.25)'],
    ['rgb(10, 20, 30)', 0.5, 'rgba(10, 20, 30, 0.5)'],
    ['rgba(10,20,30,0.9)', 0.5, 'rgba(10, 20, 30, 0.5)'],
  ])('%s at %s → %s', (c, a, out) => expect(withAlpha(c, a)).toBe(out));

  it('keeps a generated hue valid in the faint style (a small-n bar past the palette)', () => {
    expect(faint('hsl(20, 70%, 50%)').color).toBe('hsla(20, 70%, 50%, 0.33)');
  });
});

import { wrapLine } from '../../src/charts/buildChartOption';

describe('foot lines', () => {
  it('break a long source list after a separator, keeping every name whole', () => {
    const names = Array.from({ length: 8 }, (_, i) => `2023年第${i + 1}县法治政府建设工作统计表`);
    const lines = wrapLine(`数据来源:${names.join('、')}`, 56);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`数据来源:${names.join('、')}`);
    // Digits are half as wide as Han characters.
    const width = (l: string) => [...l].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(56);
    for (const l of lines.slice(0, -1)) expect(l.endsWith('、')).toBe(true);
  });
  it('leave a short line alone', () => {
    expect(wrapLine('数据来源:兰州市报告', 56)).toEqual(['数据来源:兰州市报告']);
  });
});
