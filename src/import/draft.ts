import type { Indicator, Region, Skip } from '../domain/model';
import type { ReadFailure } from './readWorkbook';
import type { Detection, DetectionOverride } from './detection';
import type { SheetProblem } from './normalizeSheet';
import type { Collision } from './findCollisions';
import type { ReportExtraction } from './report/types';

export interface ReportDraft {
  text: string;
  format: 'txt' | 'html' | 'docx';
  extraction: ReportExtraction;
}

/** What the importer knows of the catalog: sent to the worker with each request. */
export interface CatalogSnapshot {
  indicators: Indicator[];
  regions: Region[];
}

export interface SampleObservation {
  region: string;
  indicator: string;
  period: string;
  value: number;
  unit: string;
  qualifier: string;
  raw: string;
  cell: string;
  newIndicator: boolean;
}

export interface DraftSheet {
  index: number;
  name: string;
  /** Which of the tables stacked on the sheet this is (1, 2, …); absent for a sheet of one table. */
  table?: number;
  nRows: number;
  nCols: number;
  detection: Detection;
  /** Rows shown on the review grid: their indices and texts. */
  previewRows: number[];
  preview: string[][];
  count: number;
  skipped: number;
  blank: number;
  skips: Skip[];
  problem: SheetProblem | null;
  newIndicators: [string, string][];
  newRegions: string[];
  regionMeta: [string, string, string][];
  regionGuesses: [string, string][];
  periodNotes: [string, string][];
  /** Values rescaled into their indicator's catalog unit (万人 → 人): [unit written, catalog unit, how many]. */
  unitNotes: [string, string, number][];
  /** Which of the sheet-wide context fields gave values: a guessed one is shown as a guess. */
  usedContext: { indicator: number; region: number; period: number };
  sample: SampleObservation[];
  /** A correction remembered for this header layout was applied. */
  remembered: boolean;
}

export interface ImportDraft {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  format: string;
  sheets: DraftSheet[];
  failure: { reason: ReadFailure; detail?: string } | null;
  /** A report read as prose (the table fields are then empty): its text and the candidates found in it. */
  report?: ReportDraft;
  /** Cells of this file that would store the same region + indicator + period (at most MAX_COLLISIONS listed). */
  collisions: Collision[];
  collisionCount: number;
}

export type Corrections = Record<string, DetectionOverride>;
