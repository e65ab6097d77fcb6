/**
 * The options a <select> of names draws: its first `cap`, and the chosen one. A list of every
 * name (16,383 indicators of a wide sheet, 40,000 townships) held the 数据 page for seconds;
 * the page's search box finds the rest.
 */
export function cappedOptions(names: readonly string[], chosen: string | null, cap = 500): { shown: readonly string[]; hidden: number } {
  if (names.length <= cap) return { shown: names, hidden: 0 };
  const shown = names.slice(0, cap);
  if (chosen && !shown.includes(chosen) && names.includes(chosen)) shown.push(chosen);
  return { shown, hidden: names.length - shown.length };
}

/**
 * Above this many options a select gets a fixed width (class `many`): an auto width is measured
 * from the text of every option at each layout, ~30 ms for 500 names on a slow PC.
 */
export const MANY_OPTIONS = 50;

/** What a <datalist> offers for the text typed so far: the names containing it, the first `cap`. */
export function suggestedNames(names: readonly string[], typed: string, cap = 100): readonly string[] {
  const q = typed.trim().toLowerCase();
  const out: string[] = [];
  for (const n of names) {
    if (out.length >= cap) break;
    if (!q || n.toLowerCase().includes(q)) out.push(n);
  }
  return out;
}
