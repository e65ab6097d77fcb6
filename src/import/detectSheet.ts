import type { IndicatorIndex } from '../domain/matchIndicator';
import type { RegionIndex } from '../domain/matchRegion';
import { detectColumns, findRegionListHeader } from './detectColumns';
import { detectContext } from './detectContext';
import { detectRows } from './detectRows';
import { layoutName, type Detection, type DetectionOverride } from './detection';
import { cleanHeader } from './headerParts';
import { cellText, type RawSheet } from './rawSheet';

/** Fingerprint of a header layout: the header texts of the first 40 columns. */
export function headerSignature(sheet: RawSheet, start: number, end: number): string {
  const texts: string[] = [];
  for (let r = start; r <= end && r >= 0; r++) {
    for (let c = 0; c < Math.min(sheet.nCols, 40); c++) texts.push(cellText(sheet.rows[r]?.[c]));
  }
  let h = 2166136261;
  const s = `${sheet.nCols}|${texts.join('\u0001')}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * Finds a sheet's parts without help: rows (title, meta, header, data, notes), then
 * columns (labels and values, and what the headers name), then the context (period,
 * indicator, unit from around the table). A user's correction replaces the matching
 * stage's guess and the later stages follow it.
 */
export function detectSheet(
  sheet: RawSheet,
  fileName: string,
  indicators: IndicatorIndex,
  regions: RegionIndex,
  override: DetectionOverride = {},
): Detection {
  // 1. Rows.
  const headerOverride =
    override.headerStart !== undefined && override.headerEnd !== undefined
      ? { start: override.headerStart, end: override.headerEnd }
      : undefined;
  const rows = detectRows(sheet, headerOverride);
  if (!headerOverride && rows.dataStart > rows.dataEnd) {
    const h = findRegionListHeader(sheet);
    if (h >= 0) Object.assign(rows, { headerStart: h, headerEnd: h, dataStart: h + 1, dataEnd: sheet.nRows - 1, titleRows: rows.titleRows.filter((r) => r < h) });
  }

  // 2. Columns, read through the header's parts (merged and grouped headers resolved).
  const parts = cleanHeader(sheet, rows.headerStart, rows.headerEnd).map((c) => [...c.parts]);
  // 3. Context around the table (its one place tells the columns what its rows are not).
  const ctx = detectContext(sheet, fileName, rows.titleRows, rows.metaRows, indicators, regions);
  const onePlace = (override.region ?? ctx.region) !== '' && !ctx.scope;
  const cols = detectColumns(sheet, rows.dataStart, rows.dataEnd, parts, indicators, regions, onePlace);
  // A 填表说明 or 目录 sheet beside the data explains the workbook: its numbers (a deadline, a phone)
  // are no figures, unless the user says which columns hold some. Alone, it is the table.
  if ((sheet.workbookSheets ?? 1) > 1 && NOTES_SHEET_RE.test(sheet.name.replace(/\s+/g, ''))) cols.valueCols = [];
  if (override.labelCols) {
    cols.labelCols = override.labelCols;
    const labels = new Set(override.labelCols.map((l) => l.col));
    cols.valueCols = cols.valueCols.filter((c) => !labels.has(c));
    // A column the user turned from a label back into values.
    for (let c = 0; c < sheet.nCols; c++) {
      if (!labels.has(c) && !cols.valueCols.includes(c) && parts[c].length) cols.valueCols.push(c);
    }
    cols.valueCols.sort((a, b) => a - b);
  }
  if (override.headerRole) cols.headerRole = override.headerRole;
  const skipCols = override.skipCols ?? [];

  if (override.period !== undefined) {
    ctx.period = override.period;
    ctx.periodSource = override.period ? 'user' : null;
  }
  if (override.indicator !== undefined) [ctx.indicator, ctx.indicatorSource] = [override.indicator, override.indicator ? 'user' : null];
  if (override.region !== undefined) [ctx.region, ctx.regionSource] = [override.region, override.region ? 'user' : null];
  const { nbs, scope, ...context } = ctx;

  return {
    ...rows,
    ...cols,
    skipCols,
    context,
    layout: layoutName(cols.headerRole, cols.labelCols.some((l) => l.role === 'indicator'), nbs),
    signature: headerSignature(sheet, rows.headerStart, rows.headerEnd),
    ...(override.rejectedRegions?.length ? { rejectedRegions: override.rejectedRegions } : {}),
    ...(override.columnIndicators?.length ? { columnIndicators: override.columnIndicators } : {}),
  };
}

const NOTES_SHEET_RE = /^(?:填表说明|填报说明|说明|使用说明|指标说明|指标解释|名词解释|注释|目录|封面|readme|instructions?|notes?)$/i;
