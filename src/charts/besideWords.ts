/**
 * Words side by side, as a label writes them: a space between, but none before a full-width
 * bracket, which carries its own (西固区（2023年无数据）, 12.5%（所报）; Latin text keeps its space).
 */
export function besideWords(...parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out += out && !/^[（［【「]/.test(p) ? ` ${p}` : p;
  }
  return out;
}
