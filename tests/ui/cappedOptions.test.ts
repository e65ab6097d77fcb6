import { describe, expect, it } from 'vitest';
import { cappedOptions, suggestedNames } from '../../src/ui/common/cappedOptions';

const towns = Array.from({ length: 40_000 }, (_, k) => `第${k}镇`);

describe('cappedOptions', () => {
  it('draws every name of a short list, and the first ones of a long one with the chosen one and a count of the rest', () => {
    expect(cappedOptions(['兰州市', '天水市'], null)).toEqual({ shown: ['兰州市', '天水市'], hidden: 0 });
    const long = cappedOptions(towns, '第39999镇');
    expect(long.shown).toHaveLength(501);
    expect(long.shown.at(-1)).toBe('第39999镇');
    expect(long.hidden).toBe(40_000 - 501);
    expect(cappedOptions(towns, '第7镇').shown).toHaveLength(500);
    expect(cappedOptions(towns, '不在其中').shown).toHaveLength(500);
  });
});

describe('suggestedNames', () => {
  it('offers the names containing what was typed, at most 100', () => {
    expect(suggestedNames(towns, '')).toHaveLength(100);
    expect(suggestedNames(towns, '第3999')).toEqual(['第3999镇', ...Array.from({ length: 10 }, (_, k) => `第3999${k}镇`)]);
    expect(suggestedNames(['GDP 现价', 'gdp增速', '人口'], 'Gdp')).toEqual(['GDP 现价', 'gdp增速']);
  });
});
