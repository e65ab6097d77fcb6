import { describe, expect, it } from 'vitest';
import { classifyPaste, isTsv, pasteStamp } from '../../src/ui/import/classifyPaste';

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
