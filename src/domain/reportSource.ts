import { a1 } from './a1';

/** The sheet name a report's values are stored under: their "cell" is paragraph and offset. */
export const REPORT_SHEET = '正文';

/** Where a stored value came from inside its file: a table's cell (`B7`), or a report's paragraph and offset. */
export type SourceCell = { kind: 'cell'; ref: string } | { kind: 'text'; paragraph: number; offset: number };

export function sourceCell(sheet: string, row: number, col: number): SourceCell {
  return sheet === REPORT_SHEET ? { kind: 'text', paragraph: row + 1, offset: col + 1 } : { kind: 'cell', ref: a1(row, col) };
}

/**
 * The source as a person reads it: `Sheet1!B7`, or a report's paragraph and offset in the
 * words `textLabel` gives (i18n lives outside the domain).
 */
export function sourceLabel(sheet: string, row: number, col: number, textLabel: (paragraph: number, offset: number) => string): string {
  const at = sourceCell(sheet, row, col);
  return at.kind === 'text' ? textLabel(at.paragraph, at.offset) : `${sheet}!${at.ref}`;
}
