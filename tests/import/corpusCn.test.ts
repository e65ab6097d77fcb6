// Real Chinese public tables (../shared/corpus/cn): every file's observations, read by hand
// from the raw file and written down in tests/fixtures/corpus-cn/<folder>__<file>.tsv, must be
// exactly what the page gets for it (runFile + flatten, the worker's pipeline).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../sharedDir';
import { flatten, runFile } from './runDraft';

const CN = join(SHARED, 'corpus/cn');
const FIXTURES = 'tests/fixtures/corpus-cn';

/** Expected rows of one file, as flatten writes them: `region|indicator|period|value|unit`, sorted. */
function expected(folder: string, file: string): string[] {
  const text = readFileSync(join(FIXTURES, `${folder}__${file}.tsv`), 'utf8');
  const [header, ...lines] = text.split('\n').filter((l) => l !== '');
  expect(header).toBe('region\tindicator\tperiod\tvalue\tunit');
  return lines.map((l) => l.split('\t').join('|')).sort();
}

/** Exact equality of two sorted row lists, reported as a few missing and a few unexpected rows. */
function expectSameRows(actual: string[], want: string[]): void {
  const a = new Set(actual);
  const w = new Set(want);
  const missing = want.filter((r) => !a.has(r));
  const unexpected = actual.filter((r) => !w.has(r));
  const dupes = actual.length - a.size;
  if (missing.length || unexpected.length || dupes) {
    const show = (rows: string[]) => rows.slice(0, 10).map((r) => `    ${r}`).join('\n') + (rows.length > 10 ? `\n    … ${rows.length - 10} more` : '');
    expect.fail(
      `got ${actual.length} rows, expected ${want.length}` +
        (dupes ? `; ${dupes} duplicated` : '') +
        (missing.length ? `\n  missing (${missing.length}):\n${show(missing)}` : '') +
        (unexpected.length ? `\n  unexpected (${unexpected.length}):\n${show(unexpected)}` : ''),
    );
  }
}

/** Every file in the 8 folders below; all are region × period tables. */
const FILES: [folder: string, file: string][] = [
  ['1376524890__tec_expenditure', 'provincial_panel.csv'],
  ['1376524890__tec_expenditure', 'provincial_rd_gdp_2024.csv'],
  ['1376524890__tec_expenditure', '分省年度数据 (2).csv'],
  ['Liushenwuzhu-Alpaca__province-economy', '分省年度数据2023.csv'],
  ['Liushenwuzhu-Alpaca__province-economy', '社会消费品总额.csv'],
  ['Liushenwuzhu-Alpaca__province-economy', 'province_indicators_2019.csv'],
  ['Tobby-star__dynamic_datas', 'gdp.csv'],
  ['Tobby-star__dynamic_datas', 'gdp_last.csv'],
  ['biechouwo-coder__G-P', '1997-2019年290个中国城市碳排放清单 (1).xlsx'],
  ['data-science-in-action__topic-presentation-sunshine', '各省份数据-交通和通信.csv'],
  ['data-science-in-action__topic-presentation-sunshine', '分省月度数据 (1).csv'],
  ['eoocl__work', '分省年度数据.csv'],
  ['jih084__National-Bureau-of-Statistics-of-China-Data-Automation', 'nbs_MULTI_generation_2011_2023_WIDE.csv'],
  ['jih084__National-Bureau-of-Statistics-of-China-Data-Automation', 'nbs_MULTI_generation_2011_2023_VERTICAL.csv'],
  ['newcodercircle__python001', '分省月度数据.csv'],
];

describeShared('real Chinese tables (corpus/cn): the exact observations of every file', () => {
  it.each(FILES)('%s / %s', async (folder, file) => {
    const od = await runFile(join(CN, folder, file));
    expect(od.draft.failure ?? null).toBeNull();
    expectSameRows(flatten(od), expected(folder, file));
  });

  it('the CEADs workbook: its NOTE sheet of metadata gives no observations and says so', async () => {
    const od = await runFile(join(CN, 'biechouwo-coder__G-P', '1997-2019年290个中国城市碳排放清单 (1).xlsx'));
    const sheets = Object.fromEntries(od.draft.sheets.map((s) => [s.name, s]));
    expect(Object.keys(sheets).sort()).toEqual(['NOTE', 'emission matrix', 'emission vector']);
    expect(sheets.NOTE.count).toBe(0);
    expect(sheets.NOTE.problem).toBe('no-data');
    expect(sheets['emission vector'].count).toBe(3929);
    expect(sheets['emission matrix'].count).toBe(3929);
  });
});
