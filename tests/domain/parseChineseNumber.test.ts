import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/domain/parseChineseNumber';

describe('parseChineseNumber', () => {
  it.each([
    ['两', 2], ['十', 10], ['十二', 12], ['三十七', 37], ['一百零五', 105], ['两千', 2000],
    ['两千三百万', 23000000], ['一亿两千万', 120000000], ['零', 0],
  ])('%s → %d', (text, n) => expect(parseChineseNumber(text)).toBe(n));

  it.each(['', '三四', '万', '兰州'])('%j → null', (text) => expect(parseChineseNumber(text)).toBeNull());
});
