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

describe('every key the UI builds at run time exists', () => {
  const families: Record<string, string[]> = {
    read: ['empty', 'encrypted', 'word', 'powerpoint', 'zip', 'pdf', 'image', 'unreadable', 'too-large', 'damaged', 'zip-too-large', 'mixed-encoding'],
    skip: ['aggregate', 'error', 'not-number', 'boolean', 'date', 'no-region', 'no-indicator', 'no-period', 'bad-period', 'truncated'],
    layout: ['long', 'wide-indicator', 'wide-year', 'stacked', 'transposed', 'nbs', 'edit'],
    psource: ['column', 'header', 'sheet', 'title', 'file', 'user'],
    problem: ['no-data', 'no-region', 'no-indicator', 'no-period'],
    role: ['region', 'indicator', 'period', 'unit', 'level', 'parent', 'ignore', 'value', 'skip'],
    hrole: ['indicator', 'period', 'region', 'value'],
    kind: ['ranked-bar', 'grouped-bar', 'line', 'small-multiples', 'heat-table', 'scatter'],
    headline: ['correction-rate', 'training', 'lists'],
    'data.tab': ['grid', 'pivot', 'conflicts'],
    'table.role': ['value', 'numerator', 'denominator', 'stated'],
    'chart.tip.source': ['value', 'numerator', 'denominator', 'stated'],
    nav: ['import', 'data', 'charts', 'present', 'catalog', 'settings'],
    'import.stage': ['read', 'detect', 'normalize', 'extract', 'done'],
    backup: ['not-backup', 'damaged', 'failed', 'quota', 'duplicate', 'exportFailed'],
  };
  it.each(Object.entries(families))('%s.*', (family, members) => {
    for (const m of members) expect(zhCN, `${family}.${m}`).toHaveProperty([`${family}.${m}`]);
  });
});
