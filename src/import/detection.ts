import type { Layout, Period } from '../domain/model';

/** level and parent describe the row's region (地级市, 甘肃省), not an observation. */
export type LabelRole = 'region' | 'indicator' | 'period' | 'month' | 'unit' | 'level' | 'parent' | 'ignore';
/** What the headers of the value columns name: the axis that runs across. */
export type HeaderRole = 'indicator' | 'period' | 'region' | 'value';
export type PeriodSource = 'column' | 'header' | 'sheet' | 'title' | 'file' | 'user';
/** Where a whole-sheet indicator or region was read: a 「指标：」/「地区：」 line is stated; the rest are guesses. */
export type ContextSource = 'meta' | 'title' | 'sheet' | 'file' | 'user';
/** The table layouts the importer recognises (one list, in domain). */
export type LayoutName = Layout;

export interface SheetContext {
  period: Period | null;
  periodSource: PeriodSource | null;
  /** Indicator for the whole sheet (NBS 指标 line, title, sheet name), when none runs across or down. */
  indicator: string;
  indicatorSource: ContextSource | null;
  /** Region for the whole sheet (「地区：」 line, sheet name, title), when none runs across or down. */
  region: string;
  regionSource: ContextSource | null;
  /** 「单位:件」 row or the NBS 指标(单位) line. */
  unit: string;
}

/** Which rows are which (all inclusive); headerEnd < headerStart means the sheet has no header. */
export interface RowLayout {
  titleRows: number[];
  metaRows: number[];
  noteRows: number[];
  headerStart: number;
  headerEnd: number;
  dataStart: number;
  dataEnd: number;
}

/** Where the parts of a sheet are; everything the review screen shows and lets the user correct. */
export interface Detection extends RowLayout {
  labelCols: { col: number; role: LabelRole }[];
  valueCols: number[];
  skipCols: number[];
  headerRole: HeaderRole;
  context: SheetContext;
  layout: LayoutName;
  /** Fingerprint of the header, to remember a correction for the same layout next time. */
  signature: string;
  /** Region names the user said are not the known region they resemble (城关 ≠ 城关区). */
  rejectedRegions?: string[];
  /** Value columns the user mapped to a catalog indicator: [column, indicator id]. */
  columnIndicators?: [number, string][];
}

/** What the user changed on the review screen. */
export interface DetectionOverride {
  headerStart?: number;
  headerEnd?: number;
  labelCols?: { col: number; role: LabelRole }[];
  headerRole?: HeaderRole;
  period?: Period | null;
  skipCols?: number[];
  indicator?: string;
  region?: string;
  rejectedRegions?: string[];
  columnIndicators?: [number, string][];
}

export function layoutName(headerRole: HeaderRole, hasIndicatorCol: boolean, nbs: boolean): LayoutName {
  switch (headerRole) {
    case 'value':
      return 'long';
    case 'indicator':
      return 'wide-indicator';
    case 'region':
      return 'transposed';
    case 'period':
      return nbs ? 'nbs' : hasIndicatorCol ? 'stacked' : 'wide-year';
  }
}
