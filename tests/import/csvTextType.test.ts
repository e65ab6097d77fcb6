import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readWorkbook } from '../../src/import/readWorkbook';

// A decoded CSV goes to SheetJS as 'binary' where its first character is not one SheetJS sniffs
// (it then skips encoding the whole text to UTF-8): the cells must be exactly those of the 'string' read.
// Sniffed firsts among them (ID, TABLE, a space, a tab, 0, 1) stay 'string'; < and PK are not read as CSV at all.
const FIRSTS = ['地区', '"地区"', '（单位：件）', '（<', 'region', 'Region,', 'x', '年份', '2018', '9', 'é', 'ID', 'TABLE', ' 地区', '\t地区', '0', '1'];
const DELIMITERS = [',', ';', '\t', '|'];

function tableOf(first: string, d: string): string {
  const rows = [
    [first, '指标A', '指标B(%)'],
    ['兰州市', '1,234', '"17.3%"'],
    ['"天水市' + d + '秦州区"', '"含""引号"""', '"两行\n文字"'],
    ['白银市', '', '—'],
    ['定西市', '0.000001', '2600余'],
  ];
  return rows.map((r) => r.join(d)).join('\r\n');
}

function cellsOf(rows: unknown[][]): string[][] {
  return rows.map((row) => Array.from(row ?? [], (c) => (c ? JSON.stringify(c) : '')));
}

describe('a CSV handed to SheetJS as binary text reads as it does as a string', () => {
  for (const first of FIRSTS) {
    for (const d of DELIMITERS) {
      it(`${JSON.stringify(first)} with ${JSON.stringify(d)}`, () => {
        const text = tableOf(first, d);
        const read = readWorkbook(new TextEncoder().encode(text), 'table.csv');
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const wb = XLSX.read(text, { type: 'string', dense: true, raw: true, cellNF: true, cellText: false, cellDates: false });
        const expected = (wb.Sheets[wb.SheetNames[0]] as { '!data'?: unknown[][] })['!data'] ?? [];
        expect(cellsOf(read.workbook.sheets[0].rows)).toEqual(cellsOf(expected));
      });
    }
  }
  it('with a sep= line naming the delimiter', () => {
    const text = 'sep=;\r\n地区;数值\r\n兰州市;1,5';
    const read = readWorkbook(new TextEncoder().encode(text), 'table.csv');
    const wb = XLSX.read(text, { type: 'string', dense: true, raw: true, cellNF: true, cellText: false, cellDates: false });
    expect(read.ok && cellsOf(read.workbook.sheets[0].rows)).toEqual(cellsOf((wb.Sheets[wb.SheetNames[0]] as { '!data': unknown[][] })['!data']));
  });
});
