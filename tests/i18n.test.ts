import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { format } from '../src/i18n/i18n.svelte';

describe('i18n', () => {
  it('English is complete: same keys, same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [k, zh] of Object.entries(zhCN)) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(en[k as keyof typeof en]), k).toEqual(ph(zh));
    }
  });

  it('fills placeholders as text', () => {
    expect(format('{a} 与 {b}', { a: '<img src=x>', b: 2 })).toBe('<img src=x> 与 2');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
