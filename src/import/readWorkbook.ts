import * as XLSX from '@e965/xlsx';
import { decodeText } from './decodeText';
import type { RawCell, RawSheet, RawWorkbook } from './rawSheet';
import { cfbStreamNames, sniffFile } from './sniffFile';

// The only module that reads with SheetJS.

export type ReadFailure =
  | 'empty'
  | 'encrypted'
  | 'word'
  | 'powerpoint'
  | 'zip'
  | 'pdf'
  | 'image'
  | 'unreadable'
  | 'too-large';

export type ReadResult = { ok: true; workbook: RawWorkbook } | { ok: false; reason: ReadFailure; detail?: string };

/** Cells per sheet beyond which we refuse rather than exhaust the tab's memory. */
export const MAX_CELLS = 20_000_000;

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
  let wb: XLSX.WorkBook;
  let format: string;
  try {
    if (kind === 'text' || (TEXT_EXT.test(fileName) && kind !== 'zip' && kind !== 'cfb')) {
      const { text, encoding } = decodeText(bytes);
      if (!text.replace(/[\s\u0000]/g, '')) return { ok: false, reason: 'empty' };
      const clean = text.replace(/\u0000/g, '');
      const isCsv = TEXT_EXT.test(fileName) || !/^\s*</.test(clean);
      wb = XLSX.read(clean, { type: 'string', dense: true, raw: isCsv, cellNF: true, cellText: false, cellDates: false });
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
  let nRows = 0;
  let nCols = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (const cell of row) {
      if (cell && cell.t === 'n' && typeof cell.z === 'string' && cell.z !== 'General' && isDateFormat(cell.z)) cell.t = 'd';
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
  return { name, rows: data, nRows, nCols, merges };
}
