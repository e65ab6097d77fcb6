import { describe, expect, it } from 'vitest';
import { entryFileName, parseTypedValue } from '../../src/domain/editSource';

describe('a value typed into the grid goes through the value rules', () => {
  it.each([
    // typed, value, unit, qualifier, raw kept
    ['10', 10, '', '', ''],
    ['  58 ', 58, '', '', ''],
    ['1,234', 1234, '', '', '1,234'],
    ['2600余', 2600, '', '余', '2600余'],
    ['2600余项', 2600, '项', '余', '2600余项'],
    ['约300', 300, '', '约', '约300'],
    ['300左右', 300, '', '左右', '300左右'],
    ['11.9万', 119000, '', '', '11.9万'],
    ['17.3%', 17.3, '%', '', '17.3%'],
    ['两', 2, '', '', '两'],
    ['三十七件', 37, '件', '', '三十七件'],
    ['6.299999999999997', 6.299999999999997, '', '', ''],
  ])('%s → %d %s %s', (typed, value, unit, qualifier, raw) => {
    expect(parseTypedValue(typed)).toEqual({ ok: true, value, unit, qualifier, raw });
  });

  it.each([
    ['', 'missing'],
    ['—', 'missing'],
    ['无', 'missing'],
    ['abc', 'not-number'],
    ['七里河区', 'not-number'],
    ['12 34 56', 'not-number'],
    ['1e999', 'not-number'],
  ])('refuses %j (%s): nothing would be stored', (typed, reason) => {
    expect(parseTypedValue(typed)).toEqual({ ok: false, reason });
  });
});

describe('the import of a typed batch is named by when it was made', () => {
  it('reads 手工录入 YYYY-MM-DD HH:MM in local time', () => {
    expect(entryFileName(new Date(2026, 11, 1, 10, 40, 59))).toBe('手工录入 2026-12-01 10:40');
    expect(entryFileName(new Date(2027, 0, 9, 7, 5))).toBe('手工录入 2027-01-09 07:05');
  });
});
