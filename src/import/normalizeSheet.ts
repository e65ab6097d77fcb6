import type { Period, Skip } from '../domain/model';
import { matchIndicator, type IndicatorIndex, type IndicatorMatch } from '../domain/matchIndicator';
import { isAggregateRegion, matchRegion, type RegionIndex } from '../domain/matchRegion';
import { parsePeriod, periodKey } from '../domain/parsePeriod';
import { splitHeaderPeriod } from '../domain/splitHeaderPeriod';
import { qualifierIndex } from '../domain/qualifiers';
import { cellPeriod, readCellValue } from './classifyCell';
import type { Detection, LabelRole } from './detection';
import { headerParts } from './headerParts';
import { a1 } from '../domain/a1';
import { cellText, type RawSheet } from './rawSheet';

/** Observations of one sheet as parallel columns (cheap to transfer from the worker). */
export interface ObsColumns {
  region: string[];
  indicator: string[];
  period: number[];
  value: number[];
  qualifier: number[];
  unit: string[];
  raw: string[];
  row: number[];
  col: number[];
}

export type SheetProblem = 'no-data' | 'no-region' | 'no-indicator' | 'no-period';

export interface SheetResult {
  obs: ObsColumns;
  skips: Skip[];
  skipped: number;
  blank: number;
  /** Indicators the catalog does not know yet, with the unit first seen. */
  newIndicators: [string, string][];
  newRegions: string[];
  /** Level and parent of regions, from 级别/省份 columns: [region, level, parent]. */
  regionMeta: [string, string, string][];
  problem: SheetProblem | null;
}

/** Skips kept in detail per sheet; beyond it they are only counted. */
export const MAX_SKIPS = 5000;

export function emptyObs(): ObsColumns {
  return { region: [], indicator: [], period: [], value: [], qualifier: [], unit: [], raw: [], row: [], col: [] };
}

interface ColInfo {
  col: number;
  period: Period | null;
  indicator: IndicatorMatch | null;
  region: string;
  unit: string;
}

/**
 * A detected sheet → observations. Each value cell takes its region, indicator and period
 * from its row's labels, else its column's header, else the sheet's context; its unit from
 * the cell's own suffix, else the header, the row's unit column, the sheet's unit row, or
 * the catalog. Missing cells yield nothing; anything else that is not a number is a skip
 * with its reason.
 */
export function normalizeSheet(
  sheet: RawSheet,
  det: Detection,
  indicators: IndicatorIndex,
  regions: RegionIndex,
  catalogUnits: Map<string, string>,
  onProgress?: (done: number, total: number) => void,
): SheetResult {
  const obs = emptyObs();
  const skips: Skip[] = [...(sheet.readNotes ?? [])];
  let skipped = 0;
  let blank = 0;
  // A Map, not an object: a header named __proto__ or constructor is data like any other.
  const newIndicators = new Map<string, string>();
  const newRegions = new Set<string>();
  const regionMeta = new Map<string, { level: string; parent: string }>();
  const skip = (r: number, c: number, reason: string, raw = '') => {
    skipped++;
    if (skips.length < MAX_SKIPS) skips.push({ sheet: sheet.name, cell: a1(r, c), reason, raw });
  };
  const result = (problem: SheetProblem | null): SheetResult => ({
    obs, skips, skipped, blank, newIndicators: [...newIndicators], newRegions: [...newRegions], regionMeta: [...regionMeta.entries()].map(([r, m]) => [r, m.level, m.parent]), problem,
  });

  const skipSet = new Set(det.skipCols);
  const valueCols = det.valueCols.filter((c) => !skipSet.has(c));
  if (!valueCols.length) {
    // A list of regions with their level or parent (地区 | 省份 | 级别) and no values: it describes regions.
    if (readRegionList(sheet, det, regions, regionMeta)) return result(null);
    return result('no-data');
  }
  if (det.dataStart > det.dataEnd) return result('no-data');

  // Per column: what its header says.
  const parts = headerParts(sheet, det.headerStart, det.headerEnd);
  const cols: ColInfo[] = valueCols.map((col) => {
    const p = parts[col];
    let periodPart = p.map((x) => parsePeriod(x)).find(Boolean) ?? null;
    let rest = p.filter((x) => !parsePeriod(x));
    // 「2018年纠错件数」: the period and the indicator share one header cell.
    const joint = !periodPart && rest.length ? splitHeaderPeriod(rest[rest.length - 1]) : null;
    if (joint) {
      periodPart = joint.period;
      rest = [...rest.slice(0, -1), joint.name];
    }
    const info: ColInfo = { col, period: periodPart, indicator: null, region: '', unit: '' };
    const name = rest[rest.length - 1] ?? '';
    const group = rest.length > 1 ? rest[rest.length - 2] : '';
    if (det.headerRole === 'indicator' || (det.headerRole === 'period' && name)) {
      if (name) info.indicator = matchIndicator(indicators, name, group);
      info.unit = info.indicator?.unit ?? '';
    } else if (det.headerRole === 'region' && name) {
      info.region = name;
    }
    if (!info.unit && name) info.unit = matchIndicator(indicators, name).unit;
    return info;
  });

  const roleCol = (role: LabelRole) => det.labelCols.find((l) => l.role === role)?.col ?? -1;
  const regionCol = roleCol('region');
  const indicatorCol = roleCol('indicator');
  const periodCol = roleCol('period');
  const unitCol = roleCol('unit');
  const levelCol = roleCol('level');
  const parentCol = roleCol('parent');

  // Whole-sheet problems are reported once, not per cell.
  const hasRegion = regionCol >= 0 || det.headerRole === 'region' || !!det.context.region;
  const hasIndicator = indicatorCol >= 0 || cols.some((c) => c.indicator) || !!det.context.indicator;
  const hasPeriod = periodCol >= 0 || cols.some((c) => c.period) || !!det.context.period;
  if (!hasRegion) return result('no-region');
  if (!hasIndicator) return result('no-indicator');
  if (!hasPeriod) return result('no-period');

  const ctxIndicator = det.context.indicator ? matchIndicator(indicators, det.context.indicator) : null;
  const regionCache = new Map<string, string>();
  const indicatorCache = new Map<string, IndicatorMatch>();
  const resolveRegion = (name: string): string => {
    let id = regionCache.get(name);
    if (id === undefined) {
      const m = matchRegion(regions, name);
      if (!m.known) newRegions.add(m.id);
      regionCache.set(name, (id = m.id));
    }
    return id;
  };
  const resolveIndicator = (name: string): IndicatorMatch => {
    let m = indicatorCache.get(name);
    if (!m) indicatorCache.set(name, (m = matchIndicator(indicators, name)));
    return m;
  };

  let lastRegion = '';
  let lastIndicator = '';
  let lastPeriod: Period | null = null;
  const total = det.dataEnd - det.dataStart + 1;
  for (let r = det.dataStart; r <= det.dataEnd; r++) {
    if (onProgress && (r - det.dataStart) % 2000 === 1999) onProgress(r - det.dataStart, total);
    const row = sheet.rows[r];
    if (!row || row.every((c) => !cellText(c))) {
      lastRegion = lastIndicator = '';
      lastPeriod = null;
      continue;
    }
    // Labels, filled down: indicator names often appear only on the first row of a block.
    let regionName = '';
    if (regionCol >= 0) {
      regionName = cellText(row[regionCol]) || lastRegion;
      lastRegion = regionName;
      if (regionName && isAggregateRegion(regionName)) {
        skip(r, regionCol, 'aggregate', regionName);
        continue;
      }
    }
    let rowIndicator: IndicatorMatch | null = null;
    if (indicatorCol >= 0) {
      const name = cellText(row[indicatorCol]) || lastIndicator;
      lastIndicator = name;
      if (name) rowIndicator = resolveIndicator(name);
    }
    let rowPeriod: Period | null = null;
    if (periodCol >= 0) {
      const cell = row[periodCol];
      rowPeriod = cellText(cell) ? cellPeriod(cell) : lastPeriod;
      lastPeriod = rowPeriod;
    }
    const rowUnit = unitCol >= 0 ? cellText(row[unitCol]) : '';
    if (regionName && (levelCol >= 0 || parentCol >= 0)) {
      const id = resolveRegion(regionName);
      if (!regionMeta.has(id)) regionMeta.set(id, { level: levelCol >= 0 ? cellText(row[levelCol]) : '', parent: parentCol >= 0 ? cellText(row[parentCol]) : '' });
    }

    for (const info of cols) {
      const v = readCellValue(row[info.col]);
      if (!v.ok) {
        if (v.reason === 'missing') blank++;
        else skip(r, info.col, v.reason, v.raw);
        continue;
      }
      const regName = regionName || info.region || det.context.region;
      if (!regName) {
        skip(r, info.col, 'no-region', v.raw);
        continue;
      }
      if (info.region && isAggregateRegion(info.region)) {
        skip(r, info.col, 'aggregate', info.region);
        continue;
      }
      const ind = rowIndicator ?? info.indicator ?? ctxIndicator;
      if (!ind) {
        skip(r, info.col, 'no-indicator', v.raw);
        continue;
      }
      const period = rowPeriod ?? info.period ?? det.context.period;
      if (!period) {
        skip(r, info.col, rowPeriod === null && periodCol >= 0 ? 'bad-period' : 'no-period', v.raw);
        continue;
      }
      const unit = v.unit || info.unit || rowIndicator?.unit || rowUnit || det.context.unit || catalogUnits.get(ind.id) || '';
      if (!ind.known && !newIndicators.has(ind.id)) newIndicators.set(ind.id, unit);
      obs.region.push(resolveRegion(regName));
      obs.indicator.push(ind.id);
      obs.period.push(periodKey(period));
      obs.value.push(v.value);
      obs.qualifier.push(qualifierIndex(v.qualifier));
      obs.unit.push(unit);
      obs.raw.push(v.raw === String(v.value) ? '' : v.raw);
      obs.row.push(r);
      obs.col.push(info.col);
    }
  }
  return result(obs.value.length || skipped ? null : 'no-data');
}

/**
 * Rows of a region list (a region column with 级别 and/or 上级/省份 beside it, no values),
 * read into `meta`. False when the sheet is not such a list.
 */
function readRegionList(sheet: RawSheet, det: Detection, regions: RegionIndex, meta: Map<string, { level: string; parent: string }>): boolean {
  const col = (role: LabelRole) => det.labelCols.find((l) => l.role === role)?.col ?? -1;
  const regionCol = col('region');
  const levelCol = col('level');
  const parentCol = col('parent');
  if (regionCol < 0 || (levelCol < 0 && parentCol < 0)) return false;
  const start = det.headerEnd >= 0 ? det.headerEnd + 1 : 0;
  for (let r = start; r < sheet.nRows; r++) {
    const row = sheet.rows[r];
    const name = cellText(row?.[regionCol]);
    if (!name || isAggregateRegion(name)) continue;
    const level = levelCol >= 0 ? cellText(row?.[levelCol]) : '';
    const parent = parentCol >= 0 ? cellText(row?.[parentCol]) : '';
    if (level || parent) meta.set(matchRegion(regions, name).id, { level, parent });
  }
  return meta.size > 0;
}
