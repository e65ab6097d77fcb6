import type { Detection, DetectionOverride, LabelRole } from '../../import/detection';
import type { Indicator } from '../../domain/model';
import { compareZh } from '../../domain/compareZh';

export type ColumnChoice = LabelRole | 'value' | 'skip';
export const COLUMN_CHOICES: readonly ColumnChoice[] = ['value', 'region', 'indicator', 'period', 'month', 'unit', 'level', 'parent', 'ignore', 'skip'];

export function columnChoice(d: Detection, col: number): ColumnChoice {
  const label = d.labelCols.find((l) => l.col === col);
  if (label) return label.role;
  if (d.skipCols.includes(col)) return 'skip';
  return d.valueCols.includes(col) ? 'value' : 'ignore';
}

/** The correction that gives column `col` the role `choice`, everything else kept. */
export function withColumnChoice(d: Detection, col: number, choice: ColumnChoice): DetectionOverride {
  const labelCols = d.labelCols.filter((l) => l.col !== col);
  const skipCols = d.skipCols.filter((c) => c !== col);
  if (choice === 'skip') skipCols.push(col);
  else if (choice !== 'value') labelCols.push({ col, role: choice });
  return { labelCols: labelCols.sort((a, b) => a.col - b.col), skipCols };
}

export type RowKind = 'title' | 'meta' | 'header' | 'data' | 'note' | '';

export function rowKind(d: Detection, r: number): RowKind {
  if (r >= d.headerStart && r <= d.headerEnd) return 'header';
  if (d.titleRows.includes(r)) return 'title';
  if (d.metaRows.includes(r)) return 'meta';
  if (d.noteRows.includes(r)) return 'note';
  if (r >= d.dataStart && r <= d.dataEnd) return 'data';
  return '';
}

/** The catalog indicators a picker offers: each name, and each alias pointing at its name. */
export function indicatorOptions(indicators: ReadonlyMap<string, Indicator>): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const live = [...indicators.values()].filter((i) => !i.mergedInto).sort((a, b) => compareZh(a.name, b.name));
  for (const i of live) out.push({ value: i.name, label: i.nameEn || '' });
  for (const i of live) for (const a of i.aliases) if (a && a !== i.name) out.push({ value: a, label: i.name });
  return out;
}

/** The catalog indicator a picker's text names (its name, id or an alias), following merges; null if none. */
export function findCatalogIndicator(indicators: ReadonlyMap<string, Indicator>, text: string): Indicator | null {
  const t = text.trim();
  if (!t) return null;
  let hit = indicators.get(t) ?? [...indicators.values()].find((i) => i.name === t || i.aliases.includes(t)) ?? null;
  for (let hops = 0; hit?.mergedInto && hops < 10; hops++) hit = indicators.get(hit.mergedInto) ?? hit;
  return hit;
}

/** 0-based column of an A1 reference. */
export function colOf(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The correction that maps value column `col` to catalog indicator `id` (null: back to its header). */
export function withColumnIndicator(d: Detection, col: number, id: string | null): DetectionOverride {
  const rest = (d.columnIndicators ?? []).filter(([c]) => c !== col).map(([c, i]) => [c, i] as [number, string]);
  return { columnIndicators: id ? [...rest, [col, id] as [number, string]].sort((a, b) => a[0] - b[0]) : rest };
}
