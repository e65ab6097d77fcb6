import * as XLSX from '@e965/xlsx';

/** A workbook written from rows of values (backups, templates, chart data, the sample). */
export function writeWorkbook(sheets: { name: string; rows: unknown[][]; colWidths?: number[] }[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.colWidths) ws['!cols'] = s.colWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
