import type { ReadFailure } from '../import/readWorkbook';

/** Why a backup could not be written or restored (each has its `backup.*` text). */
export const BACKUP_ERRORS = ['not-backup', 'damaged', 'failed', 'quota', 'duplicate', 'exportFailed'] as const;
export type BackupError = (typeof BACKUP_ERRORS)[number];

/** The i18n key of a backup error: its own, or why the file could not be read at all. */
export type BackupErrorKey = `backup.${BackupError}` | `read.${ReadFailure}`;
