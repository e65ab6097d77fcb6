// Messages between the page and import.worker.ts. Plain data only (structured clone),
// and the error class the page rebuilds from an error message.
import type { BackupData } from '../domain/model';
import type { ReadFailure } from './readWorkbook';
import type { DetectionOverride } from './detection';
import type { PackedBlocks } from './packBlocks';
import type { CatalogSnapshot, Corrections, DraftSheet, ImportDraft } from './draft';

export interface WorkerRequestMap {
  ping: { payload: null; result: { ok: true } };
  parse: {
    payload: { files: { name: string; bytes: ArrayBuffer; pasted?: 'table' | 'text' }[]; catalog: CatalogSnapshot; corrections: Corrections };
    result: ImportDraft[];
  };
  redetect: {
    payload: { draftId: string; sheetIndex: number; override: DetectionOverride };
    result: { sheet: DraftSheet; collisions: ImportDraft['collisions']; collisionCount: number };
  };
  /** The blocks of the kept sheets, a page at a time from block `from` (a page is cloned in one task on the page). */
  take: { payload: { draftId: string; sheets: number[]; from?: number }; result: { regions: string[]; packed: PackedBlocks; next?: number | null } };
  discard: { payload: { draftId: string }; result: { ok: true } };
  backupWrite: { payload: { data: BackupData }; result: { bytes: ArrayBuffer } };
  backupRead: {
    payload: { name: string; bytes: ArrayBuffer };
    result: { ok: true; data: BackupData } | { ok: false; reason: ReadFailure | 'not-backup' | 'damaged'; detail: string };
  };
  write: { payload: { sheets: { name: string; rows: unknown[][]; colWidths?: number[] }[] }; result: { bytes: ArrayBuffer } };
}

export type RequestKind = keyof WorkerRequestMap;

/** An error thrown in the worker, on the page: its name and, for known kinds, the facts to explain it. */
export class WorkerError extends Error {
  constructor(message: string, name = 'Error', readonly data?: Record<string, string | number>) {
    super(message);
    this.name = name;
  }
}

export interface WorkerRequest<K extends RequestKind = RequestKind> {
  id: number;
  kind: K;
  payload: WorkerRequestMap[K]['payload'];
}

/** The steps of reading one file, each with its `import.stage.*` text. */
export const IMPORT_STAGES = ['read', 'detect', 'normalize', 'extract', 'done'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** Where a parse is: which step (null if unnamed) of which file. */
export interface ProgressAt {
  stage: ImportStage | null;
  file: string;
}

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number; at: ProgressAt | null }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string; name?: string; data?: Record<string, string | number> };
