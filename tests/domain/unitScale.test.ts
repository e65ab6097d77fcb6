import { describe, expect, it } from 'vitest';
import { rescale, unitScale } from '../../src/domain/unitScale';

describe('unitScale', () => {
  it.each([
    ['万人', '人', 1e4],
    ['人', '万人', 1e-4],
    ['亿元', '万元', 1e4],
    ['万元', '亿元', 1e-4],
    ['千元', '元', 1e3],
    ['万人次', '人次', 1e4],
    ['十万人', '万人', 10],
    ['万美元', '美元', 1e4],
    ['千米', '米', 1e3],
  ])('%s → %s is ×%d', (from, to, f) => expect(unitScale(from, to)).toBe(f));

  it.each([['万人', '件'], ['%', '人'], ['元/人', '元'], ['人', '人'], ['', '人'], ['千瓦时', '瓦时'], ['百分点', '点'], ['万人', '人/万人']])('%s and %s are not one unit at two scales', (a, b) =>
    expect(unitScale(a, b)).toBeNull(),
  );

  it('writes the scaled value without float noise', () => {
    expect(rescale(4.4, 1e4)).toBe(44000);
    expect(rescale(1.1, 1e-4)).toBe(0.00011);
    expect(rescale(0.7, 1e8)).toBe(70000000);
  });
});
