import { buildIndicatorIndex } from '../domain/matchIndicator';
import { buildRegionIndex } from '../domain/matchRegion';
import { periodLabel } from '../domain/parsePeriod';
import { QUALIFIERS } from '../domain/qualifiers';
import type { BlockData } from '../domain/model';
import { detectSheet } from './detectSheet';
import type { DetectionOverride } from './detection';
import type { CatalogSnapshot, Corrections, DraftSheet, ImportDraft } from './draft';
import { normalizeSheet, type SheetResult } from './normalizeSheet';
import { a1 } from '../domain/a1';
import { cellText, type RawSheet, type RawWorkbook } from './rawSheet';
import { splitStackedTables } from './splitStackedTables';
import { splitSideBySide } from './splitSideBySide';
import { readWorkbook } from './readWorkbook';
import { sha256 } from './sha256';
import { toBlocks } from './toBlocks';
import { findCollisions } from './findCollisions';
import { extractReport } from './extractReport';
import { isReportFile, readReport } from './readReport';

export const PREVIEW_ROWS = 40;
export const PREVIEW_COLS = 26;
const SAMPLE_SIZE = 30;

export type ProgressFn = (done: number, total: number, stage: string) => void;

/** A file being reviewed: its workbook and per-sheet results stay here until commit. */
export interface OpenDraft {
  draft: ImportDraft;
  workbook: RawWorkbook | null;
  results: SheetResult[];
  catalog: CatalogSnapshot;
  /** The name the sheets' context is read from ('' for a paste: its stamp names no period). */
  contextName?: string;
}

/**
 * One file → a draft for the review screen: hash, read, then per sheet detect (applying
 * a correction remembered for the same header layout) and normalise.
 */
export async function buildDraft(
  id: string,
  fileName: string,
  bytes: Uint8Array,
  catalog: CatalogSnapshot,
  corrections: Corrections,
  progress: ProgressFn,
  /** What a paste was classified as: read as that, never guessed from the paste's name. */
  pasted?: 'table' | 'text',
): Promise<OpenDraft> {
  const contextName = pasted ? '' : fileName;
  progress(0, 1, 'read');
  const draft: ImportDraft = {
    id, fileName, size: bytes.length, sha256: await sha256(bytes as Uint8Array<ArrayBuffer>), format: '', sheets: [], failure: null,
    collisions: [], collisionCount: 0,
  };
  // A report (prose) is read for candidates; everything else as a table.
  if (pasted ? pasted === 'text' : isReportFile(bytes, fileName)) {
    progress(0, 1, 'extract');
    const rep = readReport(bytes, fileName);
    if (!rep.ok) draft.failure = { reason: rep.reason };
    else {
      draft.format = rep.format;
      draft.report = { text: rep.text, format: rep.format, extraction: extractReport(rep.text, catalog.indicators, { fileName: contextName }) };
    }
    progress(1, 1, 'done');
    return { draft, workbook: null, results: [], catalog };
  }
  const read = readWorkbook(bytes, fileName);
  if (!read.ok) {
    draft.failure = { reason: read.reason, detail: read.detail };
    return { draft, workbook: null, results: [], catalog };
  }
  draft.format = read.workbook.format;
  const results: SheetResult[] = [];
  // Tables stacked on one sheet, or printed side by side, are reviewed as sheets of their own
  // (same name and cells), numbered 1, 2, … within their sheet.
  read.workbook.sheets = read.workbook.sheets.flatMap((sheet) => {
    const parts = splitStackedTables(sheet).flatMap(splitSideBySide);
    return parts.length > 1 ? parts.map((part, k) => ({ ...part, table: k + 1 })) : parts;
  });
  const sheets = read.workbook.sheets;
  for (const sheet of sheets) sheet.workbookSheets = sheets.length;
  sheets.forEach((sheet, index) => {
    progress(index, sheets.length, 'detect');
    const first = analyseSheet(sheet, index, contextName, catalog, {}, (d, t) => progress(index + d / t, sheets.length, 'normalize'));
    const remembered = corrections[first.sheet.detection.signature];
    const done = remembered
      ? analyseSheet(sheet, index, contextName, catalog, remembered, () => {})
      : first;
    done.sheet.remembered = !!remembered;
    draft.sheets.push(done.sheet);
    results.push(done.result);
  });
  if (sheets.length && sheets.every((s) => s.nRows === 0)) draft.failure = { reason: 'empty' };
  setCollisions(draft, results);
  progress(1, 1, 'done');
  return { draft, workbook: read.workbook, results, catalog, contextName };
}

/** The file's collisions, found again whenever a sheet is detected anew. */
export function setCollisions(draft: ImportDraft, results: SheetResult[]): void {
  const found = findCollisions(draft.sheets.map((s, i) => ({ index: s.index, name: s.name, obs: results[i].obs })));
  draft.collisions = found.collisions;
  draft.collisionCount = found.total;
}

/** Detect and normalise one sheet, with the user's correction if any. */
export function analyseSheet(
  sheet: RawSheet,
  index: number,
  fileName: string,
  catalog: CatalogSnapshot,
  override: DetectionOverride,
  onProgress: (done: number, total: number) => void,
): { sheet: DraftSheet; result: SheetResult } {
  const indicators = buildIndicatorIndex(catalog.indicators);
  const regions = buildRegionIndex(catalog.regions);
  const units = new Map(catalog.indicators.map((i) => [i.id, i.unit]));
  const detection = detectSheet(sheet, fileName, indicators, regions, override);
  const result = normalizeSheet(sheet, detection, indicators, regions, units, onProgress);
  const previewRows: number[] = [];
  for (let r = sheet.firstRow ?? 0; r < Math.min(sheet.nRows, (sheet.firstRow ?? 0) + PREVIEW_ROWS); r++) previewRows.push(r);
  // The notes at the foot of a long table are part of what the user must see.
  for (const r of detection.noteRows) if (r >= PREVIEW_ROWS && previewRows.length < PREVIEW_ROWS + 10) previewRows.push(r);
  const nCols = Math.min(sheet.nCols, PREVIEW_COLS);
  const preview = previewRows.map((r) => Array.from({ length: nCols }, (_, c) => cellText(sheet.rows[r]?.[c])));
  const o = result.obs;
  const newIds = new Set(result.newIndicators.map(([id]) => id));
  const sample = Array.from({ length: Math.min(SAMPLE_SIZE, o.value.length) }, (_, i) => ({
    region: o.region[i],
    indicator: o.indicator[i],
    period: periodLabel(o.period[i]),
    value: o.value[i],
    unit: o.unit[i],
    qualifier: QUALIFIERS[o.qualifier[i]],
    raw: o.raw[i],
    cell: a1(o.row[i], o.col[i]),
    newIndicator: newIds.has(o.indicator[i]),
  }));
  return {
    sheet: {
      index, name: sheet.name, ...(sheet.table ? { table: sheet.table } : {}), nRows: sheet.nRows, nCols: sheet.nCols, detection, previewRows, preview,
      count: o.value.length, skipped: result.skipped, blank: result.blank, skips: result.skips,
      problem: result.problem, newIndicators: result.newIndicators, newRegions: result.newRegions, regionMeta: result.regionMeta, regionGuesses: result.regionGuesses, periodNotes: result.periodNotes, unitNotes: result.unitNotes, usedContext: result.usedContext, sample, remembered: false,
    },
    result,
  };
}

/** The blocks of the sheets the user kept, ready for one commit, with the import's region list. */
export function draftBlocks(open: OpenDraft, sheetIndices: number[]): { regions: string[]; blocks: BlockData[] } {
  const blocks: BlockData[] = [];
  const regionIndex = new Map<string, number>();
  for (const i of sheetIndices) {
    const res = open.results[i];
    const sheet = open.draft.sheets[i];
    if (res && sheet) blocks.push(...toBlocks(sheet.name, res.obs, regionIndex));
  }
  return { regions: [...regionIndex.keys()], blocks };
}
