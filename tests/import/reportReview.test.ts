import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { extractReport } from '../../src/import/extractReport';
import { reportBlocks } from '../../src/import/reportBlocks';
import { paragraphPieces, ReportReview, sentenceWindow, textMarks, valueText } from '../../src/state/reportReview.svelte';

const TEXT = [
  '兰州市2014年依法行政工作情况汇报',
  '全年共受理行政复议案件101件，审结96件，纠错7件。',
  '全市42个部门参加了知识竞赛。',
].join('\n');

function review(text = TEXT): ReportReview {
  const extraction = extractReport(text, BUILTIN_INDICATORS, { fileName: 'r.txt' });
  return new ReportReview({ text, format: 'txt', extraction });
}

describe('a report under review', () => {
  it('starts with every candidate undecided and the region and period of the title', () => {
    const r = review();
    expect(r.region).toBe('兰州市');
    expect(r.period).toEqual({ start: 2014, end: 2014 });
    expect(r.regionSource).toBe('title');
    expect(r.rows.length).toBeGreaterThanOrEqual(3);
    expect(r.counts()).toEqual({ pending: r.rows.length, accepted: 0, rejected: 0 });
    expect(r.complete).toBe(0);
  });

  it('accepts and rejects (moving on), toggles back, accepts the rest', () => {
    const r = review();
    r.decide(0, 'accepted');
    expect(r.rows[0].verdict).toBe('accepted');
    expect(r.selected).toBe(1);
    r.decide(1, 'rejected');
    r.decide(1, 'rejected');
    expect(r.rows[1].verdict).toBe('pending');
    r.decide(1, 'rejected');
    r.acceptAll();
    expect(r.counts()).toEqual({ pending: 0, accepted: r.rows.length - 1, rejected: 1 });
  });

  it('an edit is an acceptance; a bad value or period is refused', () => {
    const r = review();
    expect(r.setValue(0, '约1,200')).toBe(true);
    expect(r.rows[0]).toMatchObject({ value: 1200, qualifier: '约', verdict: 'accepted' });
    expect(r.setValue(0, '很多')).toBe(false);
    expect(r.rows[0].value).toBe(1200);
    expect(r.setRowPeriod(1, '2013')).toBe(true);
    expect(r.rows[1].period).toEqual({ start: 2013, end: 2013 });
    expect(r.setRowPeriod(1, '去年')).toBe(false);
    expect(r.setPeriod('上年')).toBe(false);
    expect(r.setPeriod('2011—2015')).toBe(true);
    expect(r.periodSource).toBe('user');
  });

  it('a clicked unused number becomes a candidate in text order, with its value and unit; the indicator is the user\'s', () => {
    const r = review();
    const k = r.report.extraction.numbers.findIndex((n) => n.text.startsWith('42'));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(r.report.extraction.numbers[k].used).toBe(false);
    const i = r.addNumber(k);
    expect(i).toBe(r.rows.length - 1);
    expect(r.selected).toBe(i);
    const row = r.rows[i];
    expect(row).toMatchObject({ value: 42, unit: '个', indicator: '', added: true, verdict: 'pending' });
    expect(row.base.sentence).toBe('全市42个部门参加了知识竞赛。');
    expect(r.addNumber(k)).toBe(i);
    // Accepted with no indicator: incomplete, and the commit is refused.
    r.decide(i, 'accepted');
    expect(r.incomplete).toBe(1);
    r.setIndicator(i, '参赛部门数', false);
    expect(r.incomplete).toBe(0);
    const c = r.acceptedCandidates().at(-1)!;
    expect(c).toMatchObject({ indicator: '参赛部门数', known: false, value: 42, unit: '个' });
  });

  it('with no region or period anywhere, accepted values are incomplete until the report says them', () => {
    const r = review('受理行政复议案件101件，纠错7件。');
    expect(r.region).toBe('');
    r.acceptAll();
    expect(r.incomplete).toBe(r.rows.length);
    r.setRegion('兰州市');
    r.setPeriod('2014');
    expect(r.incomplete).toBe(0);
    expect(r.complete).toBe(r.rows.length);
  });

  it('the accepted candidates become the blocks of one commit', () => {
    const r = review();
    r.decide(0, 'accepted');
    const out = reportBlocks({ paragraphs: r.report.extraction.paragraphs, region: r.region, period: r.period }, r.acceptedCandidates());
    expect(out.missing).toBe(0);
    expect(out.regions).toEqual(['兰州市']);
    expect(out.blocks.reduce((n, b) => n + b.values.length, 0)).toBe(1);
  });
});

describe('the report text as marked pieces', () => {
  it('marks candidates and unused numbers, without overlaps, and cuts the highlighted sentence', () => {
    const r = review();
    const marks = textMarks(r.report.extraction.numbers, r.rows);
    for (let i = 1; i < marks.length; i++) expect(marks[i].start).toBeGreaterThanOrEqual(marks[i - 1].end);
    expect(marks.find((m) => TEXT.slice(m.start, m.end).startsWith('101'))?.kind).toBe('cand');
    expect(marks.find((m) => TEXT.slice(m.start, m.end).startsWith('42'))?.kind).toBe('unused');
    const para = r.report.extraction.paragraphs[1];
    const sel = r.rows[0].base;
    const pieces = paragraphPieces(TEXT, para, marks, { start: sel.sentenceStart, end: sel.sentenceEnd });
    expect(pieces.map((p) => p.text).join('')).toBe(TEXT.slice(para.start, para.end));
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['101件', '96件', '7件']);
    expect(pieces.some((p) => p.hl)).toBe(true);
  });

  it('a rejected candidate\'s number is marked rejected', () => {
    const r = review();
    r.decide(0, 'rejected');
    const marks = textMarks(r.report.extraction.numbers, r.rows);
    expect(marks.find((m) => m.start === r.rows[0].base.numberStart)?.kind).toBe('rejected');
  });

  it('cuts a long sentence to a window around its number', () => {
    const sentence = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十共受理案件101件，此后又有一二三四五六七八九十一二三四五六七八九十。';
    const at = sentence.indexOf('101');
    expect(sentenceWindow({ sentence, sentenceStart: 100, numberStart: 100 + at, numberEnd: 100 + at + 4 }, 6, 4)).toEqual(['…十共受理案件', '101件', '，此后又…']);
    expect(valueText(2600, '余')).toBe('2600余');
    expect(valueText(300, '约')).toBe('约300');
    expect(valueText(NaN, '')).toBe('');
  });
});
