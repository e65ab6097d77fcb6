import { classifyCell } from './classifyCell';
import { headerWord } from './detectColumns';
import { detectRows } from './detectRows';
import { cellText, type RawSheet } from './rawSheet';

/** Data rows looked at for the places or names of a later half (it may be shorter than the first). */
const LOOK_ROWS = 5;

/**
 * A sheet printed in halves side by side (a yearbook page: 县区 | 律师人数 | 律所数 || 县区 |
 * 律师人数 | 律所数), as one part per half: the header's first label (县区, 地区, 指标) written again
 * further along the same header row, over names again, starts the next half. Each part keeps the
 * sheet's name, row and column numbers (cells outside it are blank) and the rows above the header
 * whole, so a half reads the sheet's title and every value still points at its cell.
 */
export function splitSideBySide(sheet: RawSheet): RawSheet[] {
  const layout = detectRows(sheet);
  const h = layout.headerEnd;
  if (h < 0 || layout.headerStart !== h || layout.dataStart > layout.dataEnd) return [sheet];
  const head = sheet.rows[h] ?? [];
  const first = head.findIndex((c) => !!cellText(c));
  const label = first >= 0 ? cellText(head[first]) : '';
  const role = label ? headerWord(label) : null;
  if (role !== 'region' && role !== 'indicator') return [sheet];
  const names = (c: number) => {
    for (let r = layout.dataStart; r <= Math.min(layout.dataEnd, layout.dataStart + LOOK_ROWS - 1); r++) {
      if (classifyCell(sheet.rows[r]?.[c]) === 'text') return true;
    }
    return false;
  };
  const figures = (from: number, to: number) => {
    for (let r = layout.dataStart; r <= Math.min(layout.dataEnd, layout.dataStart + LOOK_ROWS - 1); r++) {
      for (let c = from; c < to; c++) if (classifyCell(sheet.rows[r]?.[c]) === 'number') return true;
    }
    return false;
  };
  const starts = [first];
  for (let c = first + 2; c < head.length; c++) {
    // The half before must hold figures of its own between its label and this one.
    if (cellText(head[c]) === label && names(c) && figures(starts[starts.length - 1] + 1, c)) starts.push(c);
  }
  // A last 地区 column with no figures after it (a province beside the places) starts no half.
  if (starts.length > 1 && !figures(starts[starts.length - 1] + 1, head.length)) starts.pop();
  if (starts.length < 2) return [sheet];
  const bounds = [0, ...starts.slice(1), sheet.nCols];
  return bounds.slice(0, -1).map((from, k) => {
    const to = bounds[k + 1];
    const rows: RawSheet['rows'] = [];
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      if (r < layout.headerStart) rows[r] = row;
      else {
        const part: (typeof row)[number][] = [];
        for (let c = from; c < Math.min(to, row.length); c++) part[c] = row[c];
        rows[r] = part;
      }
    });
    const merges = sheet.merges.filter((m) => m.s.r < layout.headerStart || (m.s.c >= from && m.s.c < to));
    return { ...sheet, rows, merges, readNotes: k === 0 ? sheet.readNotes : undefined };
  });
}
