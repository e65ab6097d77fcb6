import type { ReadFailure } from '../import/readWorkbook';

/** Why a backup could not be written or restored (each has its `backup.*` text). */
export const BACKUP_ERRORS = ['not-backup', 'damaged', 'failed', 'quota', 'duplicate', 'exportFailed'] as const;
export type BackupError = (typeof BACKUP_ERRORS)[number];

/** The i18n key of a backup error: its own, or why the file could not be read at all. */
export type BackupErrorKey = `backup.${BackupError}` | `read.${ReadFailure}`;

/**
 * Why a restore failed, from what the write threw: the store is full (with the space the
 * backup needs, in MB), a record the checks refused, an id already there, or anything else.
 */
export function restoreErrorOf(e: unknown, neededMb: number, isQuota: (e: unknown) => boolean, isRefused: (e: unknown) => boolean): { key: BackupErrorKey; detail: string } {
  if (isQuota(e)) return { key: 'backup.quota', detail: String(neededMb) };
  if (isRefused(e)) return { key: 'backup.damaged', detail: e instanceof Error ? e.message : String(e) };
  const named = e as { name?: string; inner?: { name?: string } } | null;
  const constraint = named?.name === 'ConstraintError' || named?.inner?.name === 'ConstraintError' || /ConstraintError/.test(String(e));
  if (constraint) return { key: 'backup.duplicate', detail: '' };
  return { key: 'backup.failed', detail: e instanceof Error ? e.message : String(e) };
}
