import { isNumbered } from '../domain/stripListMark';
import { parsePeriod, parseSubPeriod } from '../domain/parsePeriod';
import { classifyCell, cellPeriod, writesItself } from './classifyCell';
import { cellText, type RawSheet } from './rawSheet';
import type { RowLayout } from './detection';
import { findSeriesHeader } from './seriesHeader';
import { metaLine } from './metaLine';
import { headerWord } from './detectColumns';

export interface RowSummary {
  nonEmpty: number;
  numbers: number;
  /** Numbers that are not years: a year header row has none. */
  values: number;
  missing: number;
  texts: number;
  periods: number;
  firstText: string;
  /** Cells written as 「名称:内容」 (填报单位:…, 单位:件). */
  keyValues: number;
  /** A report form's column numbers under its header: 甲 | 乙 | 1 | 2 | 3, or (1) (2). */
  columnNumbers: boolean;
}

/** A number such as 2016.09 or 2016.1: a month header once a spreadsheet has made it a number. */
function isDecimalMonth(v: unknown): boolean {
  if (typeof v !== 'number' || Number.isInteger(v)) return false;
  const year = Math.floor(v);
  const month = Math.round((v - year) * 100);
  return year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && Math.abs((v - year) * 100 - month) < 1e-6;
}

// 填报单位（盖章）：… | 填报日期：…: a form's heading line, however many cells it spreads over.
const FORM_HEAD_RE = /^(填报单位|报送单位|填报机关|填表单位|制表单位|填报日期|报送日期)\s*(?:[(（][^)）]{1,6}[)）])?\s*[:：]/;
const KEY_VALUE_RE = /^[^:：\d()（）]{1,10}[:：]/;
const UNIT_ROW_RE = /^[(（]?\s*(计量)?单位\s*[:：]/;
// A form's signature lines: 填表人：张三 | 联系电话：… | 填报日期：…, however many cells.
const FOOTER_RE = /^(填表人|填报人|制表人?|审核人?|审核|负责人|单位负责人|统计负责人|联系人|联系电话|电话|填报日期|报出日期)\s*[:：]/;
const STEM_RE = /^(?:[甲乙丙丁戊己庚辛壬癸]|栏次|列次)$/;
const NOTE_RE = /^(注|说明|备注|附注|资料来源|数据来源|来源|填表说明|填报说明|制表|填表人|审核人)\s*[:：0-9一二三、.．]|^注\s|^\*/;

export function summarizeRow(sheet: RawSheet, r: number): RowSummary {
  const row = sheet.rows[r];
  const s: RowSummary = { nonEmpty: 0, numbers: 0, values: 0, missing: 0, texts: 0, periods: 0, firstText: '', keyValues: 0, columnNumbers: false };
  if (!row) return s;
  let decimalMonths = 0;
  // 甲, 乙 … then 1, 2, 3 … left to right, nothing else.
  let counting = 0;
  let stems = 0;
  let bracketed = 0;
  let furniture = true;
  for (let c = 0; c < Math.min(row.length, sheet.nCols); c++) {
    const cell = row[c];
    if (cell?.t === 'n' && isDecimalMonth(cell.v)) decimalMonths++;
    const kind = classifyCell(cell);
    if (kind === 'empty') continue;
    s.nonEmpty++;
    // Read once: a wide sheet's rows are a million cells.
    const written = cellText(cell);
    const period = cell!.t === 'n' ? cellPeriod(cell) : parsePeriod(written);
    if (!s.firstText) s.firstText = written;
    if (furniture) {
      const text = written.replace(/^[(（](\d+)[)）]$/, '$1');
      if (STEM_RE.test(text) && counting === 0) stems++;
      else if (text === String(counting + 1)) {
        counting++;
        if (text !== written) bracketed++;
      } else furniture = false;
    }
    if (kind === 'number') {
      s.numbers++;
      // 「2月」 reads as a number with a unit, but in a header it is a month (「6月同比(%)」 heads one's change).
      // A plain decimal (most of a wide CSV's million cells) names no month or quarter: told without the patterns.
      if (period || (cell?.t !== 'n' && !writesItself(written) && (parseSubPeriod(written) || LEADING_MONTHS_RE.test(written)))) s.periods++;
      else s.values++;
    } else if (kind === 'missing' || kind === 'error') s.missing++;
    else {
      s.texts++;
      if (period) s.periods++;
      if (KEY_VALUE_RE.test(written)) s.keyValues++;
    }
  }
  // 甲 | 1 | 2 (a stem first), or (1) | (2) | (3) with nothing else: a bare 1 | 2 | 3 may be figures.
  s.columnNumbers = furniture && counting >= 2 && (stems >= 1 || bracketed === counting);
  // A run of 2016.09, 2016.1, 2016.11 across a row is a header of months, not values.
  if (decimalMonths >= 3 && decimalMonths >= 0.8 * s.numbers) {
    s.values -= decimalMonths;
    s.periods += decimalMonths;
  }
  return s;
}

const LEADING_MONTHS_RE = /^\d{1,2}\s*(?:[-—–~至]\s*\d{1,2}\s*)?月(?!\d)/;

/** NBS lines, 「单位:件」 rows, rows of 「填报单位:… 单位:…」 pairs and a form's column numbers: about the table, not in it. */
export function isMetaRow(s: RowSummary): boolean {
  if (s.columnNumbers) return true;
  if (s.nonEmpty <= 2 && (metaLine(s.firstText) || UNIT_ROW_RE.test(s.firstText))) return true;
  if (s.values === 0 && FORM_HEAD_RE.test(s.firstText)) return true;
  return s.nonEmpty > 0 && s.nonEmpty <= 4 && s.keyValues === s.nonEmpty && s.values === 0;
}

export function isNoteRow(s: RowSummary): boolean {
  return (s.nonEmpty <= 2 && NOTE_RE.test(s.firstText)) || FOOTER_RE.test(s.firstText);
}


export function isDataRow(s: RowSummary): boolean {
  return s.nonEmpty >= 2 && s.values >= 1 && !isMetaRow(s) && !isNoteRow(s);
}

/** Rows inspected in full at the top and bottom; the middle of a long table is data. */
const SCAN_TOP = 400;
const SCAN_BOTTOM = 200;

/**
 * Which rows are title, meta (NBS lines, 「单位:件」), header, data and notes. The data
 * block starts at the first row with a non-year number that the next rows agree with;
 * the header is the run of text rows right above it (at most three).
 */
export function detectRows(sheet: RawSheet, headerOverride?: { start: number; end: number }): RowLayout {
  if (headerOverride) return findRows(sheet, headerOverride);
  // Asked twice of a sheet (splitStackedTables, then detectSheet): a wide sheet's rows are a million cells.
  let layout = layouts.get(sheet);
  if (!layout) layouts.set(sheet, (layout = findRows(sheet)));
  return { ...layout, titleRows: [...layout.titleRows], metaRows: [...layout.metaRows], noteRows: [...layout.noteRows] };
}

const layouts = new WeakMap<RawSheet, RowLayout>();

function findRows(sheet: RawSheet, headerOverride?: { start: number; end: number }): RowLayout {
  const n = sheet.nRows;
  const cache = new Map<number, RowSummary>();
  const sum = (r: number) => {
    let s = cache.get(r);
    if (!s) cache.set(r, (s = summarizeRow(sheet, r)));
    return s;
  };
  const top = Math.min(n, SCAN_TOP);

  let dataStart = -1;
  if (headerOverride) dataStart = headerOverride.end + 1;
  else {
    for (let r = 0; r < top && dataStart < 0; r++) {
      if (!isDataRow(sum(r))) continue;
      let agree = 0;
      let seen = 0;
      for (let k = r + 1; k < Math.min(n, r + 6); k++) {
        const s = sum(k);
        // A row with only its label (a place whose values are all blank) neither agrees nor disagrees.
        if (s.nonEmpty === 0 || isNoteRow(s) || isMetaRow(s) || (s.nonEmpty === 1 && s.texts === 1)) continue;
        seen++;
        if (isDataRow(s) || (s.nonEmpty >= 2 && s.missing + s.values >= 1)) agree++;
      }
      if (seen === 0 || agree * 2 >= seen) dataStart = r;
    }
  }
  // 城关区 | 2015 | 1999 under a header of words: figures that look like years, in a row shaped as
  // the data below it (a place, then numbers), are data, not a second header row of years.
  // Every figure looks like a year (a small table of counts such as 2015, 1987): its first row
  // shaped as data right under a header of words starts the data.
  for (let r = 1; !headerOverride && dataStart < 0 && r < top; r++) {
    if (yearLikeDataRow(sheet, r, r, sum) && headedByWords(r, sum(r).nonEmpty, sum) && (r + 1 >= n || yearLikeDataRow(sheet, r + 1, r, sum))) dataStart = r;
  }
  if (!headerOverride && dataStart > 1) {
    let top = dataStart;
    while (top > 1 && yearLikeDataRow(sheet, top - 1, dataStart, sum)) top--;
    if (top < dataStart && headedByWords(top, sum(top).nonEmpty, sum)) dataStart = top;
  }
  // Merged ranges are evidence: a row covered by vertical merges from the row above (县区 and
  // 纠错率(%) merged over both header rows) is part of the header, even if it looks like data.
  while (!headerOverride && dataStart > 0 && dataStart < n - 1 && coveredFromAbove(sheet, dataStart) && sum(dataStart).values === 0) dataStart++;
  // 兰州市 | — | 未统计 (a place that reported nothing) right above the first figures: a data row, not a header row.
  while (!headerOverride && dataStart > 1 && noFigureRow(sheet, dataStart - 1, dataStart, sum) && sum(dataStart - 2).nonEmpty > 0) dataStart--;
  const titleRows: number[] = [];
  const metaRows: number[] = [];
  const noteRows: number[] = [];
  if (dataStart < 0) {
    for (let r = 0; r < top; r++) if (isMetaRow(sum(r))) metaRows.push(r);
    return { titleRows, metaRows, noteRows, headerStart: 0, headerEnd: -1, dataStart: n, dataEnd: n - 1 };
  }

  let headerStart: number;
  let headerEnd: number;
  if (headerOverride) {
    headerStart = headerOverride.start;
    headerEnd = headerOverride.end;
  } else {
    headerEnd = dataStart - 1;
    while (headerEnd >= 0 && sum(headerEnd).nonEmpty === 0) headerEnd--;
    // A header may sit above the 数据库/时间/地区 lines (exports that write the header first).
    let above = headerEnd;
    while (above >= 0 && (sum(above).nonEmpty === 0 || isMetaRow(sum(above)))) above--;
    if (above !== headerEnd && above >= 0 && sum(above).nonEmpty >= 3 && sum(above).values === 0 && !isNoteRow(sum(above))) headerEnd = above;
    // 指标 | 单位 | 2021年 | 2022年 over 「一、综合」 (or over a place with no figures at all) over the
    // first figures: that line opens the data.
    if (headerEnd > 0 && sum(headerEnd).nonEmpty === 1 && (isNumbered(sum(headerEnd).firstText) || sameLabelColumn(sheet, headerEnd, dataStart))) {
      let h = headerEnd - 1;
      while (h >= 0 && sum(h).nonEmpty === 0) h--;
      if (h >= 0 && sum(h).nonEmpty >= 2 && sum(h).values === 0 && !isMetaRow(sum(h)) && !isNoteRow(sum(h))) {
        dataStart = headerEnd;
        headerEnd = h;
      }
    }
    if (headerEnd >= 0 && (isMetaRow(sum(headerEnd)) || (isTitleLike(sheet, headerEnd, sum(headerEnd)) && !indexNameRow(sheet, headerEnd, sum)))) headerEnd = -1;
    headerStart = headerEnd;
    // Grow the header upward over group rows (merged or sparse text rows), three rows at most.
    while (headerStart > 0 && headerEnd - headerStart < 2) {
      const s = sum(headerStart - 1);
      if (s.nonEmpty === 0 || isMetaRow(s) || isNoteRow(s) || isTitleLike(sheet, headerStart - 1, s)) break;
      if (s.values > 0) break;
      headerStart--;
    }
    if (headerEnd < 0) headerStart = 0;
  }

  for (let r = 0; r < Math.max(0, headerEnd < 0 ? dataStart : headerStart); r++) {
    const s = sum(r);
    if (s.nonEmpty === 0) continue;
    if (isMetaRow(s)) metaRows.push(r);
    else titleRows.push(r);
  }
  for (let r = headerEnd + 1; headerEnd >= 0 && r < dataStart; r++) if (isMetaRow(sum(r))) metaRows.push(r);

  // A series export (Wind, CEIC): its labelled rows 指标名称 | 频率 | 单位 … are the header, however many.
  const series = headerOverride ? null : findSeriesHeader(sheet);
  if (series) {
    [headerStart, headerEnd] = [series.start, series.end];
    dataStart = Math.max(dataStart, series.end + 1);
    for (const list of [titleRows, metaRows]) list.splice(0, list.length, ...list.filter((r) => r < series.start));
  }

  // From the bottom: notes, footers and blank rows are not data.
  let dataEnd = n - 1;
  const bottom = Math.max(dataStart, n - SCAN_BOTTOM);
  while (dataEnd >= bottom) {
    const s = sum(dataEnd);
    if (s.nonEmpty === 0) dataEnd--;
    else if (isNoteRow(s) || isMetaRow(s) || (s.nonEmpty === 1 && s.values === 0) || numberedNoteLine(dataEnd, s, sum)) {
      noteRows.unshift(dataEnd);
      dataEnd--;
    } else break;
  }
  // A note row followed by more note lines (indented 2., 3.) is all notes.
  if (noteRows.length) {
    const first = noteRows[0];
    for (let r = first + 1; r < n; r++) if (!noteRows.includes(r) && sum(r).nonEmpty > 0) noteRows.push(r);
    noteRows.sort((a, b) => a - b);
  }
  return { titleRows, metaRows, noteRows, headerStart, headerEnd, dataStart, dataEnd };
}

/**
 * 地区 alone under a header of 指标 | 培训人次 … and 年份 | 2019 … rows: pandas' row naming its
 * index (the label columns) under columns that have names of their own. The last header row.
 */
function indexNameRow(sheet: RawSheet, r: number, sum: (r: number) => RowSummary): boolean {
  const s = sum(r);
  if (r === 0 || s.texts !== s.nonEmpty || s.texts > 3) return false;
  const above = sum(r - 1);
  if (above.nonEmpty < 2 || above.values > 0) return false;
  return (sheet.rows[r] ?? []).every((cell) => classifyCell(cell) === 'empty' || headerWord(cellText(cell)) !== null);
}

/** The column of a row's first text cell (-1 without one). */
function firstLabelCol(sheet: RawSheet, r: number): number {
  return (sheet.rows[r] ?? []).findIndex((c) => classifyCell(c) === 'text');
}

/** A one-cell line whose text stands in the column the data rows label: a row of theirs, not a header. */
function sameLabelColumn(sheet: RawSheet, r: number, data: number): boolean {
  const at = firstLabelCol(sheet, r);
  return at >= 0 && at === firstLabelCol(sheet, data) && !headerWord(cellText(sheet.rows[r]?.[at]));
}

/** Labels where the data row has its own, and only 「—」, 「/」, 「未统计」 in its figures' places. */
function noFigureRow(sheet: RawSheet, r: number, data: number, sum: (r: number) => RowSummary): boolean {
  const s = sum(r);
  if (s.missing < 1 || s.numbers > 0 || s.texts < 1 || s.texts + s.missing !== s.nonEmpty || s.texts > sum(data).texts) return false;
  const row = sheet.rows[r] ?? [];
  const below = sheet.rows[data] ?? [];
  return row.every((cell, c) => {
    const kind = classifyCell(cell);
    if (kind === 'text') return classifyCell(below[c]) === 'text' && !headerWord(cellText(cell));
    return kind !== 'missing' || classifyCell(below[c]) === 'number' || classifyCell(below[c]) === 'missing';
  });
}

/**
 * Row `r` holds only labels and year-like figures, its labels in the columns where row `below`
 * has its own (a place; a place, a year and an indicator; an indicator and its unit), give or
 * take a group left blank, none of them a header word: a data row whose figures look like years,
 * not a header row of years.
 */
function yearLikeDataRow(sheet: RawSheet, r: number, below: number, sum: (r: number) => RowSummary): boolean {
  const s = sum(r);
  const b = sum(below);
  if (s.texts < 1 || s.numbers < 1 || s.values > 0 || s.numbers + s.texts !== s.nonEmpty || b.texts < 1) return false;
  const labelCols = (k: number) => (sheet.rows[k] ?? []).flatMap((c, i) => (classifyCell(c) === 'text' ? [i] : []));
  const at = labelCols(r);
  const under = below === r ? at : labelCols(below);
  // Either row may leave blank what it shares with the other (a group merged or written once),
  // but both end on the same label: the name their figures are of.
  const within = (a: number[], b: number[]) => a.every((c) => b.includes(c));
  return at[at.length - 1] === under[under.length - 1] && (within(at, under) || within(under, at)) && at.every((c) => !headerWord(cellText(sheet.rows[r]?.[c])));
}

/** The row right above `r` (blank rows aside) is all words, as many as the row has cells. */
function headedByWords(r: number, cells: number, sum: (r: number) => RowSummary): boolean {
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
    const h = sum(k);
    if (h.nonEmpty === 0) continue;
    return h.texts >= cells && h.values === 0 && h.numbers === 0;
  }
  return false;
}

const NUMBERED_LINE_RE = /^(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．)）]\s*[\u4e00-\u9fff].{5,}/;

/** 「2.天水市数据为12月估计数」 a line or two under 「注：1.…」: the notes go on, whatever numbers it holds. */
function numberedNoteLine(r: number, s: RowSummary, sum: (r: number) => RowSummary): boolean {
  if (!NUMBERED_LINE_RE.test(s.firstText)) return false;
  for (let k = r - 1; k >= Math.max(0, r - 3); k--) if (isNoteRow(sum(k))) return true;
  return false;
}

/** A row some of whose cells continue a vertical merge that starts in the row above. */
function coveredFromAbove(sheet: RawSheet, r: number): boolean {
  return sheet.merges.some((m) => m.s.r < r && m.e.r >= r && m.s.r >= r - 3);
}

/** One text cell at the table's left edge or merged across it: a title, not a group header. */
function isTitleLike(sheet: RawSheet, r: number, s: RowSummary): boolean {
  if (s.nonEmpty !== 1) return false;
  const row = sheet.rows[r] ?? [];
  let c = 0;
  while (c < row.length && !cellText(row[c])) c++;
  // In a two-column table only a sentence-like cell at the left edge is a title (「全市各县区2015年法治建设情况」).
  if (sheet.nCols <= 2) return c <= leftEdge(sheet, r) && (s.firstText.length >= 8 || /(?:19|20)\d{2}/.test(s.firstText));
  const m = sheet.merges.find((x) => x.s.r <= r && x.e.r >= r && x.s.c <= c && x.e.c >= c);
  // Merged across the table from its left edge; a group header merged over the value columns only is not a title.
  if (m && m.e.c - m.s.c + 1 >= sheet.nCols - 1 && m.s.c <= leftEdge(sheet, r)) return true;
  return c <= leftEdge(sheet, r);
}

/** The first column any of the next rows uses: where the table starts (a blank column A is margin). */
function leftEdge(sheet: RawSheet, r: number): number {
  let edge = Infinity;
  for (let k = r + 1; k < Math.min(sheet.nRows, r + 8); k++) {
    const row = sheet.rows[k] ?? [];
    for (let c = 0; c < Math.min(row.length, edge); c++) if (cellText(row[c])) edge = c;
  }
  return edge === Infinity ? 0 : edge;
}
