import type { Qualifier, RecordLayout } from './model';
import { parseValue } from './parseValue';

/** File and sheet name a hand edit is recorded under; shown as its source. */
export const EDIT_SOURCE = '手工修改';

/** Sheet name of values typed in as new (a batch of them is one import, named by entryFileName). */
export const ENTRY_SOURCE = '手工录入';

/** The layout recorded for an import that is a hand edit. */
export const EDIT_LAYOUT = 'edit' satisfies RecordLayout;

/** 「手工录入 2026-12-01 10:40」: the import of one batch of typed values, named by when it was made. */
export function entryFileName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${ENTRY_SOURCE} ${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

export type TypedValue =
  | { ok: true; value: number; unit: string; qualifier: Qualifier; raw: string }
  /** `missing`: a dash or nothing (clearing is Delete's job); `not-number`: the value rules cannot read it. */
  | { ok: false; reason: 'missing' | 'not-number' };

/**
 * What the user typed into a value cell, by the same value rules as an imported cell
 * (「2600余」 is 2600 with its qualifier). The text is kept as raw text only where it says
 * more than the number itself.
 */
export function parseTypedValue(text: string): TypedValue {
  const parsed = parseValue(text);
  if (!parsed.ok) return parsed;
  const written = text.trim();
  return { ...parsed, raw: written === String(parsed.value) ? '' : written };
}
