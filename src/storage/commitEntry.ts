import { ENTRY_SOURCE, entryFileName } from '../domain/editSource';
import type { CommitResult } from './commitImport';
import { commitEdits, type ValueEdit } from './commitEdit';
import type { IndiDb } from './db';

/**
 * A batch of values typed in as new is ONE import, 「手工录入 2026-12-01 10:40」: it is listed in
 * 导入 history, cites 手工录入 as its source, and is undone like any other import. Indicators
 * the catalog lacks are added only where the user agreed (`newIndicators`); regions as typed.
 */
export function commitEntry(db: IndiDb, entries: readonly ValueEdit[], newIndicators: [string, string][] = [], now = Date.now()): Promise<CommitResult> {
  return commitEdits(db, entries, now, { fileName: entryFileName(new Date(now)), sheet: ENTRY_SOURCE, newIndicators });
}
