import type { BlockData, Qualifier } from '../domain/model';
import { parsePeriod } from '../domain/parsePeriod';
import type { ReportCandidate } from './report/types';
import { reportBlocks } from './reportBlocks';
import { SAMPLE_ROWS } from './sampleRows';

/** One sample import: the figures taken from one of the five reports, under its title. */
export interface SampleReport {
  title: string;
  regions: string[];
  blocks: BlockData[];
  regionMeta: [string, string, string][];
}

/**
 * The sample data as the reports it came from: each figure stored as a report value (its
 * sentence as raw text, its paragraph and offset as the place), one import per report named
 * by the report's title, so every sample number traces back to the report that states it.
 */
export function sampleReports(): SampleReport[] {
  const byTitle = new Map<string, { candidates: ReportCandidate[]; meta: Map<string, [string, string, string]> }>();
  for (const [region, province, level, period, indicator, value, unit, approx, title, quote, paragraph, offset] of SAMPLE_ROWS) {
    let r = byTitle.get(title);
    if (!r) byTitle.set(title, (r = { candidates: [], meta: new Map() }));
    const start = Number(offset) || 0;
    r.candidates.push({
      indicator, known: true, value: Number(value), unit, qualifier: approx as Qualifier, raw: `${value}${approx}${unit}`, sentence: quote,
      paragraph: Number(paragraph) || 0, sentenceStart: start, sentenceEnd: start + quote.length, numberStart: start, numberEnd: start,
      stated: unit === '%', period: parsePeriod(period), region,
    });
    r.meta.set(region, [region, level, province]);
  }
  return [...byTitle].map(([title, r]) => {
    // Offsets are already within their paragraph: paragraphs all start at 0 here.
    const paragraphs = Array.from({ length: Math.max(...r.candidates.map((c) => c.paragraph)) + 1 }, () => ({ start: 0, end: 0 }));
    const { regions, blocks } = reportBlocks({ paragraphs, region: '', period: null }, r.candidates);
    return { title, regions, blocks, regionMeta: [...r.meta.values()] };
  });
}
