import { rescale, unitScale } from '../domain/unitScale';
import type { Period, Skip, SkipReason } from '../domain/model';
import { lowerBound } from '../domain/lowerBound';
import { matchIndicator, type IndicatorIndex, type IndicatorMatch } from '../domain/matchIndicator';
import { isAggregateRegion, isKnownRegion, isNation, looksLikePlace, matchRegion, type RegionIndex } from '../domain/matchRegion';
import { isRelativePeriod, isRelativeYear, monthCode, parsePeriod, parseSubPeriod, periodKey, periodLabel, relativePeriod } from '../domain/parsePeriod';
import { decimalMonthHeaders } from './decimalMonths';
import { splitHeaderPeriod } from '../domain/splitHeaderPeriod';
import { splitHeaderUnit, unitOnly } from '../domain/splitHeaderUnit';
import { scaleOf } from '../domain/parseValue';
import { stripListMark } from '../domain/stripListMark';
import { qualifierIndex } from '../domain/qualifiers';
import { cellPeriod, plainCellNumber, readCellValue, writesNumber } from './classifyCell';
import type { Detection, LabelRole } from './detection';
import { cleanHeader } from './headerParts';
import { indicatorAbovePlace, placeInHeader, SCOPE_RE } from './placeInHeader';
import { qualifyRepeats, type NestedName } from './qualifyRepeats';
import { titleSubject } from './titleSubject';
import { isActualWord, splitPlanVariant, variantWord } from '../domain/planVariant';
import { headerWord, isAggregateHeader, isChangeHeader, lastPart, TOTAL_LABEL_RE } from './detectColumns';
import { inferredGrain, statedGrain, type DateGrain } from './seriesHeader';
import { a1 } from '../domain/a1';
import { cellText, firstCellText, type RawCell, type RawSheet } from './rawSheet';
import { ObsBuilder, type ObsColumns } from './obsColumns';

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
  /** Names matched to a known region only up to a county suffix (城关 → 城关区): [as written, matched]. */
  regionGuesses: [string, string][];
  /** Headers read by their neighbours (2016.1 between 2016.09 and 2016.11 → 2016年10月): [header, period label]. */
  periodNotes: [string, string][];
  /** Values rescaled into their indicator's catalog unit: [unit written, catalog unit, how many]. */
  unitNotes: [string, string, number][];
  /** Values that took the sheet-wide indicator, region or period (so a guess among them is shown as one). */
  usedContext: { indicator: number; region: number; period: number };
  problem: SheetProblem | null;
}

/** Skips kept in detail per sheet; beyond it they are only counted. */
export const MAX_SKIPS = 5000;

interface ColInfo {
  col: number;
  period: Period | null;
  /** A month or quarter without its year (the year comes from the row or the sheet). */
  sub: Period | null;
  /** A header naming a period the table's own cannot give (本月 under a whole year's title): none. */
  unknownPeriod?: boolean;
  /** Its period was named by the table's own (本月, 累计): in January 本月 and 累计 are one period. */
  relative?: boolean;
  /** (预计), (目标): the column's figures are not the actual ones; the word joins the indicator's name. */
  variant?: string;
  /** The header names a period, a variant or 实际 only (2022年, 完成值): no indicator of its own. */
  bare?: boolean;
  /** 完成值, 计划数: the word a bare header was, should no title name the indicator it qualifies. */
  bareWord?: string;
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
  const obs = new ObsBuilder();
  const skips: Skip[] = [...(sheet.readNotes ?? [])];
  let skipped = 0;
  let blank = 0;
  // A Map, not an object: a header named __proto__ or constructor is data like any other.
  const newIndicators = new Map<string, string>();
  const newRegions = new Set<string>();
  const regionMeta = new Map<string, { level: string; parent: string }>();
  const regionGuesses = new Map<string, string>();
  const periodNotes: [string, string][] = [];
  // Values written in the catalog's unit at another scale: "from\u0001to" → how many.
  const unitNotes = new Map<string, number>();
  const usedContext = { indicator: 0, region: 0, period: 0 };
  const rejected = new Set(det.rejectedRegions ?? []);
  const skip = (r: number, c: number, reason: SkipReason, raw = '') => {
    skipped++;
    if (skips.length < MAX_SKIPS) skips.push({ sheet: sheet.name, cell: a1(r, c), reason, raw });
  };
  const result = (problem: SheetProblem | null): SheetResult => ({
    obs: obs.columns(), skips, skipped, blank, newIndicators: [...newIndicators], newRegions: [...newRegions], regionMeta: [...regionMeta.entries()].map(([r, m]) => [r, m.level, m.parent]), regionGuesses: [...regionGuesses], periodNotes, unitNotes: [...unitNotes].map(([k, n]) => [...(k.split('\u0001') as [string, string]), n]), usedContext, problem,
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
  const split = cleanHeader(sheet, det.headerStart, det.headerEnd);
  const parts = split.map((x) => [...x.parts]);
  const rowsHavePeriods = det.labelCols.some((l) => l.role === 'period');
  const rowIndicatorLabels = det.labelCols.some((l) => l.role === 'indicator');
  const titles = [...det.titleRows.map((r) => firstCellText(sheet, r)), ...(sheet.sheetTitles ?? [])].filter(Boolean);
  const isPlace = (x: string) => (isNation(x) || !isAggregateRegion(x)) && !SCOPE_RE.test(x) && (isKnownRegion(regions, x) || (PLACE_NAME_RE.test(x) && looksLikePlace(x)));
  const cols: ColInfo[] = valueCols.map((col) => {
    let p = parts[col];
    let periodPart = p.map((x) => parsePeriod(x)).find(Boolean) ?? null;
    // 2023年（预计）, 2024年目标, 2022年实际: the year, and what kind of figure it is.
    let variant = '';
    if (!periodPart) {
      for (const x of p) {
        const v = splitPlanVariant(x);
        const period = v ? parsePeriod(v.period) : null;
        if (!v || !period) continue;
        [periodPart, variant] = [period, v.variant];
        p = p.filter((y) => y !== x);
        break;
      }
    }
    // 「1月」「第三季度」 under 「2024年」 or with the year in the title: a part of a year, completed per cell.
    const subText = p.find((x) => parseSubPeriod(x));
    // 本年 | 上年同期, 本月 | 累计: periods named by the table's own (or by the month above: 2月 over 累计 is 1—2月).
    const relative = !periodPart && !rowsHavePeriods ? p.find(isRelativePeriod) : undefined;
    let unknownPeriod = false;
    let sub = subText ? parseSubPeriod(subText) : null;
    if (relative !== undefined) {
      const base = sub ? completeSub(sub, det.context.period) : det.context.period;
      // Without a year for the month above, the sheet asks for one (see subNeedsYear).
      if (base || !sub) {
        periodPart = relativePeriod(relative, base);
        unknownPeriod = !periodPart;
        sub = null;
      }
      p = p.filter((x) => x !== relative);
    }
    let rest = p.filter((x) => !parsePeriod(x) && x !== subText);
    // 「2018年纠错件数」: the period and the indicator share one header cell.
    const joint = !periodPart && !unknownPeriod && rest.length ? splitHeaderPeriod(rest[rest.length - 1]) : null;
    if (joint) {
      periodPart = joint.period;
      rest = [...rest.slice(0, -1), joint.name];
    }
    if (sub && periodPart) {
      periodPart = parseSubPeriod(subText!, periodPart);
    }
    // 「2022年」 over 「实际」, 完成值 beside 目标值: the figure itself; 目标值 alone, the target of the row's (or group's) indicator.
    const lastWord = rest[rest.length - 1] ?? '';
    const actual = isActualWord(lastWord);
    if (actual) rest = rest.slice(0, -1);
    else if (!variant && variantWord(lastWord)) [variant, rest] = [variantWord(lastWord), rest.slice(0, -1)];
    // 人 | 人 on a row under 2021年 | 2022年: the columns' unit, not what they measure.
    const unitPart = periodPart && rest.length === 1 ? unitOnly(rest[0]) : '';
    if (unitPart) rest = rest.slice(0, -1);
    const bare = !rest.length && !!(periodPart || sub || variant || actual);
    const bareWord = bare && (actual || variant) ? lastWord : '';
    const info: ColInfo = { col, period: periodPart, sub: periodPart ? null : sub, unknownPeriod, relative: relative !== undefined, variant, bare, bareWord, indicator: null, region: '', unit: '' };
    // 「GDP:现价:北京」, 北京 over 地区生产总值: a header of indicators that also names its place.
    const placed = det.headerRole === 'indicator' ? placeInHeader(rest, isPlace) : null;
    if (placed) [info.region, rest] = [placed.region, placed.parts];
    // 2022年 over 城关区 | 七里河区, indicators down the rows: the year's places (全市 over them, their total).
    if (det.headerRole === 'period' && rowIndicatorLabels && rest.length === 1 && !PLACE_KIND_RE.test(rest[0]) && (isPlace(rest[0]) || isAggregateRegion(rest[0]))) {
      info.region = rest[0];
      rest = [];
    }
    const name = rest[rest.length - 1] ?? '';
    const group = rest.length > 1 ? rest[rest.length - 2] : '';
    if (det.headerRole === 'indicator' || (det.headerRole === 'period' && name)) {
      if (name) info.indicator = matchIndicator(indicators, name, group);
      if (info.indicator && !info.indicator.known && !group) {
        const subject = titleSubject(name, titles, indicators);
        if (subject) info.indicator = matchIndicator(indicators, subject);
      }
      info.unit = info.indicator?.unit ?? '';
    } else if (det.headerRole === 'region' && name) {
      info.region = name;
      // 地区生产总值 over 北京 | 天津: the group names the indicator of its places.
      const above = group ? indicatorAbovePlace(group, name, isPlace, (x) => headerWord(x) !== null) : '';
      if (above) info.indicator = matchIndicator(indicators, above);
    }
    if (!info.unit && name) info.unit = matchIndicator(indicators, name).unit;
    info.unit ||= split[col].unit || unitPart;
    return info;
  });
  // 「纠错率(%)」 standing alone beside 「行政复议」 columns is 行政复议纠错率: a header the catalog
  // does not know takes the group of its nearest grouped neighbour, where that names a known one.
  // The nearest grouped neighbour (the left one on a tie), by binary search over the grouped
  // columns: a scan outwards from every column was quadratic (16,384 columns took a minute).
  const grouped: number[] = [];
  cols.forEach((c, k) => {
    if (parts[c.col].length > 1) grouped.push(k);
  });
  cols.forEach((c, k) => {
    if (!grouped.length || !c.indicator || c.indicator.known || parts[c.col].length > 1) return;
    const near = cols[nearestOf(grouped, k)];
    const p = parts[near.col];
    const m = matchIndicator(indicators, parts[c.col][0], p[p.length - 2]);
    if (m.known) c.indicator = m;
  });
  // 律师人数 | 占比 | 公证件数 | 占比: a bare share is the share of the figure to its left (律师人数占比),
  // never one indicator 占比 for unlike figures.
  cols.forEach((c, k) => {
    const left = k > 0 ? cols[k - 1] : null;
    if (!c.indicator || c.indicator.known || !SHARE_RE.test(c.indicator.name) || !left?.indicator || SHARE_RE.test(left.indicator.name)) return;
    c.indicator = matchIndicator(indicators, `${left.indicator.name}${c.indicator.name}`);
    c.unit ||= '%';
  });
  // The user's mapping of a column to a catalog indicator wins over what its header says.
  for (const [col, id] of det.columnIndicators ?? []) {
    const c = cols.find((x) => x.col === col);
    if (c && id) {
      const m = matchIndicator(indicators, id);
      c.indicator = { ...m, unit: c.indicator?.unit || m.unit };
      c.unit = c.indicator.unit;
    }
  }
  const october = decimalMonthHeaders(cols.map((c) => ({ col: c.col, text: parts[c.col][parts[c.col].length - 1] ?? '' })));
  for (const c of cols) {
    const o = october.get(c.col);
    if (o) {
      c.period = o.period;
      periodNotes.push([o.text, periodLabel(periodKey(o.period))]);
    }
  }

  const roleCol = (role: LabelRole) => det.labelCols.find((l) => l.role === role)?.col ?? -1;
  const regionCol = roleCol('region');
  // 类别 | 指标, 一级指标 | 二级指标 | 三级指标: levels of one name left of the figures, the finest
  // (rightmost) the indicator, the one above it what the indicator is part of (行政复议 over 受理件数).
  // Only level words head the coarser ones: 指标名称 | 行业 is an indicator and a qualifier beside
  // it, and the first names the indicator, as a single column does.
  const firstValue = Math.min(...valueCols);
  const leveled = det.labelCols.filter((l) => l.role === 'indicator' && l.col < firstValue).map((l) => l.col).sort((a, b) => a - b);
  const levels = leveled.length > 1 && leveled.slice(0, -1).every((c) => LEVEL_WORD_RE.test(lastPart(parts[c])));
  const indicatorCols = levels ? leveled : det.labelCols.filter((l) => l.role === 'indicator').map((l) => l.col).slice(0, 1);
  const indicatorCol = indicatorCols.length ? indicatorCols[indicatorCols.length - 1] : -1;
  const groupCols = indicatorCols.slice(0, -1);
  const periodCol = roleCol('period');
  const monthCol = periodCol >= 0 ? roleCol('month') : -1;
  const quarterCol = monthCol >= 0 && /季|quarter/i.test(parts[monthCol].join(''));
  const unitCol = roleCol('unit');
  const bothName = indicatorCol >= 0 && det.headerRole === 'indicator';
  // 「一、兰州市」 alone over rows of indicators, 「培训人次(人次)」 alone over rows of places: a section
  // line naming the other axis for the rows below it, as 「地区：兰州市」 does.
  const headerIndicators = cols.some((c) => c.indicator);
  const sectionLabel = (row: RawSheet['rows'][number] | undefined): { key: string; value: string } | null => {
    const found = blockLabel(row);
    if (found || !row || (indicatorCol >= 0) === (regionCol >= 0)) return found;
    const col = indicatorCol >= 0 ? indicatorCol : regionCol;
    let text = '';
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (!t) continue;
      if (c !== col || text) return null;
      text = t;
    }
    const name = stripListMark(text);
    if (!name) return null;
    if (indicatorCol >= 0) return isPlace(name) ? { key: '地区', value: name } : null;
    // An indicator the catalog knows, where the header names none: a line such as 省直单位（个） is a row.
    const measure = splitHeaderUnit(name).name;
    return !headerIndicators && !isPlace(measure) && !isAggregateRegion(measure) && matchIndicator(indicators, measure).known ? { key: '指标', value: name } : null;
  };
  // Not in a long table, whose names repeat by design (a row per place and period).
  const qualified = indicatorCol >= 0 && periodCol < 0 && regionCol < 0 && det.dataEnd - det.dataStart < 5_000 ? qualifyRepeats(sheet, det.dataStart, det.dataEnd, indicatorCol, valueCols, (row) => sectionLabel(row) !== null) : new Map<number, NestedName>();
  // Dates of a series export (2022-12-31) are the year, quarter or month its 频率 row names, or that they keep to.
  const grain = periodCol >= 0 ? statedGrain(sheet, det.headerStart, det.headerEnd, valueCols) ?? inferredGrain(sheet, det.dataStart, Math.min(det.dataEnd, det.dataStart + 5_000), periodCol) : null;
  const levelCol = roleCol('level');
  const parentCol = roleCol('parent');

  // Whole-sheet problems are reported once, not per cell.
  // 「地区：内蒙古自治区」 rows inside the table label the rows below them (stacked NBS blocks).
  const blockLabels = readBlockLabels(sheet, det, sectionLabel);
  // A guessed indicator (title, sheet or file name) fills in only where no header or column names one.
  const hasIndicatorAxis = indicatorCol >= 0 || cols.some((c) => c.indicator) || blockLabels.indicators;
  // Columns headed by a period or 完成值 only beside one naming a figure of its own (2022年 | 占比, 计划数 |
  // 完成数 | 完成率): those columns are still the title's indicator.
  const bareCols = indicatorCol < 0 && !blockLabels.indicators && cols.some((c) => c.bare && !c.indicator);
  const useCtxIndicator = !!det.context.indicator && (det.context.indicatorSource === 'meta' || det.context.indicatorSource === 'user' || !hasIndicatorAxis || bareCols);
  const hasRegion = regionCol >= 0 || det.headerRole === 'region' || !!det.context.region || blockLabels.regions || cols.some((c) => c.region);
  const hasIndicator = hasIndicatorAxis || useCtxIndicator;
  const hasPeriod = periodCol >= 0 || cols.some((c) => c.period) || !!det.context.period;
  // Months or quarters with no year anywhere are not a period: the user must say the year.
  const subNeedsYear = cols.some((c) => c.sub) && periodCol < 0 && !parseSubPeriod('1月', det.context.period);
  if (!hasRegion) return result('no-region');
  if (!hasIndicator) return result('no-indicator');
  // 本年 | 上年 down the rows with no year of the table's own: the user must say the year.
  const relativeCol = periodCol >= 0 && relativeRows(sheet, det, periodCol);
  const relativeNeedsYear = relativeCol && !det.context.period;
  if (!hasPeriod || subNeedsYear || relativeNeedsYear) return result('no-period');

  const ctxIndicator = useCtxIndicator ? matchIndicator(indicators, det.context.indicator) : null;
  // 计划数 | 完成数 with no indicator down the rows and none named but by a guess from the file's name:
  // the headers name the figures themselves.
  if (indicatorCol < 0 && !blockLabels.indicators && (!ctxIndicator || (det.context.indicatorSource === 'file' && !ctxIndicator.known))) {
    for (const c of cols) {
      if (c.bareWord && !c.indicator) [c.indicator, c.variant] = [matchIndicator(indicators, c.bareWord), ''];
    }
  }
  let blockRegion = '';
  let blockIndicator: IndicatorMatch | null = null;
  let blockUnit = '';
  const regionCache = new Map<string, string>();
  const indicatorCache = new Map<string, IndicatorMatch>();
  const listed = new Set<IndicatorMatch>();
  const resolveRegion = (name: string): string => {
    let id = regionCache.get(name);
    if (id === undefined) {
      const m = matchRegion(regions, name, rejected);
      if (!m.known) newRegions.add(m.id);
      if (m.guess) regionGuesses.set(name, m.id);
      regionCache.set(name, (id = m.id));
    }
    return id;
  };
  // A row's indicator may carry its unit: 「发电量当期值(GWh)」.
  const resolveIndicator = (text: string, group = ''): IndicatorMatch => {
    const key = group ? `${group}\u0001${text}` : text;
    let m = indicatorCache.get(key);
    if (!m) {
      const { name, unit } = splitHeaderUnit(text);
      let found = matchIndicator(indicators, name || text, group);
      // 权力清单 over 责任清单事项数: a name that shares a word with its group names its own subject.
      if (group && !found.known && sharesWord(name || text, group)) found = matchIndicator(indicators, name || text);
      indicatorCache.set(key, (m = unit && name ? { ...found, unit } : found));
    }
    return m;
  };

  // Per distinct text, once: a million rows name a few thousand places and periods.
  const aggregateCache = new Map<string, boolean>();
  const totalNames = new Map<string, boolean>();
  const isAggregateName = (name: string): boolean => {
    let a = totalNames.get(name);
    if (a === undefined) totalNames.set(name, (a = isAggregateHeader(splitHeaderUnit(name).name.replace(/\s+/g, ''))));
    return a;
  };
  // A national series names only 全国: there it is the region, not a total of the others.
  const nationOnly = namesOnlyNation(sheet, det, regionCol, cols);
  const isAggregate = (name: string): boolean => {
    let a = aggregateCache.get(name);
    if (a === undefined) aggregateCache.set(name, (a = isAggregateRegion(name) && !(nationOnly && isNation(name))));
    return a;
  };
  const periodCache = new Map<string, Period | null>();
  const rowPeriodOf = (cell: RawCell | undefined): Period | null => {
    // A month code (2023.06, 202306) only where the column's cells are no period otherwise: it was read as a period column.
    if (cell?.t === 'n') return cellPeriod(cell) ?? monthCode(cell.v as number);
    const text = cellText(cell);
    let p = periodCache.get(text);
    // 本年 | 上年 down a 时间 column: periods named by the table's own, as in a header.
    // 累计 or 本月 under 本期 in such a column: the table's own too (in a column of years, 累计 is a total's row).
    if (p === undefined) periodCache.set(text, (p = cellPeriod(cell) ?? (isRelativeYear(text) || (relativeCol && isRelativePeriod(text)) ? relativePeriod(text, det.context.period) : monthCode(text))));
    return p;
  };

  // The row labels the per-column resolutions were made under (a new stamp when one changes).
  const labels = { indicator: null as IndicatorMatch | null, period: -1, unit: '', blockIndicator: null as IndicatorMatch | null, blockUnit: '', stamp: 0 };
  const resolved: Resolved[] = cols.map(() => ({ stamp: -1, indicator: null, periodKey: -1, unit: '', catalogUnit: '', factor: null, listed: false }));
  /** A column's indicator, period and unit under the current row labels (for a cell without a unit of its own). */
  const resolveCell = (info: ColInfo, rowIndicator: IndicatorMatch | null, rowPeriod: Period | null): Resolved => {
    // 规章 down the rows, 本年制发件数 across: the two name the indicator together (规章本年制发件数).
    const named = rowIndicator && info.indicator && bothName ? resolveIndicator(rowIndicator.name + info.indicator.name) : rowIndicator ?? info.indicator ?? blockIndicator ?? ctxIndicator;
    const indicator = named && info.variant ? resolveIndicator(named.name + info.variant) : named;
    // A header naming its own year (rd_intensity_2023, 2018年纠错件数) is more specific than the row's.
    const period = info.unknownPeriod ? null : info.period ?? (info.sub ? completeSub(info.sub, rowPeriod ?? det.context.period) : rowPeriod ?? det.context.period);
    const catalogUnit = (indicator && catalogUnits.get(indicator.id)) || '';
    // A table-wide 单位：件 line is the unit of its counts, not of a rate among them (纠错率 in %).
    const tableUnit = blockUnit || det.context.unit;
    const rate = catalogUnit === '%' && !/^(?:%|‰|‱|个?百分点)$/.test(tableUnit);
    const unit = info.unit || rowIndicator?.unit || labels.unit || (rate ? '' : tableUnit) || catalogUnit || '';
    const factor = catalogUnit && unit !== catalogUnit ? unitScale(unit, catalogUnit) : null;
    return { stamp: labels.stamp, indicator, periodKey: period ? periodKey(period) : -1, unit, catalogUnit, factor, listed: false };
  };
  let lastRegName = '';
  let lastRegId = '';
  let lastRegion = '';
  let lastParent = '';
  /** The unit of the last row a nested row (其中：…) is part of. */
  let parentUnit = '';
  let lastIndicator = '';
  /** The levels above the indicator, filled down; a coarser level written anew clears the finer ones. */
  const lastGroups = groupCols.map(() => '');
  let lastPeriod: Period | null = null;
  let lastUnit = '';
  const total = det.dataEnd - det.dataStart + 1;
  // Progress by cells, not rows: a wide sheet of 60 rows holds a million of them.
  let cellsSinceReport = 0;
  for (let r = det.dataStart; r <= det.dataEnd; r++) {
    cellsSinceReport += cols.length + 1;
    if (onProgress && cellsSinceReport >= 8000) {
      cellsSinceReport = 0;
      onProgress(r - det.dataStart, total);
    }
    const row = sheet.rows[r];
    if (!row || row.every((c) => !cellText(c))) {
      lastRegion = lastParent = lastIndicator = lastUnit = '';
      lastGroups.fill('');
      lastPeriod = null;
      continue;
    }
    const label = sectionLabel(row);
    if (label) {
      if (label.key === '地区') blockRegion = label.value;
      else if (label.key === '指标') {
        const { name, unit } = splitHeaderUnit(label.value);
        blockIndicator = name ? resolveIndicator(name) : null;
        blockUnit = unit;
      } else blockUnit = label.value;
      continue;
    }
    // Labels, filled down: indicator names often appear only on the first row of a block.
    let regionName = '';
    if (regionCol >= 0) {
      const own = cellText(row[regionCol]);
      // The finer place left blank where a new coarser place begins (兰州市 | | 1300 above its districts),
      // not merged from above: the coarser place's own row. Under the same coarser place in a long
      // table, the finer is filled down.
      const parent = parentCol >= 0 ? cellText(row[parentCol]) : '';
      // With no period or indicator down the rows, a district filled down could only repeat its own figures.
      const parentOwn = !own && parent && (parent !== lastParent || (periodCol < 0 && indicatorCol < 0)) && !mergedFromAbove(sheet, r, regionCol);
      regionName = own || (parentOwn ? parent : lastRegion);
      lastRegion = regionName;
      lastParent = parent || lastParent;
      // 合计 written in the 序号 column (or merged over it) with the place cell blank: the total row, not the place above's.
      const total = own ? '' : labelTotal(row, det);
      if (total) {
        skip(r, regionCol, 'aggregate', total);
        continue;
      }
      if (regionName && isAggregate(regionName)) {
        skip(r, regionCol, 'aggregate', regionName);
        continue;
      }
    }
    let rowIndicator: IndicatorMatch | null = null;
    let nested = false;
    const ownIndicator = indicatorCol >= 0 && !!cellText(row[indicatorCol]);
    if (indicatorCol >= 0) {
      let finest = -1;
      groupCols.forEach((c, k) => {
        const own = cellText(row[c]);
        if (!own) return;
        lastGroups[k] = own;
        lastGroups.fill('', k + 1);
        finest = k;
      });
      nested = qualified.get(r)?.nested ?? false;
      let name = qualified.get(r)?.name ?? cellText(row[indicatorCol]);
      // 合计 in the 序号 column (or merged over the names) with the name blank: the total row, not the name above's.
      const total = name || finest >= 0 || regionCol >= 0 ? '' : labelTotal(row, det);
      if (total) {
        skip(r, indicatorCol, 'aggregate', total);
        continue;
      }
      let group = lastGroups.length ? lastGroups[lastGroups.length - 1] : '';
      // A level written on this row with no finer name beside it is the row's own (行政复议's total).
      if (!name && finest >= 0) [name, group] = [lastGroups[finest], finest > 0 ? lastGroups[finest - 1] : ''];
      name ||= lastIndicator;
      lastIndicator = name;
      // 合计, 总计 (a pivot's Grand Total) down the indicators, under no group: a total of unlike figures.
      if (name && !group && isAggregateName(name)) {
        skip(r, indicatorCol, 'aggregate', name);
        continue;
      }
      if (name) rowIndicator = resolveIndicator(name, group);
    }
    let rowPeriod: Period | null = null;
    if (periodCol >= 0) {
      const cell = row[periodCol];
      const own = cellText(cell);
      rowPeriod = own ? rowPeriodOf(cell) : lastPeriod;
      // 增减(%) below 本年 | 上年: the change between the rows above, derived, not a period's figure;
      // 合计 or 累计 below years, a total of them. Neither is the table's own period.
      const change = own && !rowPeriod && isChangeHeader(splitHeaderUnit(own).name);
      if (change || (own && !rowPeriod && (isAggregateName(own) || TOTAL_LABEL_RE.test(own)))) {
        skip(r, periodCol, change ? 'derived' : 'aggregate', own);
        continue;
      }
      if (grain && rowPeriod) rowPeriod = withGrain(rowPeriod, grain);
      lastPeriod = rowPeriod;
      const partText = monthCol >= 0 ? cellText(row[monthCol]) : '';
      const month = parseInt(partText, 10);
      // 一季度, Q1, 3月 (or 1..4 under 季度) complete the row's year.
      const part = partText ? parseSubPeriod(quarterCol && /^[1-4]$/.test(partText) ? `Q${partText}` : partText, rowPeriod) : null;
      if (part) rowPeriod = part;
      else if (rowPeriod && rowPeriod.start === rowPeriod.end && !rowPeriod.months && month >= 1 && month <= 12) {
        rowPeriod = { start: rowPeriod.start, end: rowPeriod.end, months: [month, month] };
      }
    }
    // A unit cell left blank inside an indicator's block is the block's unit, as the name is.
    let rowUnit = unitCol >= 0 ? cellText(row[unitCol]) : '';
    if (unitCol >= 0) {
      if (!rowUnit && indicatorCol >= 0 && !ownIndicator) rowUnit = lastUnit;
      lastUnit = rowUnit;
    }
    // 其中：女性 under 律师人数(人): a part with no unit of its own (nor the catalog's) counts in its
    // parent's; not a rate, a share or a count of another kind (其中：女性占比, 律师事务所数).
    const ownUnit = rowUnit || rowIndicator?.unit || (rowIndicator && catalogUnits.get(rowIndicator.id)) || '';
    if (nested && !ownUnit && rowIndicator && !OWN_MEASURE_RE.test(lastPart([rowIndicator.name]))) rowUnit = parentUnit;
    else if (!nested) parentUnit = ownUnit;
    if (regionName && (levelCol >= 0 || parentCol >= 0)) {
      const id = resolveRegion(regionName);
      const parent = parentCol >= 0 ? cellText(row[parentCol]) : '';
      if (!regionMeta.has(id)) regionMeta.set(id, { level: levelCol >= 0 ? cellText(row[levelCol]) : '', parent: parent === regionName ? '' : parent });
    }

    const rowStart = obs.length;
    // What a cell takes from its column and its row's labels holds down the column while the labels stay.
    const rowPeriodKey = rowPeriod ? periodKey(rowPeriod) : -1;
    if (rowIndicator !== labels.indicator || rowPeriodKey !== labels.period || rowUnit !== labels.unit || blockIndicator !== labels.blockIndicator || blockUnit !== labels.blockUnit) {
      Object.assign(labels, { indicator: rowIndicator, period: rowPeriodKey, unit: rowUnit, blockIndicator, blockUnit, stamp: labels.stamp + 1 });
    }
    for (let k = 0; k < cols.length; k++) {
      const info = cols[k];
      const cell = row[info.col];
      let value = cell === undefined ? NaN : plainCellNumber(cell);
      let cellUnit = '';
      let qualifier = 0;
      let cellRaw = '';
      if (value !== value) {
        const v = readCellValue(cell);
        if (!v.ok) {
          if (v.reason === 'missing') blank++;
          else skip(r, info.col, v.reason, v.raw);
          continue;
        }
        [value, cellUnit, cellRaw] = [v.value, v.unit, v.raw];
        qualifier = v.qualifier ? qualifierIndex(v.qualifier) : 0;
      }
      const regName = regionName || info.region || blockRegion || det.context.region;
      if (!regName) {
        skip(r, info.col, 'no-region', shown(cellRaw, cell));
        continue;
      }
      if (info.region && isAggregate(info.region)) {
        skip(r, info.col, 'aggregate', info.region);
        continue;
      }
      const res = resolved[k].stamp === labels.stamp ? resolved[k] : (resolved[k] = resolveCell(info, rowIndicator, rowPeriod));
      const ind = res.indicator;
      if (!ind) {
        skip(r, info.col, 'no-indicator', shown(cellRaw, cell));
        continue;
      }
      if (res.periodKey < 0) {
        skip(r, info.col, rowPeriod === null && periodCol >= 0 ? 'bad-period' : 'no-period', shown(cellRaw, cell));
        continue;
      }
      let unit = cellUnit || res.unit;
      // 1.2亿 under 财政投入(万元) is 12,000 万元, not 120,000,000 万元: a written scale with no unit
      // of its own is taken into the column's.
      if (!cellUnit && unit && cellRaw) value = intoScaledUnit(value, cellRaw, unit);
      let raw = !cellRaw || writesNumber(cellRaw, value) ? '' : cellRaw;
      // 在岗执法人员数(万人) for the catalog's 在岗执法人员数 in 人: stored in the catalog's unit, so a
      // chart never ranks 4.4 (万人) beside 1,262 (人); the cell's own figure and unit stay as its raw text.
      const factor = cellUnit ? (res.catalogUnit && cellUnit !== res.catalogUnit ? unitScale(cellUnit, res.catalogUnit) : null) : res.factor;
      const written = unit;
      if (factor) {
        raw = cellUnit ? shown(cellRaw, cell) : `${shown(cellRaw, cell)}${unit}`;
        value = rescale(value, factor);
        unit = res.catalogUnit;
      }
      if (regName !== lastRegName) [lastRegName, lastRegId] = [regName, resolveRegion(regName)];
      // January's 本月 and 本年累计 state one figure twice: it is stored once, not listed as a collision.
      if (info.relative && sameInRow(obs, rowStart, lastRegId, ind.id, res.periodKey, value)) continue;
      if (!regionName && !info.region && !blockRegion) usedContext.region++;
      if (!rowIndicator && !info.indicator && !blockIndicator) usedContext.indicator++;
      if (!info.period && !rowPeriod) usedContext.period++;
      if (factor) {
        const key = `${written}\u0001${unit}`;
        unitNotes.set(key, (unitNotes.get(key) ?? 0) + 1);
      }
      // Told once per match, not per cell: a wide sheet's million cells name 16,383 new indicators.
      if (!ind.known && !res.listed) {
        res.listed = true;
        if (!listed.has(ind)) {
          listed.add(ind);
          if (!newIndicators.has(ind.id)) newIndicators.set(ind.id, unit);
        }
      }
      obs.add(lastRegId, ind.id, res.periodKey, value, qualifier, unit, raw, r, info.col);
    }
  }
  // Cells that were all skipped are not a success: the sheet says it has nothing to import.
  return result(obs.length ? null : 'no-data');
}

interface Resolved {
  stamp: number;
  indicator: IndicatorMatch | null;
  /** -1: no period. */
  periodKey: number;
  unit: string;
  catalogUnit: string;
  factor: number | null;
  /** Its indicator, when new, was listed. */
  listed: boolean;
}

/** 合计, 总计, 小计 in a label or ignored column of a row: the row is a total. */
function labelTotal(row: readonly (RawCell | undefined)[], det: Detection): string {
  const values = new Set(det.valueCols);
  for (let c = 0; c < row.length; c++) {
    if (values.has(c)) continue;
    const text = cellText(row[c]);
    if (text && isAggregateRegion(text)) return text;
  }
  return '';
}

/** A place's name in a header: a few Chinese characters (兰州市, 城关区), not a phrase that ends in 区. */
const PLACE_NAME_RE = /^[\u4e00-\u9fff]{2,8}$/;

/** A day's month (2022-12-31 read as 2022年12月) at the grain of its series: 2022, or 2022年第4季度. */
function withGrain(p: Period, grain: DateGrain): Period {
  if (grain === 'month' || !p.months || p.months[0] !== p.months[1]) return p;
  const m = p.months[1];
  if (grain === 'year') return { start: p.start, end: p.end };
  return m % 3 === 0 ? { start: p.start, end: p.end, months: [m - 2, m], quarter: m / 3 } : p;
}

function sameInRow(obs: ObsBuilder, from: number, region: string, indicator: string, period: number, value: number): boolean {
  for (let j = from; j < obs.length; j++) {
    if (obs.period[j] === period && obs.value[j] === value && obs.indicator[j] === indicator && obs.region[j] === region) return true;
  }
  return false;
}

/** Every place the sheet names, in its region column or across its header, is 全国 (or 中国). */
function namesOnlyNation(sheet: RawSheet, det: Detection, regionCol: number, cols: readonly ColInfo[]): boolean {
  let seen = false;
  for (const c of cols) {
    if (!c.region) continue;
    if (!isNation(c.region)) return false;
    seen = true;
  }
  if (regionCol < 0) return seen;
  // A million rows of 全国 are told once, not a million times.
  let last = '';
  for (let r = det.dataStart; r <= det.dataEnd; r++) {
    const name = cellText(sheet.rows[r]?.[regionCol]);
    if (!name || name === last) continue;
    if (!isNation(name)) return false;
    last = name;
    seen = true;
  }
  return seen;
}

/** A skipped value's text as the cell shows it (readCellValue leaves a plain number's raw text out). */
function shown(raw: string, cell: RawCell | undefined): string {
  return raw || cellText(cell);
}

/** The element of the ascending `sorted` nearest to `k` (the smaller one on a tie). */
export function nearestOf(sorted: readonly number[], k: number): number {
  const lo = lowerBound(sorted, k);
  const right = sorted[lo];
  const left = sorted[lo - 1];
  if (right === undefined) return left;
  if (left === undefined) return right;
  return k - left <= right - k ? left : right;
}

/** A month or quarter header completed by a single year (or by months within one: 6月 under 2022年1—6月). */
function completeSub(sub: Period, year: Period | null): Period | null {
  if (!year || year.start !== year.end) return null;
  return { ...sub, start: year.start, end: year.start };
}

const BLOCK_LABEL_RE = /^(地区|指标|单位|计量单位)\s*[:：]\s*(\S.*)$/;

/** A row holding only 「地区：X」, 「指标：X」 or 「单位：X」: a label for the rows below it. */
function blockLabel(row: RawSheet['rows'][number] | undefined): { key: string; value: string } | null {
  let found: { key: string; value: string } | null = null;
  for (const cell of row ?? []) {
    const t = cellText(cell);
    if (!t) continue;
    if (found) return null;
    const m = BLOCK_LABEL_RE.exec(t);
    if (!m) return null;
    found = { key: m[1] === '计量单位' ? '单位' : m[1], value: m[2].trim() };
  }
  return found;
}

function readBlockLabels(sheet: RawSheet, det: Detection, labelOf: typeof blockLabel): { regions: boolean; indicators: boolean } {
  const out = { regions: false, indicators: false };
  for (let r = det.dataStart; r <= det.dataEnd && r < det.dataStart + 5000; r++) {
    const l = labelOf(sheet.rows[r]);
    if (l?.key === '地区') out.regions = true;
    if (l?.key === '指标') out.indicators = true;
  }
  return out;
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

/** A header naming a coarser level of an indicator's name: 类别, 分类, 大类, 一级指标, 二级指标. */
const LEVEL_WORD_RE = /^(?:类别|分类|大类|小类|指标类别|指标分类|项目类别|考核项目|评价项目|考核类别|[一二三四1-4]级(?:指标|分类|类别|项目)(?:名称)?)$/;

/** Whether two names share two characters in a row (责任清单事项数 and 权力清单 share 清单). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= b.length; i++) if (a.includes(b.slice(i, i + 2))) return true;
  return false;
}

/** Whether the first rows of a period column name periods by the table's own (本年, 上年同期). */
function relativeRows(sheet: RawSheet, det: Detection, col: number): boolean {
  for (let r = det.dataStart; r <= Math.min(det.dataEnd, det.dataStart + 50); r++) {
    const text = cellText(sheet.rows[r]?.[col]);
    if (text && !parsePeriod(text) && isRelativeYear(text)) return true;
  }
  return false;
}

/** A figure's written scale (11.9万, 1.2亿, 3.5千万余): its 万/亿/千 after the digits. */
const WRITTEN_SCALE_RE = /\d\s*(?:余|多)?\s*([百千万亿]+)\s*(?:余|多)?\s*(?:左右|以上)?$/;
/** A unit counted in a scale of its base (万元, 亿元, 万人次, 千户); not 千米 or 千克, units of their own. */
const SCALED_UNIT_RE = /^([百千万亿]+)(?=元|人次|人|户|吨|件|个|亩|台|辆|册|次|套|家|平方米)/;

/** A value read with its written scale, expressed in a unit that has a scale of its own. */
function intoScaledUnit(value: number, raw: string, unit: string): number {
  const written = WRITTEN_SCALE_RE.exec(raw);
  const scaled = written ? SCALED_UNIT_RE.exec(unit) : null;
  if (!written || !scaled) return value;
  return Number((value / scaleOf(scaled[1])).toPrecision(15));
}

/** The cell lies in a merged range that starts on a row above: it repeats the range's first row. */
function mergedFromAbove(sheet: RawSheet, r: number, c: number): boolean {
  return sheet.merges.some((m) => m.s.r < r && m.e.r >= r && m.s.c <= c && m.e.c >= c);
}

/** A bare share or proportion: of what, the column beside it says. */
const SHARE_RE = /^(?:占比|比重|所占比重|占比重|构成|百分比)$/;

/** A name that says what it measures (…率, …占比, …数): its own unit, not its parent's. */
const OWN_MEASURE_RE = /(?:率|比|比重|占比|数|额|量|值|指数)$/;

/** Kinds and levels of places (乡镇, 街道, 开发区, 市级), not places: under a year they split its figures otherwise. */
const PLACE_KIND_RE = /^(?:省级|市级|县级|乡级|省本级|市本级|县本级|区本级|县区|区县|市县|县市区|乡镇|乡镇街道|镇|乡|街道|社区|村|开发区|工业园区|园区|新区|城区|农村|城镇|县城|乡村|市区|郊区)$/;
