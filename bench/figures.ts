// Every bench figure is also recorded here, so the run ends with one table a reader takes in
// at a glance: figure, value, target, met/missed.

interface Figure {
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

const figures: Figure[] = [];

/** Records a figure whose target is an upper bound (smaller is better). */
export function figureAtMost(figure: string, value: number, max: number, unit: string, digits = 0): void {
  figures.push({ figure, value: `${value.toFixed(digits)} ${unit}`.trim(), target: `≤ ${max} ${unit}`.trim(), met: Number.isFinite(value) && value <= max });
}

export function printFigures(): void {
  if (!figures.length) return;
  const rows = [['figure', 'value', 'target', 'met/missed'], ...figures.map((f) => [f.figure, f.value, f.target, f.met ? 'met' : 'missed'])];
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x + ' '.repeat(width[c] - [...x].length)).join(' | ')} |`;
  console.log(`\n${line(rows[0])}\n|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  const missed = figures.filter((f) => !f.met).length;
  console.log(`\n${figures.length - missed} met, ${missed} missed`);
}

/** Records a figure that holds or not (a count that must be exact, a refusal). */
export function figureMet(figure: string, value: string, target: string, met: boolean): void {
  figures.push({ figure, value, target, met });
}
