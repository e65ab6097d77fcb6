import { describe, expect, it } from 'vitest';
import { a1, parseA1 } from '../../src/domain/a1';
import { cellKey } from '../../src/domain/cube';
import { splitCellKey } from '../../src/domain/cellKey';

describe('a1 and parseA1', () => {
  it.each([
    [0, 0, 'A1'],
    [9, 25, 'Z10'],
    [0, 26, 'AA1'],
    [99, 701, 'ZZ100'],
    [9_999_998, 18_277, 'ZZZ9999999'],
  ])('row %i col %i ↔ %s', (row, col, ref) => {
    expect(a1(row, col)).toBe(ref);
    expect(parseA1(ref)).toEqual({ row, col });
  });

  it.each(['', 'a1', 'A0', 'A01', 'AAAA1', 'A12345678', '1A', 'A 1', '¶3:5'])('refuses %j', (ref) => {
    expect(parseA1(ref)).toBeNull();
  });
});

describe('splitCellKey', () => {
  it('is the inverse of cellKey', () => {
    expect(splitCellKey(cellKey('兰州市', '行政复议纠错件数', 20112015))).toEqual({ region: '兰州市', indicator: '行政复议纠错件数', period: 20112015 });
  });
});
