import type { ReadFailure } from '../import/readWorkbook';

/** Why a reviewed file stored nothing at commit (each has its `report.*` text). */
export const COMMIT_FAILURES = ['duplicate', 'nothing', 'quota', 'failed', 'cancelled', 'reportIncomplete', 'reportNothing'] as const;
export type CommitFailure = (typeof COMMIT_FAILURES)[number];

/** A file report's failure: the i18n key of why the file could not be read, or why nothing was stored. */
export type FileFailure = `read.${ReadFailure}` | `report.${CommitFailure}`;
