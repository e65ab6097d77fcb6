import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { CellTooLongError, writeWorkbook } from '../../src/import/writeWorkbook';

const read = (bytes: Uint8Array, sheet: string) => {
  const wb = XLSX.read(bytes, { type: 'array' });
  return { names: wb.SheetNames, rows: XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet], { header: 1, raw: true, defval: null }) };
};

describe('writeWorkbook', () => {
  it('writes texts, numbers and booleans that read back as they were', () => {
    const texts = ['<a & b>', ' 前导空格', '结尾空格 ', '第一行\r\n第二行', '回车\r', '_x0041_ 不是 A', '控制\u0001字符', '"引号"', '兰州市', '兰州市'];
    const numbers = [0.1, -5e-7, 1e21, 2600, 0];
    const bytes = writeWorkbook([{ name: '观测值 & 数据', rows: [texts, numbers, [true, false]], colWidths: [14, 26] }]);
    const { names, rows } = read(bytes, '观测值 & 数据');
    expect(names).toEqual(['观测值 & 数据']);
    // A CRLF comes back as one line break (as from SheetJS's own writer); a lone CR stays.
    expect(rows[0]).toEqual(texts.map((t) => t.replace('\r\n', '\n')));
    expect(rows[1].slice(0, numbers.length)).toEqual(numbers);
    expect(rows[2].slice(0, 2)).toEqual([true, false]);
  });

  it('writes nothing for an empty text, null or a cleared value (NaN), keeping the columns after it', () => {
    const { rows } = read(writeWorkbook([{ name: 'S', rows: [['a', '', null, Number.NaN, 'e'], [undefined, 1]] }]), 'S');
    expect(rows).toEqual([['a', null, null, null, 'e'], [null, 1, null, null, null]]);
  });

  it('keeps several sheets in order, each text stored once', () => {
    const bytes = writeWorkbook([{ name: '甲', rows: [['兰州市', '兰州市']] }, { name: '乙', rows: [['兰州市', 3]] }]);
    expect(read(bytes, '乙').rows).toEqual([['兰州市', 3]]);
    expect(read(bytes, '甲').names).toEqual(['甲', '乙']);
    const sst = strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']);
    expect(sst.match(/<si>/g)).toHaveLength(1);
  });

  it('refuses a text longer than an Excel cell holds, naming the cell', () => {
    expect(() => writeWorkbook([{ name: 'S', rows: [['a'], ['b', 'x'.repeat(32_768)]] }])).toThrow(CellTooLongError);
    try {
      writeWorkbook([{ name: 'S', rows: [['a'], ['b', 'x'.repeat(32_768)]] }]);
    } catch (e) {
      expect((e as CellTooLongError).cell).toBe('B2');
    }
  });

  it('writes a hundred thousand rows without one giant string', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`地区${i % 3000}市`, '指标', '2020', i / 8, '件', '', '', 'f.xlsx', 'S', 'A1', 'i1']);
    const bytes = writeWorkbook([{ name: '观测值', rows }]);
    const back = read(bytes, '观测值').rows;
    expect(back).toHaveLength(100_000);
    expect(back[99_999]).toEqual(['地区999市', '指标', '2020', 99_999 / 8, '件', null, null, 'f.xlsx', 'S', 'A1', 'i1']);
  });
});
