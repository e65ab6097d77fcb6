import { cellText, type RawSheet } from './rawSheet';

/**
 * The header text of every column as its stack of parts, top to bottom, with merged
 * cells spread over their range and group headers carried right over the columns they
 * head (「行政复议」 written once over 「受理」「纠错」「审结」).
 */
export function headerParts(sheet: RawSheet, start: number, end: number): string[][] {
  const n = sheet.nCols;
  const parts: string[][] = Array.from({ length: n }, () => []);
  if (end < start) return parts;
  const grid: string[][] = [];
  for (let r = start; r <= end; r++) {
    const row: string[] = [];
    for (let c = 0; c < n; c++) row.push(cellText(sheet.rows[r]?.[c]));
    grid.push(row);
  }
  for (const m of sheet.merges) {
    if (m.e.r < start || m.s.r > end) continue;
    const text = cellText(sheet.rows[m.s.r]?.[m.s.c]);
    for (let r = Math.max(m.s.r, start); r <= Math.min(m.e.r, end); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, n - 1); c++) grid[r - start][c] = text;
    }
  }
  // An upper header cell left blank after a group name belongs to that group, as long as
  // the row below names something there. Lower rows first, so a CSV (which has no merges)
  // of three header rows spreads 「2011—2015」 over 「清单管理」 once that is spread itself.
  for (let i = grid.length - 2; i >= 0; i--) {
    for (let c = 1; c < n; c++) {
      if (!grid[i][c] && grid[i][c - 1] && grid[i + 1][c] && grid[i + 1][c - 1]) grid[i][c] = grid[i][c - 1];
    }
  }
  for (let c = 0; c < n; c++) {
    for (let i = 0; i < grid.length; i++) {
      const t = grid[i][c];
      if (t && parts[c][parts[c].length - 1] !== t) parts[c].push(t);
    }
  }
  return parts;
}
