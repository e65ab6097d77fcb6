import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { htmlToText, isReportFile, readReport } from '../../src/import/readReport';
import { encodings, xlsx } from '../fixtures/fixtures';

const PARAS = ['兰州市2014年依法行政工作情况汇报', '　　一、基本情况', '全年受理行政复议案件101件，纠错7件。', '培训13337人次；公布权力清单1989项。'];

/** A minimal .docx of paragraphs, as Word writes it (runs, a tab, entities). */
export function docx(paragraphs: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:pPr/><w:r><w:t xml:space="preserve">${esc(p.slice(0, 5))}</w:t></w:r><w:r><w:t>${esc(p.slice(5))}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

export function html(paragraphs: string[]): Uint8Array {
  const [title, ...rest] = paragraphs;
  return encodings.utf8(`<!DOCTYPE html><html><head><title>${title}</title><style>p{color:red}</style><script>var x = "<p>不是正文</p>";</script></head><body><h1>${title}</h1>${rest.map((p) => `<p>${p.replace(/，/g, '&#65292;')}</p>`).join('\n')}<!-- 注释 --></body></html>`);
}

describe('reading reports', () => {
  const expected = ['兰州市2014年依法行政工作情况汇报', '一、基本情况', '全年受理行政复议案件101件，纠错7件。', '培训13337人次；公布权力清单1989项。'].join('\n');

  it.each([
    ['report.txt', () => encodings.utf8(PARAS.join('\r\n\r\n'))],
    ['report.txt', () => encodings.gbk(PARAS.join('\n'))],
    ['report.docx', () => docx(PARAS)],
  ])('%s reads as its paragraphs, one a line', (name, bytes) => {
    expect(isReportFile(bytes(), name)).toBe(true);
    expect(readReport(bytes(), name)).toEqual({ ok: true, text: expected, format: name.endsWith('docx') ? 'docx' : 'txt' });
  });

  it('a saved web page reads as its visible text (no script, style or comments), with the title once', () => {
    const r = readReport(html(PARAS), 'report.html');
    expect(r.ok && r.text).toBe(expected);
  });

  it('tables stay tables: a CSV, a tab-separated .txt, an xlsx, and a web page of figures', () => {
    expect(isReportFile(encodings.utf8('地区,2023年\n兰州市,57\n温州市,159'), 'a.csv')).toBe(false);
    expect(isReportFile(encodings.utf8('地区\t2022\t2023\n兰州市\t40\t57\n温州市\t150\t159'), 'a.txt')).toBe(false);
    expect(isReportFile(xlsx([{ name: 'S', rows: [['地区', 1]] }]), 'a.xlsx')).toBe(false);
    expect(isReportFile(encodings.utf8('<html><body><table><tr><th>地区</th><th>2023</th></tr><tr><td>兰州市</td><td>57</td></tr><tr><td>温州市</td><td>159</td></tr></table></body></html>'), 'a.html')).toBe(false);
  });

  it('a saved page of one long paragraph between menu lines is a report', () => {
    const page = ['兰州市司法局关于2023年法治政府建设情况的报告 | |||', '| |||', `2023年,兰州市司法局${'深入推进法治政府建设,刊发专题文章17篇,形成专题调研报告64篇。'.repeat(12)}`, '打印本页 关闭窗口 |'].join('\n');
    expect(isReportFile(encodings.utf8(page), '004.txt')).toBe(true);
  });

  it('decodes entities and never keeps markup', () => {
    expect(htmlToText('<p>A &lt;img onerror=x&gt; &amp; &#x4e2d;&#25991;</p><p>B&nbsp;C</p>')).toBe('A <img onerror=x> & 中文\nB C');
  });

  it('a damaged .docx says so', () => {
    const bad = zipSync({ 'word/other.xml': strToU8('x') });
    expect(readReport(bad, 'r.docx')).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('short pasted reports', () => {
  it('a title and one sentence are a report', () => {
    expect(isReportFile(encodings.utf8('关于某县2019年度法治政府建设的报告\n全年共受理行政复议案件12件，纠错2件。'), '粘贴的文本.txt')).toBe(true);
  });
});

describe('telling a report from a table stays cheap', () => {
  it('decides a long report by its first part, and never decodes a .csv to decide', () => {
    const long = encodings.utf8(['兰州市2014年依法行政工作情况汇报', ...Array.from({ length: 20000 }, (_, i) => `第${i}段：全年受理行政复议案件101件，纠错7件。`)].join('\n'));
    expect(long.length).toBeGreaterThan(256 * 1024);
    expect(isReportFile(long, 'report.txt')).toBe(true);
    expect(isReportFile(encodings.utf8('全年受理行政复议案件101件，纠错7件。\n'.repeat(10)), 'a.csv')).toBe(false);
  });
});
