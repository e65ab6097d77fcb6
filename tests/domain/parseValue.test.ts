import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/domain/parseValue';

describe('parseValue follows DESIGN.md value table', () => {
  it.each([
    ['1,234', 1234, '', ''],
    ['1234', 1234, '', ''],
    ['１２３４', 1234, '', ''],
    ['57项', 57, '项', ''],
    ['115件', 115, '件', ''],
    ['13337人次', 13337, '人次', ''],
    ['17.3%', 17.3, '%', ''],
    ['17.3％', 17.3, '%', ''],
    ['11.9万', 119000, '', ''],
    ['11.9万条', 119000, '条', ''],
    ['1.2亿', 120000000, '', ''],
    ['2600余', 2600, '', '余'],
    ['2600余项', 2600, '项', '余'],
    ['400多', 400, '', '多'],
    ['400多次', 400, '次', '多'],
    ['180多万份', 1800000, '份', '多'],
    ['8.49万余件', 84900, '件', '余'],
    ['约300', 300, '', '约'],
    ['300左右', 300, '', '左右'],
    ['700余人', 700, '人', '余'],
    ['1000以上', 1000, '', '以上'],
    ['两', 2, '', ''],
    ['两起', 2, '起', ''],
    ['三十七', 37, '', ''],
    ['一百零五', 105, '', ''],
    ['-3.5', -3.5, '', ''],
    ['  42  ', 42, '', ''],
    ['1.5E+3', 1500, '', ''],
    ['0', 0, '', ''],
    ['94.26%', 94.26, '%', ''],
  ])('%s → %d %s %s', (raw, value, unit, qualifier) => {
    expect(parseValue(raw)).toEqual({ ok: true, value, unit, qualifier });
  });

  it.each(['', '—', '-', '/', '无', '——', '  ', 'null', 'N/A'])('%j is missing, not zero', (raw) => {
    expect(parseValue(raw)).toEqual({ ok: false, reason: 'missing' });
  });

  it.each(['兰州市', '#DIV/0!', '2014-01-05 说明', 'abc', '万达', '1,23,4', '12 34 56'])('%j is not a number', (raw) => {
    expect(parseValue(raw)).toEqual({ ok: false, reason: 'not-number' });
  });
});

describe('names that open with a numeral are not numbers', () => {
  it.each(['七里河区', '五张清单', '三门峡市', '八五普法', '九龙坡区'])('%s', (text) => {
    expect(parseValue(text)).toEqual({ ok: false, reason: 'not-number' });
  });
  it.each([['两起', 2, '起'], ['三十七项', 37, '项'], ['十二人次', 12, '人次']])('%s is still %d %s', (text, value, unit) => {
    expect(parseValue(text)).toMatchObject({ ok: true, value, unit });
  });
});
