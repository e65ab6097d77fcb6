import { describe, expect, it } from 'vitest';
import { joinLayouts, splitLayouts } from '../../src/domain/recordLayouts';
import { isOneOf } from '../../src/domain/isOneOf';
import { SKIP_REASONS } from '../../src/domain/model';

describe('record layouts', () => {
  it('joins each layout once, in first-seen order, and splits back', () => {
    const text = joinLayouts(['wide-year', 'long', 'wide-year']);
    expect(text).toBe('wide-year,long');
    expect(splitLayouts(text)).toEqual(['wide-year', 'long']);
  });

  it.each([
    ['report', ['report']],
    ['edit', ['edit']],
    ['', []],
    ['long,x,nbs', ['long', 'nbs']],
  ])('splitLayouts(%j)', (text, layouts) => {
    expect(splitLayouts(text)).toEqual(layouts);
  });

  it('isOneOf narrows to a closed set', () => {
    expect(isOneOf(SKIP_REASONS, 'bad-period')).toBe(true);
    expect(isOneOf(SKIP_REASONS, 'missing')).toBe(false);
  });
});
