import * as XLSX from '@e965/xlsx';
import { a1 } from '../domain/a1';
import { CELL_TEXT_LIMIT } from './rawSheet';

/** A text too long for one Excel cell: the workbook cannot be written; names where it is. */
export class CellTooLongError extends Error {
  constructor(readonly sheet: string, readonly cell: string, readonly length: number) {
    super(`${sheet}!${cell}: ${length} > ${CELL_TEXT_LIMIT}`);
    this.name = 'CellTooLongError';
  }
}

/** A workbook written from rows of values (backups, templates, chart data, the sample). */
export function writeWorkbook(sheets: { name: string; rows: unknown[][]; colWidths?: number[] }[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    // SheetJS throws a bare "Text length must not exceed 32767 characters": say which cell.
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' && v.length > CELL_TEXT_LIMIT) throw new CellTooLongError(s.name, a1(r, c), v.length);
      }
    }
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.colWidths) ws['!cols'] = s.colWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
