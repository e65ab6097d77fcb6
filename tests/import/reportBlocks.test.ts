import { describe, expect, it } from 'vitest';
import { reportBlocks } from '../../src/import/reportBlocks';
import type { ReportCandidate } from '../../src/import/report/types';
import { REPORT_SHEET, sourceCell } from '../../src/domain/reportSource';
import { sparseText } from '../../src/domain/model';

const cand = (over: Partial<ReportCandidate>): ReportCandidate => ({
  indicator: '行政复议纠错件数', known: true, value: 7, unit: '件', qualifier: '', raw: '7件', sentence: '纠错7件。', paragraph: 1,
  sentenceStart: 30, sentenceEnd: 35, numberStart: 32, numberEnd: 34, stated: false, period: null, region: '', ...over,
});

describe('accepted report candidates as storage blocks', () => {
  it('keeps the sentence as raw text and paragraph + offset as the cell, with the report\'s region and period', () => {
    const { regions, blocks, newIndicators, missing } = reportBlocks(
      { paragraphs: [{ start: 0, end: 20 }, { start: 21, end: 60 }], region: '兰州市', period: { start: 2014, end: 2014 } },
      [cand({}), cand({ indicator: '普法宣传场次', known: false, value: 2600, unit: '场', qualifier: '余', raw: '2600余场', sentence: '开展普法宣传2600余场。', sentenceStart: 40, region: '温州市' })],
    );
    expect(regions).toEqual(['兰州市', '温州市']);
    expect(missing).toBe(0);
    expect(newIndicators).toEqual([['普法宣传场次', '场']]);
    const b = blocks.find((x) => x.indicator === '行政复议纠错件数')!;
    expect(b.sheet).toBe(REPORT_SHEET);
    expect([...b.periods]).toEqual([20142014]);
    expect(sparseText(b.rawRows, b.rawTexts, 0)).toBe('纠错7件。');
    expect(sourceCell(b.sheet, b.rows[0], b.cols[0])).toEqual({ kind: 'text', paragraph: 2, offset: 10 });
  });

  it('a candidate with no region or period anywhere is not stored, and counted', () => {
    expect(reportBlocks({ paragraphs: [{ start: 0, end: 40 }], region: '', period: null }, [cand({ paragraph: 0 })]).missing).toBe(1);
  });
});
