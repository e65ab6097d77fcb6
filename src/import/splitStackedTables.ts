import { isNumbered } from '../domain/stripListMark';
import { looksLikePlace } from '../domain/matchRegion';
import { cellPeriod, classifyCell } from './classifyCell';
import { headerWord } from './detectColumns';
import { detectRows, isDataRow, summarizeRow, type RowSummary } from './detectRows';
import { cellText, firstCellText, type RawSheet } from './rawSheet';

/** Report tables stack a few small tables; a long export's middle is not searched for more. */
const SCAN_ROWS = 5000;

/**
 * A sheet holding tables one under another (「2019年…」 and its table, then 「2020年…」 and
 * another), as one sheet per table: each is detected on its own, with its own title, header and
 * period. The parts keep the sheet's name and row numbers (rows outside a part are blank), so
 * every value still points at its cell. A header repeated without a title of its own (a page
 * break in an export) does not start a table.
 */
export function splitStackedTables(sheet: RawSheet): RawSheet[] {
  const layout = detectRows(sheet);
  if (layout.headerEnd < 0 || layout.dataStart > layout.dataEnd) return [sheet];
  const sums = new Map<number, RowSummary>();
  const sum = (r: number) => {
    let s = sums.get(r);
    if (!s) sums.set(r, (s = summarizeRow(sheet, r)));
    return s;
  };
  const starts: number[] = [];
  const end = Math.min(layout.dataEnd, layout.dataStart + SCAN_ROWS);
  for (let r = layout.dataStart + 1; r <= end; r++) {
    // Told first by a cheap look: a table's title row right above it (a wide sheet's rows are long).
    if (!oneCell(sheet, r - 1) && !blankRow(sheet, r - 1) && !(headerWord(firstCellText(sheet, r)) && wordsOverFigures(sheet, r, r + 1))) continue;
    const s = sum(r);
    if (s.texts < 2 || s.numbers > 0 || !headsColumns(sheet, r)) continue;
    let next = r + 1;
    while (next <= layout.dataEnd && sum(next).nonEmpty === 0) next++;
    if (next > layout.dataEnd || !isDataRow(sum(next))) continue;
    // Its title: one-cell rows right above it, after a blank row or the previous table's last row.
    // A place or category row over the same header again labels rows of one table; over another
    // header, or naming a year, it titles a table of its own.
    const repeated = rowText(sheet, r) === rowText(sheet, layout.headerEnd);
    let start = r;
    while (start - 1 > layout.dataStart && sum(start - 1).nonEmpty === 1 && sum(start - 1).texts === 1 && (!repeated || isTitleText(sum(start - 1).firstText))) start--;
    // With no title line, a header of other words still starts a table (信息内容 | 上一年项目数量 … after
    // 信息内容 | 本年新制作数量 …): after a blank row, or opening with a header word (县区); not a place (榆中县 | 县 | 暂无 is data).
    const word = headerWord(s.firstText) !== null;
    if (start === r && (repeated || !wordsOverFigures(sheet, r, next) || (!word && (!blankRow(sheet, r - 1) || looksLikePlace(s.firstText))))) continue;
    starts.push(start);
    r = next;
  }
  if (!starts.length) return [sheet];
  const bounds = [0, ...starts, sheet.nRows];
  const sheetTitles = layout.titleRows.map((r) => firstCellText(sheet, r)).filter(Boolean);
  return bounds.slice(0, -1).map((from, k) => {
    const to = bounds[k + 1];
    const rows: RawSheet['rows'] = [];
    for (let r = from; r < to; r++) if (sheet.rows[r]) rows[r] = sheet.rows[r];
    return { ...sheet, rows, nRows: to, merges: sheet.merges.filter((m) => m.s.r >= from && m.s.r < to), readNotes: k === 0 ? sheet.readNotes : undefined, firstRow: from, table: k + 1, ...(k > 0 && sheetTitles.length ? { sheetTitles } : {}) };
  });
}

/**
 * A table's title names what it holds or when (2020年…, 表2 …, 学法培训情况); a one-cell row that
 * is a place (天水市 over its counties) or a category (一、行政复议) labels rows of one table.
 */
function isTitleText(text: string): boolean {
  return /(?:19|20)\d{2}/.test(text) || (!looksLikePlace(text) && !isNumbered(text));
}

function rowText(sheet: RawSheet, r: number): string {
  return (sheet.rows[r] ?? []).map((c) => cellText(c)).join('\u0001');
}

/**
 * A row of words over a row of figures, column for column (at least two columns: words where the
 * next row has numbers): a header, not a row of data whose cells happen to be text.
 */
function wordsOverFigures(sheet: RawSheet, r: number, below: number): boolean {
  const row = sheet.rows[r] ?? [];
  const next = sheet.rows[below] ?? [];
  let n = 0;
  for (let c = 1; c < row.length; c++) {
    const kind = classifyCell(row[c]);
    // A row of figures is told at its first number: a wide sheet's rows are long.
    if (kind === 'number') return false;
    if (kind === 'text' && classifyCell(next[c]) === 'number' && ++n >= 2) return true;
  }
  return false;
}

function blankRow(sheet: RawSheet, r: number): boolean {
  return (sheet.rows[r] ?? []).every((c) => !cellText(c));
}

/** A row with exactly one cell written (read only until a second one). */
function oneCell(sheet: RawSheet, r: number): boolean {
  let n = 0;
  for (const cell of sheet.rows[r] ?? []) if (cellText(cell) && ++n > 1) return false;
  return n === 1;
}

/** A row of words that heads columns: a header word (地区, 指标) or two periods among them. */
function headsColumns(sheet: RawSheet, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  let periods = 0;
  for (const cell of row) {
    const text = cellText(cell);
    if (!text) continue;
    if (headerWord(text)) return true;
    if (cellPeriod(cell)) periods++;
  }
  return periods >= 2;
}
