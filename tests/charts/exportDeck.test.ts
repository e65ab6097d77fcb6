import { describe, expect, it } from 'vitest';
import { deckZipName, slideFileName } from '../../src/charts/exportDeck';

describe('deck export names', () => {
  it.each([
    [0, '兰州市纠错率', 'png', '01-兰州市纠错率.png'],
    [11, 'a/b:c', 'svg', '12-a_b_c.svg'],
    [2, '   ', 'png', '03-slide.png'],
  ] as const)('slide %i %j → %s', (i, title, ext, name) => {
    expect(slideFileName(i, title, ext)).toBe(name);
  });

  it('names the zip after the deck and its kind', () => {
    expect(deckZipName('年度汇报', 'png')).toBe('年度汇报-PNG.zip');
    expect(deckZipName('年度汇报', 'svg')).toBe('年度汇报-SVG.zip');
  });
});
