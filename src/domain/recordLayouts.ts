import { isOneOf } from './isOneOf';
import { RECORD_LAYOUTS, type RecordLayout } from './model';

/** An import record's layout text: each layout once, in first-seen order, joined by commas. */
export function joinLayouts(layouts: readonly RecordLayout[]): string {
  return [...new Set(layouts)].join(',');
}

/** The layouts an import record names (its text as joinLayouts wrote it); unknown parts are left out. */
export function splitLayouts(text: string): RecordLayout[] {
  return text.split(',').filter((x): x is RecordLayout => isOneOf(RECORD_LAYOUTS, x));
}
