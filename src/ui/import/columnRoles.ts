import type { Detection, DetectionOverride, LabelRole } from '../../import/detection';

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
