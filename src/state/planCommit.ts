import { joinLayouts } from '../domain/recordLayouts';
import type { DraftSheet, ImportDraft } from '../import/draft';
import type { CommitInput } from '../storage/commitImport';
import type { FileFailure } from './fileFailure';

/** What committing one reviewed table file means, before any block is taken from the worker. */
export type CommitPlan =
  | { kind: 'refused'; failure: FileFailure; failureParams?: Record<string, string | number> }
  /** Only region levels/parents (a 地区 | 省份 | 级别 list): no values to store. */
  | { kind: 'regions'; regionMeta: [string, string, string][] }
  /** Values (and the region metadata of every kept sheet): one commit, one policy. */
  | { kind: 'values'; sheets: DraftSheet[]; input: Omit<CommitInput, 'regions' | 'blocks'> };

/**
 * The commit of a reviewed table file as a plain decision: a file that could not be read or
 * the same file again (unless the user said import anyway) is refused; otherwise the sheets
 * with values, and the region levels and parents of every kept sheet (a 级别 column or a
 * 地区 | 省份 | 级别 list), so that the values and the region metadata of one import land in one
 * transaction under one policy.
 */
export function planCommit(
  draft: Pick<ImportDraft, 'fileName' | 'sha256' | 'failure' | 'sheets'>,
  include: readonly boolean[],
  opts: { duplicate?: boolean; importAnyway?: boolean; sample?: boolean } = {},
): CommitPlan {
  if (draft.failure) return { kind: 'refused', failure: `read.${draft.failure.reason}`, failureParams: { detail: draft.failure.detail ?? '' } };
  if (opts.duplicate && !opts.importAnyway) return { kind: 'refused', failure: 'report.duplicate' };
  const kept = draft.sheets.filter((_, i) => include[i]);
  const sheets = kept.filter((s) => s.count > 0);
  const regionMeta = kept.flatMap((s) => s.regionMeta.map(([r, level, parent]) => [r, level, parent] as [string, string, string]));
  if (!sheets.length) return regionMeta.length ? { kind: 'regions', regionMeta } : { kind: 'refused', failure: 'report.nothing' };
  return {
    kind: 'values',
    sheets,
    input: {
      fileName: draft.fileName,
      sha256: draft.sha256,
      layout: joinLayouts(sheets.map((s) => s.detection.layout)),
      skips: sheets.flatMap((s) => s.skips.map((k) => ({ ...k }))),
      skipped: sheets.reduce((n, s) => n + s.skipped, 0),
      newIndicators: sheets.flatMap((s) => s.newIndicators.map(([id, unit]) => [id, unit] as [string, string])),
      regionMeta,
      ...(opts.sample ? { sample: true } : {}),
    },
  };
}
