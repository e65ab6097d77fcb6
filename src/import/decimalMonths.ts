import type { Period } from '../domain/model';

const DECIMAL_MONTH_RE = /^((?:19|20)\d{2})\.(\d{1,2})$/;

/**
 * Month headers written as decimals (2016.01 … 2016.09, 2016.1, 2016.11) lose October's
 * trailing zero once a spreadsheet treats them as numbers: `2016.1` is then October, not
 * January. Decided by the row itself: a `.1` is October where the same year also has a
 * `.01`, or its neighbours are September and November. Returns the columns read as
 * October, with the header text, so the review can say how it read them.
 */
export function decimalMonthHeaders(heads: readonly { col: number; text: string }[]): Map<number, { period: Period; text: string }> {
  const out = new Map<number, { period: Period; text: string }>();
  const dec = heads
    .map((h) => ({ ...h, m: DECIMAL_MONTH_RE.exec(h.text.trim()) }))
    .filter((h): h is { col: number; text: string; m: RegExpExecArray } => !!h.m);
  if (dec.length < 3) return out;
  const written = new Set(dec.map((h) => `${h.m[1]}.${h.m[2]}`));
  const month = (h: (typeof dec)[number] | undefined, year: string) => (h && h.m[1] === year ? +h.m[2] : 0);
  dec.forEach((h, i) => {
    if (h.m[2] !== '1') return;
    const year = h.m[1];
    const prev = month(dec[i - 1], year);
    const next = month(dec[i + 1], year);
    const october = written.has(`${year}.01`) || (prev === 9 && (next === 11 || next === 0)) || (next === 11 && prev !== 0);
    if (october) out.set(h.col, { period: { start: +year, end: +year, months: [10, 10] }, text: h.text.trim() });
  });
  return out;
}
