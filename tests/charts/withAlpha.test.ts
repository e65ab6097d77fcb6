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
