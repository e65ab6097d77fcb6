import type { DraftSheet } from '../import/draft';

/**
 * Which sheets of a reviewed file one commit takes: the sheets with values, and the region
 * levels and parents of every kept sheet (a 级别 column or a 地区 | 省份 | 级别 list), so that the
 * values and the region metadata of one import land in one transaction under one policy.
 */
export function planCommit(sheets: readonly DraftSheet[], include: readonly boolean[]): { valueSheets: DraftSheet[]; regionMeta: [string, string, string][] } {
  const kept = sheets.filter((_, i) => include[i]);
  return {
    valueSheets: kept.filter((s) => s.count > 0),
    regionMeta: kept.flatMap((s) => s.regionMeta.map(([r, level, parent]) => [r, level, parent] as [string, string, string])),
  };
}
