import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { flatten, runFile } from './runDraft';
import { describeShared, hasShared, SHARED } from '../sharedDir';

const CORPUS = `${SHARED}/corpus`;
function* walk(dir: string): Generator<string> {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (!/^(INDEX\.tsv|README\.md|LICENSE.*)$/.test(f)) yield p;
  }
}
const files = hasShared ? [...walk(CORPUS)].map((p) => relative(CORPUS, p)) : [];

/** Files that cannot be read, and the one plain reason each must get. */
const REFUSED: Record<string, string> = {
  'fixtures/messytables/encrypted_no_password.xls': 'encrypted',
  'sheetjs/2013/apachepoi_password.xls.xlsb': 'encrypted',
  'sheetjs/biff5/password_2002_40_xor.xls': 'encrypted',
  'sheetjs/password_2002_128_enhanced.xls': 'encrypted',
  'sheetjs/password_2002_128_strong.xls': 'encrypted',
  'sheetjs/password_2002_40_972000.xls': 'encrypted',
  'sheetjs/password_2002_40_basecrypto.xls': 'encrypted',
  'sheetjs/password_2002_40_xor.xls': 'encrypted',
  'sheetjs/word_doc.doc': 'word',
  'fixtures/messytables/simple.zip': 'zip',
  'fixtures/messytables/simple.unknown': 'empty',
};

describeShared('the robustness corpus: every file ends in observations or one specific message', () => {
  it('has the corpus beside the repository', () => {
    expect(files.length).toBeGreaterThan(150);
  });

  it.each(files)('%s', async (file) => {
    const t0 = performance.now();
    const od = await runFile(join(CORPUS, file));
    const ms = performance.now() - t0;
    expect(ms, 'takes no more than a few seconds').toBeLessThan(5000);
    const d = od.draft;
    if (REFUSED[file]) {
      expect(d.failure?.reason).toBe(REFUSED[file]);
      return;
    }
    if (d.failure) {
      // Readable containers with nothing in them say so.
      expect(d.failure.reason).toBe('empty');
      return;
    }
    // Every sheet either yields observations, or says why not in one code the UI words.
    for (const s of d.sheets) {
      if (s.count === 0) expect(['no-data', 'no-region', 'no-indicator', 'no-period']).toContain(s.problem);
      for (const k of s.skips) expect(k.reason).toMatch(/^(aggregate|derived|error|not-number|boolean|date|no-region|no-indicator|no-period|bad-period)$/);
    }
  });
});

describeShared('national statistics (国家数据) exports', () => {
  it.each([
    ['分省年度数据.csv', '地区生产总值', '亿元'],
    ['分省年度数据 (1).csv', '人口数(人口抽样调查)', '人'],
    ['分省年度数据 (3).csv', '城镇单位就业人员', '万人'],
    ['分省年度数据 (5).csv', '比上年增长', '%'],
  ])('%s lands with the indicator and unit of its 指标 line and the years of its header', async (file, indicator, unit) => {
    const od = await runFile(join(CORPUS, 'cn/renjiyi163', file));
    const [sheet] = od.draft.sheets;
    expect(sheet.detection.layout).toBe('nbs');
    expect(sheet.detection.context.indicator).toContain(indicator.replace(/\(.*$/, ''));
    const rows = flatten(od).map((r) => r.split('|'));
    expect(rows.length).toBeGreaterThan(200);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set([unit]));
    const years = new Set(rows.map((r) => Number(r[2])));
    expect(Math.max(...years)).toBe(2024);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2005);
    expect(rows.some((r) => r[0] === '北京市')).toBe(true);
    // The 注/数据来源 lines below the table are notes, not regions.
    expect(rows.some((r) => /^(注|数据来源)/.test(r[0]))).toBe(false);
    expect(sheet.detection.noteRows.length).toBeGreaterThan(0);
  });

  it('reads the WPS-written xls with vertically merged indicator cells', async () => {
    const od = await runFile(join(CORPUS, 'cn/renjiyi163/一般公共预算等.xls'));
    const rows = flatten(od).map((r) => r.split('|'));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['一般公共预算支出', '财政支出']));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['亿元']));
    expect(rows.filter((r) => r[0] === '北京市' && r[1] === '一般公共预算支出' && r[2] === '2007')[0][3]).toBe('1649.5');
  });

  it('reads the long panel CSV with units inside header names', async () => {
    const od = await runFile(join(CORPUS, 'cn/renjiyi163/分省年度数据_整合.csv'));
    const rows = flatten(od).map((r) => r.split('|'));
    expect(rows.length).toBeGreaterThan(9000);
    expect(rows.find((r) => r[1] === '第二产业比重')?.[4]).toBe('%');
    expect(rows.find((r) => r[1].startsWith('GDP_当年价'))?.[4]).toBe('亿元');
  });
});
