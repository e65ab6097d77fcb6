/** `A1` reference of a 0-based row and column. */
export function a1(r: number, c: number): string {
  let col = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    col = String.fromCharCode(65 + m) + col;
    n = Math.floor((n - 1) / 26);
  }
  return `${col}${r + 1}`;
}

/**
 * The 0-based row and column of an A1 reference as a1 writes it: column A–ZZZ, row
 * 1–9999999 without leading zeros; null for anything else. parseA1(a1(r, c)) is { row: r, col: c }.
 */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
