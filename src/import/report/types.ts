// What the report extractor hands to the review: plain data, offsets into the report's own text.
import type { Period, Qualifier } from '../../domain/model';

export type HeaderSource = 'title' | 'text' | 'file' | null;

export interface TextSpan {
  start: number;
  end: number;
}

export interface ReportCandidate {
  /** Catalog id, or the name of a new indicator (known: false). */
  indicator: string;
  known: boolean;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The number as written: `2600余项`, `两起`, `17.3%`. */
  raw: string;
  sentence: string;
  /** Index into ReportExtraction.paragraphs. */
  paragraph: number;
  sentenceStart: number;
  sentenceEnd: number;
  numberStart: number;
  numberEnd: number;
  /** A rate as the text states it (纠错率17.3%, 占…的35%), not computed from counts. */
  stated: boolean;
  period: Period | null;
  region: string;
}

export interface ReportNumber extends TextSpan {
  text: string;
  /** Some candidate takes this number. */
  used: boolean;
}

export interface ReportExtraction {
  region: string;
  period: Period | null;
  regionSource: HeaderSource;
  periodSource: HeaderSource;
  paragraphs: TextSpan[];
  candidates: ReportCandidate[];
  numbers: ReportNumber[];
}
