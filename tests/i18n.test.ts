import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { zhCN } from '../src/i18n/zh-CN';
import { format, LANGS } from '../src/i18n/i18n.svelte';
import { RECORD_LAYOUTS, SKIP_REASONS } from '../src/domain/model';
import { READ_FAILURES } from '../src/import/readWorkbook';
import { IMPORT_STAGES } from '../src/import/protocol';
import { CHART_KINDS } from '../src/charts/chartSpecTypes';
import { HEADLINE_IDS } from '../src/charts/headlines';
import { COMMIT_FAILURES } from '../src/state/fileFailure';
import { BACKUP_ERRORS } from '../src/state/backupError';
import { SOURCE_ROLES } from '../src/domain/indicatorValues';
import { COLLISION_CAUSES } from '../src/import/findCollisions';
import { COLUMN_CHOICES } from '../src/ui/import/columnRoles';

describe('i18n', () => {
  it('English is complete: same keys, same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [k, zh] of Object.entries(zhCN)) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(ph(en[k as keyof typeof en]), k).toEqual(ph(zh));
    }
  });

  it('Chinese sentences take Chinese punctuation: no ASCII , : ; ( ) ! ? beside a Chinese character or between placeholders', () => {
    const han = '[\\u4e00-\\u9fff]';
    const ascii = new RegExp(`${han}[,:;()!?]|[,:;()!?]${han}|\\}[,;(]\\{|\\}\\(\\{\\w+\\}\\)`);
    // A cell reference (Sheet!A1) is Excel's syntax, not punctuation.
    const offending = Object.entries(zhCN).filter(([k, v]) => k !== 'report.cell' && ascii.test(v));
    expect(offending).toEqual([]);
  });

  it('fills placeholders as text', () => {
    expect(format('{a} 与 {b}', { a: '<img src=x>', b: 2 })).toBe('<img src=x> 与 2');
    expect(format('{missing}', {})).toBe('{missing}');
    // English plurals: the singular where the count is 1.
    expect(format('{count} {count|row|rows}', { count: '1' })).toBe('1 row');
    expect(format('{count} {count|row|rows}', { count: '1,000' })).toBe('1,000 rows');
    expect(format('{count} {count|import is|imports are} not backed up', { count: 0 })).toBe('0 imports are not backed up');
    expect(format('{n|a|b}', {})).toBe('{n|a|b}');
  });
});

describe('every key the UI builds at run time exists', () => {
  // Closed sets read from the same `as const` arrays the code derives its types and keys from.
  const families: Record<string, readonly string[]> = {
    read: READ_FAILURES,
    skip: SKIP_REASONS,
    layout: RECORD_LAYOUTS,
    kind: CHART_KINDS,
    headline: HEADLINE_IDS,
    'import.stage': IMPORT_STAGES,
    report: COMMIT_FAILURES,
    lang: LANGS,
    backup: BACKUP_ERRORS,
    'table.role': SOURCE_ROLES,
    'chart.tip.source': SOURCE_ROLES,
    'import.collisionCause': COLLISION_CAUSES,
    role: COLUMN_CHOICES,
    // Sets not yet declared as arrays in src (their types are unions in their own modules).
    psource: ['column', 'header', 'sheet', 'title', 'file', 'user'],
    problem: ['no-data', 'no-region', 'no-indicator', 'no-period'],
    hrole: ['indicator', 'period', 'region', 'value'],
    'data.tab': ['grid', 'pivot', 'conflicts'],
    nav: ['import', 'data', 'charts', 'present', 'catalog', 'settings'],
  };
  it.each(Object.entries(families))('%s.*', (family, members) => {
    for (const m of members) expect(zhCN, `${family}.${m}`).toHaveProperty([`${family}.${m}`]);
  });
});
