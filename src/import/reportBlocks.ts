import type { BlockData } from '../domain/model';
import { periodKey } from '../domain/parsePeriod';
import { qualifierIndex } from '../domain/qualifiers';
import { REPORT_SHEET } from '../domain/reportSource';
import { ObsBuilder } from './obsColumns';
import type { ReportCandidate, ReportExtraction } from './report/types';
import { toBlocks } from './toBlocks';

/**
 * The candidates the user accepted → storage blocks, through the same commit as tables. A
 * value's raw text is its sentence; its "cell" is paragraph (row) and the sentence's offset
 * in that paragraph (column), shown as paragraph and offset (sourceCell). Candidates without a region or period
 * of their own take the report's.
 */
export function reportBlocks(
  extraction: Pick<ReportExtraction, 'paragraphs' | 'region' | 'period'>,
  accepted: readonly ReportCandidate[],
): { regions: string[]; blocks: BlockData[]; newIndicators: [string, string][]; missing: number } {
  const obs = new ObsBuilder();
  const newIndicators = new Map<string, string>();
  let missing = 0;
  for (const c of accepted) {
    const region = c.region || extraction.region;
    const period = c.period ?? extraction.period;
    if (!region || !period || !c.indicator || !Number.isFinite(c.value)) {
      missing++;
      continue;
    }
    const para = extraction.paragraphs[c.paragraph];
    obs.add(region, c.indicator, periodKey(period), c.value, qualifierIndex(c.qualifier), c.unit, c.sentence, c.paragraph, Math.max(0, c.sentenceStart - (para?.start ?? 0)));
    if (!c.known && !newIndicators.has(c.indicator)) newIndicators.set(c.indicator, c.unit);
  }
  const regionIndex = new Map<string, number>();
  const blocks = toBlocks(REPORT_SHEET, obs.columns(), regionIndex);
  return { regions: [...regionIndex.keys()], blocks, newIndicators: [...newIndicators], missing };
}
