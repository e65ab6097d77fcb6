import * as XLSX from '@e965/xlsx';
import type { Skip } from '../domain/model';
import { a1 } from '../domain/a1';
import { decodeText, lineRuns } from './decodeText';
import { CELL_TEXT_LIMIT, type RawCell, type RawSheet, type RawWorkbook } from './rawSheet';
import { readZipDirectory } from './readZipDirectory';
import { cfbStreamNames, sniffFile } from './sniffFile';

// The only module that reads with SheetJS.

/** Why a file could not be read at all (each has its `read.*` text). */
export const READ_FAILURES = ['empty', 'encrypted', 'word', 'powerpoint', 'zip', 'pdf', 'image', 'unreadable', 'too-large', 'damaged', 'zip-too-large', 'mixed-encoding'] as const;
export type ReadFailure = (typeof READ_FAILURES)[number];

export type ReadResult = { ok: true; workbook: RawWorkbook } | { ok: false; reason: ReadFailure; detail?: string };

/** Cells per sheet beyond which we refuse rather than exhaust the tab's memory. */
export const MAX_CELLS = 20_000_000;

/**
 * Declared unpacked size of all parts of a zip-based workbook (xlsx, xlsm, xlsb, ods) beyond
 * which it is refused before parsing: 1 GB. A million-cell sheet unpacks to about 100 MB; a zip
 * bomb (a 2 MB file holding a 2 GB sheet) would otherwise be read for a minute and exhaust the tab.
 */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const TEXT_EXT = /\.(csv|txt|tsv|tab|prn)$/i;

/**
 * File bytes → a plain grid per sheet, or the reason it cannot be read. Text tables are
 * decoded here (UTF-8/UTF-16/GB18030) and read with every cell as text, so the value
 * rules of parseValue see exactly what the analyst typed (`2600余`, `1,234`).
 */
export function readWorkbook(bytes: Uint8Array, fileName: string): ReadResult {
  const kind = sniffFile(bytes);
  if (kind === 'empty') return { ok: false, reason: 'empty' };
  if (kind === 'pdf') return { ok: false, reason: 'pdf' };
  if (kind === 'image') return { ok: false, reason: 'image' };
  if (kind === 'cfb') {
    const streams = cfbStreamNames(bytes);
    if (streams.includes('EncryptionInfo') || streams.includes('EncryptedPackage')) return { ok: false, reason: 'encrypted' };
    if (streams.includes('WordDocument')) return { ok: false, reason: 'word' };
    if (streams.includes('PowerPoint Document')) return { ok: false, reason: 'powerpoint' };
  }
  if (kind === 'zip') {
    // Sizes first: a truncated download has no central directory; a bomb declares its size there.
    const dir = readZipDirectory(bytes);
    if (!dir.ok) return { ok: false, reason: 'damaged', detail: dir.reason };
    if (dir.totalSize > MAX_UNZIPPED_BYTES) {
      return { ok: false, reason: 'zip-too-large', detail: String(Math.ceil(dir.totalSize / 1048576)) };
    }
  }
  let wb: XLSX.WorkBook;
  let format: string;
  try {
    if (kind === 'text' || (TEXT_EXT.test(fileName) && kind !== 'zip' && kind !== 'cfb')) {
      const { text, encoding, mixed } = decodeText(bytes);
      if (!text.replace(/[\s\u0000]/g, '')) return { ok: false, reason: 'empty' };
      if (mixed) return { ok: false, reason: 'mixed-encoding', detail: `UTF-8: ${lineRuns(mixed.utf8)}; GBK: ${lineRuns(mixed.other)}` };
      const clean = text.replace(/\u0000/g, '');
      const isCsv = TEXT_EXT.test(fileName) || !/^\s*</.test(clean);
      // An HTML table's cells as text too: SheetJS would read 「93.5%」 as 0.935 with no percent format.
      const isHtml = !isCsv && /<table[\s>]/i.test(clean);
      wb = XLSX.read(clean, { type: isCsv ? textType(clean) : 'string', dense: true, raw: isCsv || isHtml, cellNF: true, cellText: false, cellDates: false });
      format = `${isCsv ? 'csv' : 'text'} (${encoding})`;
    } else {
      // cellText: false skips formatting a display string for every cell (a third of the read
      // time on a million cells); number formats (cellNF) still tell percentages and dates.
      wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellDates: false, cellFormula: false, cellHTML: false });
      format = wb.bookType ?? kind;
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg)) return { ok: false, reason: 'encrypted' };
    if (kind === 'zip' && /zip|workbook|content_types/i.test(msg)) return { ok: false, reason: 'zip', detail: msg };
    if (/Workbook stream/i.test(msg)) return { ok: false, reason: 'unreadable', detail: msg };
    return { ok: false, reason: 'unreadable', detail: msg };
  }
  const sheets: RawSheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const sheet = toRawSheet(name, ws);
    if (sheet.nRows * sheet.nCols > MAX_CELLS) return { ok: false, reason: 'too-large', detail: name };
    sheets.push(sheet);
  }
  return { ok: true, workbook: { fileName, sheets, format } };
}

/**
 * First characters (codes below 0x80) on which SheetJS's sniffing sends a text elsewhere than to
 * its delimited-text reader: tab, line breaks, space, < (HTML, XML), I (SYLK), T (DIF), P (zip),
 * { (RTF), 0 and 1 (dBASE) and control characters (Lotus, dBASE).
 */
const SNIFFED = new Set([...Array.from({ length: 0x21 }, (_, c) => c), 0x3c, 0x49, 0x54, 0x50, 0x7b, 0x30, 0x31]);

/**
 * How a decoded CSV is handed to SheetJS. As 'string' it first encodes the whole text to UTF-8
 * bytes only to sniff its first ones (half the read of a wide CSV); as 'binary' it takes the text
 * as it is, which is the same read wherever its sniffing lands on the delimited-text reader
 * anyway: a first character of the table's own (a CJK name, a letter) rather than one it sniffs.
 */
function textType(text: string): 'binary' | 'string' {
  const c = text.charCodeAt(0);
  return c >= 0x100 || (c < 0x80 && !SNIFFED.has(c)) ? 'binary' : 'string';
}

/** A text cut to CELL_TEXT_LIMIT UTF-16 units, never through a surrogate pair. */
function clip(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  const last = text.charCodeAt(CELL_TEXT_LIMIT - 1);
  return text.slice(0, last >= 0xd800 && last < 0xdc00 ? CELL_TEXT_LIMIT - 1 : CELL_TEXT_LIMIT);
}

const dateFormats = new Map<string, boolean>();

/** A number shown as a date is a date, not an indicator value. */
function isDateFormat(z: string): boolean {
  const known = dateFormats.get(z);
  if (known !== undefined) return known;
  const d = !!XLSX.SSF.is_date(z);
  dateFormats.set(z, d);
  return d;
}

function toRawSheet(name: string, ws: XLSX.WorkSheet): RawSheet {
  const data = ((ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? []) as (RawCell | undefined)[][];
  const readNotes: Skip[] = [];
  let nRows = 0;
  let nCols = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.t === 'n' && typeof cell.z === 'string' && cell.z !== 'General' && isDateFormat(cell.z)) cell.t = 'd';
      else if (cell && typeof cell.v === 'string' && cell.v.length > CELL_TEXT_LIMIT) {
        // Excel's limit per cell: a longer text could never be written back (backup, exports).
        readNotes.push({ sheet: name, cell: a1(r, c), reason: 'truncated', raw: `${cell.v.slice(0, 40)}…` });
        cell.v = clip(cell.v);
        if (typeof cell.w === 'string') cell.w = clip(cell.w);
      }
    }
    for (let c = row.length - 1; c >= 0; c--) {
      const cell = row[c];
      if (cell && cell.t !== 'z' && cell.v !== undefined && cell.v !== '') {
        nRows = r + 1;
        if (c + 1 > nCols) nCols = c + 1;
        break;
      }
    }
  }
  const merges = (ws['!merges'] ?? []).filter((m) => m.s.r < nRows && m.s.c < nCols);
  return { name, rows: data, nRows, nCols, merges, ...(readNotes.length ? { readNotes } : {}) };
}
