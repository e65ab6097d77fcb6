import { indicatorKey, type IndicatorIndex } from '../domain/matchIndicator';
import { regionKey, type RegionIndex } from '../domain/matchRegion';
import { isUnitText, splitHeaderUnit } from '../domain/splitHeaderUnit';
import { parsePeriod } from '../domain/parsePeriod';
import { cellPeriod, classifyCell } from './classifyCell';
import type { HeaderRole, LabelRole } from './detection';
import { cellText, type RawSheet } from './rawSheet';

// Header words, as data: which label column is which.
const HEADER_WORDS: [LabelRole | 'value', RegExp][] = [
  ['ignore', /^(序号|编号|代码|行次|排名|排序|no\.?|id|备注|说明|来源|数据来源|原文|出处|引文|资料来源|地区代码|行政区划代码|省份代码)$/i],
  ['level', /^(级别|层级|行政级别|地区级别|level)$/i],
  ['parent', /^(省|省份|所属省份|所属省|上级|上级地区|所属地区|province|parent)$/i],
  ['period', /^(年份|年度|年|时间|期间|统计年度|统计期|报告期|日期|年月|year|period)$/i],
  ['indicator', /^(指标|指标名称|项目|项目名称|统计指标|指标项|内容|类别|indicator)$/i],
  ['value', /^(数值|值|数据|数量|指标值|统计值|本期数?|本年数?|value)$/i],
  ['unit', /^(计量单位|单位|unit)$/i],
  ['region', /^(地区|地域|区域|城市|市州|县区|区县|省市|省区|地方|行政区划?|行政区|单位名称|名称|市|县|区|辖区|地市|城区|region|city)(名称)?$/i],
];

const REGION_LIKE = /(省|市|区|县|州|盟|旗|自治区|新区)$/;

export interface ColumnLayout {
  labelCols: { col: number; role: LabelRole }[];
  valueCols: number[];
  headerRole: HeaderRole;
}

interface ColStats {
  nonEmpty: number;
  numbers: number;
  periods: number;
  texts: number;
  missing: number;
  units: number;
  indicators: number;
  regions: number;
}

function headerWord(text: string): LabelRole | 'value' | null {
  const t = splitHeaderUnit(text).name.replace(/\s+/g, '');
  for (const [role, re] of HEADER_WORDS) if (re.test(t)) return role;
  return null;
}

function sampleRows(start: number, end: number, max = 300): number[] {
  const n = end - start + 1;
  if (n <= max) return Array.from({ length: Math.max(0, n) }, (_, i) => start + i);
  const step = n / max;
  return Array.from({ length: max }, (_, i) => start + Math.floor(i * step));
}

/**
 * Which columns label the rows (region, indicator, period, unit) and which hold values,
 * and what the value columns' headers name: periods (wide by year), indicators (wide by
 * indicator), regions (transposed) or a plain 数值 (long).
 */
export function detectColumns(
  sheet: RawSheet,
  dataStart: number,
  dataEnd: number,
  parts: string[][],
  indicators: IndicatorIndex,
  regions: RegionIndex,
): ColumnLayout {
  // 1. What each column holds, over a sample of the data rows.
  const rows = sampleRows(dataStart, dataEnd);
  const stats: ColStats[] = [];
  for (let c = 0; c < sheet.nCols; c++) {
    const s: ColStats = { nonEmpty: 0, numbers: 0, periods: 0, texts: 0, missing: 0, units: 0, indicators: 0, regions: 0 };
    for (const r of rows) {
      const cell = sheet.rows[r]?.[c];
      const kind = classifyCell(cell);
      if (kind === 'empty') continue;
      s.nonEmpty++;
      if (kind === 'number') s.numbers++;
      else if (kind === 'missing' || kind === 'error') s.missing++;
      else {
        s.texts++;
        const text = cellText(cell);
        if (isUnitText(text)) s.units++;
        if (indicators.has(indicatorKey(splitHeaderUnit(text).name))) s.indicators++;
        if (regions.has(regionKey(text)) || REGION_LIKE.test(text)) s.regions++;
      }
      if (cellPeriod(cell)) s.periods++;
    }
    stats.push(s);
  }

  // 2. Each column's role, by its header word first, then by its content.
  const labelCols: { col: number; role: LabelRole }[] = [];
  const valueCols: number[] = [];
  let valueHeaderCol = -1;
  const leftmost = firstFilled(stats);
  for (let c = 0; c < sheet.nCols; c++) {
    const s = stats[c];
    const head = parts[c][parts[c].length - 1] ?? '';
    const word = head ? headerWord(head) : null;
    if (s.nonEmpty === 0) continue;
    if (word === 'ignore' || word === 'level' || word === 'parent') {
      labelCols.push({ col: c, role: word });
      continue;
    }
    if (c === leftmost && isRowNumberColumn(sheet, rows, c)) {
      labelCols.push({ col: c, role: 'ignore' });
      continue;
    }
    const isPeriodCol = s.periods >= 0.8 * s.nonEmpty && (word === 'period' || s.texts > 0 || repeats(sheet, rows, c));
    if (word === 'period' || isPeriodCol) labelCols.push({ col: c, role: 'period' });
    else if (word === 'value') {
      valueCols.push(c);
      valueHeaderCol = c;
    } else if (s.numbers + s.missing >= 0.6 * s.nonEmpty && s.numbers > 0) valueCols.push(c);
    else if (word === 'unit' || (s.units >= 0.8 * s.nonEmpty && s.texts > 0)) labelCols.push({ col: c, role: 'unit' });
    else if (word === 'indicator' || word === 'region') labelCols.push({ col: c, role: word });
    else if (s.texts > 0) labelCols.push({ col: c, role: s.indicators > s.regions && s.indicators >= 0.3 * s.texts ? 'indicator' : 'region' });
  }

  // 3. Only one region column: a second text column is the indicator when it names indicators, else ignored.
  const regionCols = labelCols.filter((l) => l.role === 'region');
  const hasIndicatorCol = labelCols.some((l) => l.role === 'indicator');
  if (regionCols.length > 1) {
    const scored = regionCols.map((l) => ({ l, s: stats[l.col] }));
    const best = scored.reduce((a, b) => (b.s.regions > a.s.regions ? b : a));
    for (const { l, s } of scored) {
      if (l === best.l) continue;
      l.role = !hasIndicatorCol && s.indicators >= s.regions ? 'indicator' : 'ignore';
    }
  }

  // 4. What the value columns' headers name: periods, indicators, regions, or a plain 数值.
  const heads = valueCols.map((c) => parts[c]);
  const periodHeads = heads.filter((p) => p.some((x) => parsePeriod(x))).length;
  let headerRole: HeaderRole;
  if (valueHeaderCol >= 0 || (valueCols.length === 1 && labelCols.some((l) => l.role === 'indicator'))) {
    headerRole = 'value';
    // A long table's value column is the one headed 数值; other numeric columns are not values.
    if (valueHeaderCol >= 0) valueCols.splice(0, valueCols.length, valueHeaderCol);
  } else if (valueCols.length && periodHeads * 5 >= valueCols.length * 3) headerRole = 'period';
  else {
    const last = (p: string[]) => splitHeaderUnit(p[p.length - 1] ?? '').name;
    const headIndicators = heads.filter((p) => indicators.has(indicatorKey(last(p)))).length;
    const headRegions = heads.filter((p) => regions.has(regionKey(last(p))) || REGION_LIKE.test(last(p))).length;
    const rowLabel = labelCols.find((l) => l.role === 'region' || l.role === 'indicator');
    const rowIndicators = rowLabel ? stats[rowLabel.col].indicators / Math.max(1, stats[rowLabel.col].texts) : 0;
    const rowRegions = rowLabel ? stats[rowLabel.col].regions / Math.max(1, stats[rowLabel.col].texts) : 0;
    const transposed =
      (headRegions > headIndicators && headRegions * 2 >= heads.length) ||
      (rowIndicators > rowRegions && rowIndicators >= 0.3 && headIndicators === 0);
    headerRole = transposed ? 'region' : 'indicator';
    if (transposed && rowLabel && rowLabel.role === 'region') rowLabel.role = 'indicator';
  }
  if (headerRole === 'indicator' && !labelCols.some((l) => l.role === 'region')) {
    const ind = labelCols.find((l) => l.role === 'indicator');
    if (ind) headerRole = 'region';
  }
  return { labelCols: labelCols.sort((a, b) => a.col - b.col), valueCols, headerRole };
}

/** A long table's year column repeats its values down the rows; a value column rarely does. */
function repeats(sheet: RawSheet, rows: number[], c: number): boolean {
  const seen = new Set<string>();
  let n = 0;
  for (const r of rows) {
    const t = cellText(sheet.rows[r]?.[c]);
    if (!t) continue;
    n++;
    seen.add(t);
  }
  return n >= 4 && seen.size * 2 <= n;
}

function firstFilled(stats: ColStats[]): number {
  return stats.findIndex((s) => s.nonEmpty > 0);
}

/** 1, 2, 3 … down the leftmost column: a 序号 column even when its header is blank. */
function isRowNumberColumn(sheet: RawSheet, rows: number[], c: number): boolean {
  let prev: number | null = null;
  let steps = 0;
  let n = 0;
  for (const r of rows) {
    const cell = sheet.rows[r]?.[c];
    if (!cell || cell.t !== 'n') continue;
    const v = cell.v as number;
    n++;
    if (prev !== null && v === prev + 1) steps++;
    prev = v;
  }
  return n >= 3 && steps >= 0.8 * (n - 1) && rows.length === rows[rows.length - 1] - rows[0] + 1;
}

/**
 * The header row of a region list (地区 | 省份 | 级别, no numbers anywhere), or -1: a sheet
 * without values that still tells each region's level or parent.
 */
export function findRegionListHeader(sheet: RawSheet): number {
  for (let r = 0; r < Math.min(sheet.nRows, 20); r++) {
    const words = (sheet.rows[r] ?? []).map((c) => headerWord(cellText(c)));
    if (words.includes('region') && (words.includes('level') || words.includes('parent'))) return r;
  }
  return -1;
}
