// The importer's view of a sheet, independent of SheetJS: a dense grid of plain cells.
import type { Skip } from '../domain/model';

/** Excel's limit on the text of one cell: a longer text cannot be written to any .xlsx (backup, exports). */
export const CELL_TEXT_LIMIT = 32_767;

export interface RawCell {
  /** n number, s string, b boolean, e error, d date, z stub */
  t: 'n' | 's' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
  /** Text as the spreadsheet displays it. */
  w?: string;
  /** Number format, e.g. `0.0%`. */
  z?: string | number;
}

export interface MergeRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface RawSheet {
  name: string;
  /** rows[r][c]; rows and cells may be missing (blank). */
  rows: (RawCell | undefined)[][];
  nRows: number;
  nCols: number;
  merges: MergeRange[];
  /**
   * What the reader changed and the user must see, as skip-list entries (reason `truncated`:
   * a text longer than CELL_TEXT_LIMIT kept up to the limit). Not counted as skipped cells.
   */
  readNotes?: Skip[];
  /** One of several tables stacked on the sheet (splitStackedTables): 1, 2, …, and the row it starts at. */
  table?: number;
  firstRow?: number;
  /** The sheet's own title lines above its first table: a later table that names no period or place of its own has the sheet's. */
  sheetTitles?: string[];
  /** How many sheets (tables) its file holds: a 说明 sheet beside others explains them. */
  workbookSheets?: number;
}

export interface RawWorkbook {
  fileName: string;
  sheets: RawSheet[];
  /** How the file was read, e.g. `xlsx`, `csv (GB18030)`. */
  format: string;
}

/** The text a person sees in a cell ('' for blank). */
/** The text of a row's first written cell ('' for a blank row). */
export function firstCellText(sheet: RawSheet, r: number): string {
  for (const cell of sheet.rows[r] ?? []) {
    const t = cellText(cell);
    if (t) return t;
  }
  return '';
}

export function cellText(cell: RawCell | undefined): string {
  if (cell?.t === 'd' && typeof cell.v === 'number' && !cell.w) return excelDateText(cell.v, cell.z);
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return cell?.w?.trim() ?? '';
  if (cell.t === 'n' && typeof cell.v === 'number') return (cell.w ?? String(cell.v)).trim();
  return String(cell.w ?? cell.v).trim();
}


/**
 * An Excel serial date as ISO text (1900 date system), for cells read without display text, to
 * the grain its format shows: Chinese Excel makes a typed 2020年1月 a date formatted
 * yyyy"年"m"月" (→ 2020-01), and 2020年 one formatted yyyy"年" (→ 2020).
 */
function excelDateText(serial: number, format: unknown): string {
  const ms = Math.round((serial - 25569) * 86400000);
  if (!Number.isFinite(ms)) return String(serial);
  const iso = new Date(ms).toISOString();
  // The format's own letters, without quoted text, escapes or [$-804], [DBNum1], [Red] (but [h]); a
  // format naming no year (General, [h]:mm) keeps the whole date.
  const shown = typeof format === 'string' ? format.replace(/"[^"]*"|\[(?![hms]+\])[^\]]*\]|\\./gi, '').toLowerCase() : '';
  if (shown.includes('y') && !shown.includes('m')) return iso.slice(0, 4);
  if (shown.includes('y') && !shown.includes('d') && !shown.includes('h')) return iso.slice(0, 7);
  return iso.slice(0, serial % 1 ? 16 : 10).replace('T', ' ');
}
