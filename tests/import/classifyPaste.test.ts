import { describe, expect, it } from 'vitest';
import { classifyPaste, isTsv, pasteStamp } from '../../src/ui/import/classifyPaste';
import { analyseSheet, buildDraft } from '../../src/import/buildDraft';
import { BUILTIN_CATALOG, flatten } from './runDraft';

const names = { table: '粘贴的表格', text: '粘贴的文本' };
const at = new Date(2024, 2, 5, 9, 7);

describe('what a paste on 导入 becomes', () => {
  it('names the file by the minute it was pasted', () => {
    expect(pasteStamp(at)).toBe('2024-03-05 09:07');
  });

  it('HTML holding a table goes to the table importer as a page', () => {
    const f = classifyPaste({ html: '<meta charset="utf-8"><table><tr><td>兰州市</td><td>7</td></tr></table>', text: '兰州市\t7' }, names, at)!;
    expect(f.kind).toBe('table');
    expect(f.name).toBe('粘贴的表格 2024-03-05 09:07.html');
    expect(f.content).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><\/head><body><meta charset="utf-8"><table>/);
    const page = classifyPaste({ html: '<html><body><TABLE border=1><tr><td>1</td></tr></TABLE></body></html>', text: '' }, names, at)!;
    expect(page.content.startsWith('<html>')).toBe(true);
  });

  it('text with tabs on most lines is a table; on one line of several it is prose', () => {
    expect(isTsv('地区\t纠错件数\n兰州市\t7\n天水市\t3\n')).toBe(true);
    expect(isTsv('地区\t纠错件数')).toBe(false);
    expect(isTsv('一、工作情况\n受理行政复议案件101件。\n附表\t见后\n纠错7件。')).toBe(false);
    const f = classifyPaste({ html: '', text: '地区\t纠错件数\r\n兰州市\t7\r\n' }, names, at)!;
    expect(f).toEqual({ kind: 'table', name: '粘贴的表格 2024-03-05 09:07.txt', content: '地区\t纠错件数\n兰州市\t7\n' });
  });

  it('plain text, or HTML with no table, is a report', () => {
    const text = '兰州市2014年依法行政工作情况汇报\n受理行政复议案件101件，纠错7件。';
    expect(classifyPaste({ html: '<p>兰州市2014年…</p><p>受理行政复议案件101件</p>', text }, names, at)).toEqual({
      kind: 'text', name: '粘贴的文本 2024-03-05 09:07.txt', content: text,
    });
    const html = classifyPaste({ html: '<p>受理行政复议案件101件。</p>', text: '' }, names, at)!;
    expect(html.kind).toBe('text');
    expect(html.name).toBe('粘贴的文本 2024-03-05 09:07.html');
  });

  it('nothing to read is nothing', () => {
    expect(classifyPaste({ html: '', text: '  \n ' }, names, at)).toBeNull();
  });
});

describe('a paste, read through the worker pipeline', () => {
  const read = async (clip: { html: string; text: string }, period?: number) => {
    const f = classifyPaste(clip, names, new Date(2026, 11, 1, 10, 40))!;
    const od = await buildDraft('p', f.name, new TextEncoder().encode(f.content), BUILTIN_CATALOG, {}, () => {}, f.kind);
    if (period && od.workbook) {
      const again = analyseSheet(od.workbook.sheets[0], 0, od.contextName ?? '', BUILTIN_CATALOG, { period: { start: period, end: period } }, () => {});
      od.draft.sheets[0] = again.sheet;
      od.results[0] = again.result;
    }
    return od;
  };

  it('never takes a period or an indicator from the paste stamp: the review asks for the period', async () => {
    const od = await read({ html: '', text: '地区\t行政复议纠错件数\n嘉兴市\t31\n湖州市\t12\n' });
    expect(od.draft.fileName).toBe('粘贴的表格 2026-12-01 10:40.txt');
    expect(od.draft.sheets[0].problem).toBe('no-period');
    expect(od.draft.sheets[0].detection.context).toMatchObject({ period: null, indicator: '' });
  });

  it('a TSV with a year column lands as its cells say, 「2,600」 and 「93.5%」 as the importer reads files', async () => {
    const od = await read({ html: '', text: '地区\t年份\t行政复议受理件数\t行政复议纠错率\n嘉兴市\t2019\t2,600\t93.5%\n湖州市\t2019\t12\t5%\n' });
    expect(flatten(od)).toEqual([
      '嘉兴市|行政复议受理件数|2019|2600|件', '嘉兴市|行政复议纠错率|2019|93.5|%',
      '湖州市|行政复议受理件数|2019|12|件', '湖州市|行政复议纠错率|2019|5|%',
    ]);
  });

  it('an HTML table keeps its merged header, and its numbers read as text (93.5% is 93.5 %, not 0.935)', async () => {
    const html = '<meta charset="utf-8"><table><tr><td rowspan="2">地区</td><td colspan="2">行政复议</td></tr>'
      + '<tr><td>受理</td><td>纠错率</td></tr><tr><td>兰州市</td><td>2,600</td><td>93.5%</td></tr><tr><td>天水市</td><td>57件</td><td>3</td></tr></table>';
    const od = await read({ html, text: '地区\t行政复议\n' }, 2019);
    expect(od.draft.report).toBeUndefined();
    expect(flatten(od)).toEqual([
      '兰州市|行政复议受理件数|2019|2600|件', '兰州市|行政复议纠错率|2019|93.5|%',
      '天水市|行政复议受理件数|2019|57|件', '天水市|行政复议纠错率|2019|3|%',
    ]);
  });

  it('an HTML table of numbers with units is still a table (a saved page of them would be a report)', async () => {
    const od = await read({ html: '<table><tr><td>地区</td><td>行政复议纠错件数</td></tr><tr><td>兰州市</td><td>57件</td></tr><tr><td>天水市</td><td>约300件</td></tr></table>', text: '' }, 2020);
    expect(od.draft.report).toBeUndefined();
    expect(flatten(od)).toEqual(['兰州市|行政复议纠错件数|2020|57|件', '天水市|行政复议纠错件数|2020|300|件']);
  });

  it('plain text that is not prose still goes to the report reader', async () => {
    const od = await read({ html: '', text: '兰州市 纠错 7 件\n天水市 纠错 3 件' });
    expect(od.draft.report).toBeDefined();
    expect(od.workbook).toBeNull();
  });
});
