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
