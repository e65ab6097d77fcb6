import { indicatorKey, type IndicatorIndex } from '../domain/matchIndicator';
import { isAggregateRegion, isKnownRegion, looksLikePlace, type RegionIndex } from '../domain/matchRegion';
import { PROVINCES } from '../domain/builtinCatalog';
import { isUnitText, splitHeaderUnit } from '../domain/splitHeaderUnit';
import { isRelativePeriod, isRelativeYear, monthCode, parsePeriod, parseSubPeriod } from '../domain/parsePeriod';
import { isActualWord, splitPlanVariant, variantWord } from '../domain/planVariant';
import { cellPeriod, classifyCell } from './classifyCell';
import type { HeaderRole, LabelRole } from './detection';
import { cellText, type RawCell, type RawSheet } from './rawSheet';

// Header words, as data: which label column is which. 省份/province head a place column;
// they mean the parent only beside a finer place column (step 3).
const HEADER_WORDS: [LabelRole | 'value', RegExp][] = [
  ['ignore', /^(序号?|排序号|编号|代码|行次|排名|排序|位次|名次|no\.?|id|index|unnamed:?\d*|备注|说明|来源|数据来源|原文|出处|引文|资料来源|地区代码|行政区划代码|省份代码|城市代码|type|类型|责任单位|牵头单位|责任部门|牵头部门|主责单位|配合单位|协办单位|承办单位|责任处室|责任人|联系人|扣分原因|扣分说明|扣分理由|评分说明|得分说明|评分标准|考核标准|考核方式|评分方法)$/i],
  ['level', /^(级别|层级|行政级别|地区级别|level)$/i],
  ['parent', /^(所属省份|所属省|所属市|所属地市|上级|上级地区|所属地区|parent)$/i],
  ['period', /^(年份|年度|年|时间|期间|统计年度|统计期|报告期|日期|年月|统计年月|year|period|date|time)$/i],
  ['indicator', /^(指标|指标名称|项目|项目名称|统计指标|指标项|内容|信息内容|类别|案件类别|分类|行业|指标类别|指标分类|大类|小类|考核项目|考核内容|考核指标|评价指标|评估指标|评分项目|评分内容|检查项目|指标内容|[一二三四五1-5]级(?:指标|分类|类别|项目)(?:名称)?|indicator|variable|item)$/i],
  ['value', /^(数值|值|数据|数量|指标值|统计值|绝对值|绝对数|value|amount)$/i],
  ['unit', /^(计量单位|单位|unit)$/i],
  ['month', /^(月|月份|统计月份|所属月份|数据月份|month|季度|季|quarter)$/i],
  ['region', /^(地区|地域|区域|城市|市州|县区|区县|县市区|市县|省市|省区|省份|省|地方|行政区划?|行政区|单位名称|填报单位|名称|市|县|区|辖区|地市|城区|省别|乡镇|乡镇街道|镇|乡|街道|region|city|province|area|name|county|district)(名称)?$/i],
];
const PROVINCE_WORD = /^(省|省份|省别|省区|province)$/i;
// Value words that are also what a column measures (地区 | 数量 | 人数): the one value column of a
// long table only beside a 指标 column or alone; among other numeric columns, one indicator more.
const MEASURE_WORD = /^(数量|amount)$/i;

// A column of changes or shares with no subject of its own (同比增减(%), 增长, 比上年±, 增减额,
// 占比; no group header above it but periods): derived from the columns beside it, not a value of
// the row's indicator.
const CHANGE_ONLY_RE = /^(?:(?:同比|环比|年均|年平均|(?:比|较|与)(?:上年|去年|上期|上月|上年同期|上年同月|去年同期|去年同月|\d{4}年?(?:同期)?)(?:相比)?)?(?:增减|增长|增幅|增速|增减率|增长率|增减幅度|增减变化|变化|变动|升降|±|\+\/-)(?:率|幅度|百分比|量|额)?|同比|环比)$/;
// Beside years only, a share, a flow or a rank of one of them (2021年 | 2022年 | 占比, 净增, 2022年排名):
// elsewhere 占比, 净增加, 增加人数 (年初 | 增加 | 减少 | 年末) or 排名 can be the table's own figures.
const BESIDE_YEARS_RE = /^(?:净增|净增加|净减少|净增减|占比|比重|所占比重|占比重|占全[省市县区国](?:的)?比重|增加|减少|增加人数|减少人数|增加数|减少数|增减数|增减人数|排名|排序|位次|名次)$/;

/** A header part naming a period: 2022年, 6月, 第三季度, 本年. */
const namesPeriod = (part: string) => !!(parsePeriod(part) || parseSubPeriod(part) || isRelativePeriod(part));

/** Each anchored pattern without its start anchor: whether some ending of a header could match at all. */
const tails = new Map<RegExp, RegExp>();

/** `re` matches the header whole, or after a period of its own that leads it (6月同比, 2020-2021年合计). */
function matchesAfterPeriod(re: RegExp, header: string): boolean {
  if (re.test(header)) return true;
  let tail = tails.get(re);
  if (!tail) tails.set(re, (tail = new RegExp(re.source.replace(/^\^/, ''), re.flags)));
  // Asked of every column of a 16,384-column sheet: most headers end in no such word.
  if (!tail.test(header)) return false;
  for (let i = 1; i < header.length - 1; i++) if (re.test(header.slice(i)) && namesPeriod(header.slice(0, i))) return true;
  return false;
}

/** A change column, also when its own period leads (累计比上年同期增长, 6月同比, 本月增速). */
export function isChangeHeader(header: string): boolean {
  return matchesAfterPeriod(CHANGE_ONLY_RE, header.replace(/[%‰]$/, ''));
}

// A column of totals or averages of the columns beside it (合计, 总计, 平均, 2020-2021年合计,
// 1-3月合计): derived from them, not a figure of its own, and never the name of an indicator.
const AGGREGATE_HEAD_RE = /^(?:合计|总计|小计|共计|总和|汇总|平均|平均值|平均数|均值|年均|年平均|月均|月平均|total|grandtotal|subtotal|sum|average|mean)(?:数|值)?$/i;

/** A total or average column, also when its own period leads (2020-2021年合计, 1-3月平均). */
export function isAggregateHeader(header: string): boolean {
  return matchesAfterPeriod(AGGREGATE_HEAD_RE, header);
}

/** A group over change columns that only says against what (比上年 over 增减 | 增长率). */
const COMPARED_RE = /^(?:比上年|较上年|比去年|较去年|与上年相比|比上年同期|较上年同期|同比|环比|比上期|较上期)(?:增减|增长)?$/;


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
  provinces: number;
  /** 总计, 合计: a total's row label, in a column of years as well as of places. */
  totals: number;
  /** 本年, 上年: years of the table's own, written down the rows. */
  relatives: number;
  /** 增减(%), 同比增长: a row of changes below them, derived from the rows above. */
  changes: number;
  /** 是 | 否, √ | ×, 已完成 | 未完成: a state, neither a name nor a figure. */
  states: number;
}

const STATE_RE = /^(?:是|否|有|无|√|×|✓|✔|✗|✘|○|●|☑|☐|已完成|未完成|完成|未完|已建立|未建立|已公布|未公布|达标|未达标|不达标|合格|不合格|已|未|yes|no|y|n|true|false)$/i;
/** 总计, 合计, 累计 as a row's label: a total's row, in a column of years as well as of places. */
export const TOTAL_LABEL_RE = /^(?:总计|合计|小计|共计|总和|汇总|累计|全年|grand\s*total|total)(?:数|值)?$/i;
const PROVINCE_NAMES = new Set(PROVINCES.flat());
function isProvince(text: string): boolean {
  return PROVINCE_NAMES.has(text.replace(/\s+/g, ''));
}

// Codes of places, indicators or firms, however a header names them: 区划代码, 统计用区划代码,
// 地区编码, 指标代码, adcode, provcode, Prvcd, city_id.
const CODE_HEADER_RE = /(?:代码|编码|代号|区划码)$|^(?:ad|prov|province|city|county|region|area|geo|stk|stock|firm|ind|indicator)?[_-]?(?:code|cd|id)$|^prvcd$/i;
/** Cells like A01, B0203, C12: codes, never a place's or an indicator's name. */
const CODE_CELL_RE = /^[A-Za-z]{1,3}\d{1,6}$/;

export function headerWord(text: string): LabelRole | 'value' | null {
  const t = splitHeaderUnit(text).name.replace(/\s+/g, '');
  for (const [role, re] of HEADER_WORDS) if (re.test(t)) return role;
  return CODE_HEADER_RE.test(t) ? 'ignore' : null;
}

/**
 * Cells read to tell the columns' roles: 300 rows a column, fewer for a sheet of thousands of
 * columns (never under 30): Excel's widest sheet is a million cells in 59 rows, and what a
 * column holds shows in a few dozen of them.
 */
const SAMPLED_CELLS = 300_000;

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
  /** The title (or a 地区： line) names the table's one place and no scope (各县区): rows not written as places are not places. */
  onePlace = false,
): ColumnLayout {
  // 1. What each column holds, over a sample of the data rows.
  const rows = sampleRows(dataStart, dataEnd, Math.max(30, Math.min(300, Math.floor(SAMPLED_CELLS / Math.max(1, sheet.nCols)))));
  const stats: ColStats[] = Array.from({ length: sheet.nCols }, () => ({ nonEmpty: 0, numbers: 0, periods: 0, texts: 0, missing: 0, units: 0, indicators: 0, regions: 0, provinces: 0, totals: 0, relatives: 0, changes: 0, states: 0 }));
  // Row by row: a row's cells lie together in memory, a column's are spread over every row.
  for (const r of rows) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < sheet.nCols; c++) {
      const cell = row[c];
      const s = stats[c];
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
        if (isKnownRegion(regions, text) || looksLikePlace(text)) s.regions++;
        if (isProvince(text)) s.provinces++;
        if (STATE_RE.test(text)) s.states++;
        if (TOTAL_LABEL_RE.test(text)) s.totals++;
        if (isRelativeYear(text)) s.relatives++;
        else if (isChangeHeader(splitHeaderUnit(text).name)) s.changes++;
      }
      if (cellPeriod(cell)) s.periods++;
    }
  }

  // 2. Each column's role, by its header word first, then by its content.
  const labelCols: { col: number; role: LabelRole }[] = [];
  const valueCols: number[] = [];
  const stateCols: number[] = [];
  let valueHeaderCol = -1;
  const leftmost = firstFilled(stats);
  // The columns of figures a total could sum: not 序号, 代码 or 年份 (they label rows), not totals themselves.
  const figures = parts.flatMap((p, c) => {
    const head = lastPart(p);
    const w = head ? headerWord(head) : null;
    if (!stats[c].numbers || (w && w !== 'value') || isAggregateHeader(head) || (!head && isRowNumberColumn(sheet, rows, c))) return [];
    return [head];
  });
  // Beside years (or months), a total sums them; beside catalog indicators it adds up unlike figures.
  // Beside categories of one measure (国有单位 | 城镇集体单位 | 其他单位) it is that measure's own figure.
  const summed = figures.length > 0 && figures.every((h) => namesPeriod(h) || indicators.has(indicatorKey(h)));
  const yearsBeside = figures.some(namesPeriod);
  // A 单位 column says the rows are measures: places have no unit.
  const unitColumn = parts.some((p, c) => p.length > 0 && headerWord(p[p.length - 1]) === 'unit' && stats[c].texts > 0 && stats[c].units >= 0.5 * stats[c].texts);
  for (let c = 0; c < sheet.nCols; c++) {
    const s = stats[c];
    const head = parts[c][parts[c].length - 1] ?? '';
    const word = head ? headerWord(head) : null;
    if (s.nonEmpty === 0) continue;
    const places = s.texts >= 2 && s.regions >= 0.6 * s.texts && s.texts >= 0.6 * s.nonEmpty;
    // 是否公布 | 完成情况 holding 是/否, √/×, 已完成: a column of states beside the figures, not labels.
    if (s.texts > 0 && s.states === s.texts && s.numbers === 0 && word !== 'region' && word !== 'indicator') {
      stateCols.push(c);
      labelCols.push({ col: c, role: 'ignore' });
      continue;
    }
    if (word === 'ignore' || word === 'level' || word === 'parent') {
      labelCols.push({ col: c, role: word === 'ignore' && places && !/^(备注|说明)$/.test(head) ? 'region' : word });
      continue;
    }
    if (!word && s.texts >= 3 && codes(sheet, rows, c) >= 0.8 * s.texts) {
      labelCols.push({ col: c, role: 'ignore' });
      continue;
    }
    const derivedBesideYears = yearsBeside && matchesAfterPeriod(BESIDE_YEARS_RE, lastPart(parts[c]).replace(/[%‰]$/, ''));
    if (s.numbers > 0 && (isChangeHeader(lastPart(parts[c])) || derivedBesideYears) && parts[c].slice(0, -1).every((p) => namesPeriod(p) || COMPARED_RE.test(p.replace(/\s+/g, '')))) {
      labelCols.push({ col: c, role: 'ignore' });
      continue;
    }
    // A total with no subject of its own above it (a group naming one, 行政复议 over 合计, makes it
    // that subject's total: a figure of its own). Beside the columns it sums it is derived; alone,
    // it is the table's one figure, headed like 数值, of the indicator the title or file names.
    if (s.numbers > 0 && isAggregateHeader(lastPart(parts[c])) && parts[c].slice(0, -1).every(namesPeriod) && (summed || !figures.length)) {
      if (summed) labelCols.push({ col: c, role: 'ignore' });
      else {
        valueCols.push(c);
        valueHeaderCol = c;
      }
      continue;
    }
    if ((c === leftmost || !head) && word !== 'period' && s.periods < s.nonEmpty && isRowNumberColumn(sheet, rows, c)) {
      labelCols.push({ col: c, role: 'ignore' });
      continue;
    }
    // A 月份 column of 1..12 beside the year column: the two make a month.
    if (word === 'month' && isMonthColumn(sheet, rows, c)) {
      labelCols.push({ col: c, role: 'month' });
      continue;
    }
    // 2023.06 or 202306 down a 月份 or 年月 column (not 季度: 2023.1 there is a quarter): months written as codes (see monthCode).
    const coded = (word === 'month' || word === 'period') && !/季|quarter/i.test(head) && rows.filter((r) => isMonthCode(sheet.rows[r]?.[c]) || cellPeriod(sheet.rows[r]?.[c])).length >= 0.8 * s.nonEmpty;
    // 本年 | 上年 | 增减(%) (or 2022年 | 2021年 | 增减) down a 项目 column: years, and their change.
    const years = s.periods + s.relatives;
    const isPeriodCol = coded || (years > 0 && years >= 0.8 * (s.nonEmpty - s.totals - s.changes) && (word === 'period' || s.texts > 0 || repeats(sheet, rows, c)));
    // 年份 in the corner of a pandas header names the header row's level (the years across), not
    // a column of places below it.
    if ((word === 'period' && !(places && s.periods === 0)) || isPeriodCol) labelCols.push({ col: c, role: 'period' });
    else if (word === 'value') {
      valueCols.push(c);
      valueHeaderCol = c;
    } else if (s.numbers + s.missing >= 0.6 * s.nonEmpty && s.numbers > 0) valueCols.push(c);
    else if (places) labelCols.push({ col: c, role: 'region' });
    // 单位 heads units (件, 人次) or, in office tables, the reporting units themselves.
    else if ((word === 'unit' && (s.units >= 0.5 * s.texts || !/^单位$/.test(head))) || (s.units >= 0.8 * s.nonEmpty && s.texts > 0)) labelCols.push({ col: c, role: 'unit' });
    else if (word === 'indicator' || word === 'region') labelCols.push({ col: c, role: word });
    else if (s.texts > 0) labelCols.push({ col: c, role: (s.indicators > s.regions && s.indicators >= 0.3 * s.texts) || (onePlace && unitColumn && s.regions === 0) ? 'indicator' : 'region' });
  }

  // 是 | 否 as the only labels of the rows (是否建立 | 单位数): they are the rows' categories after all.
  if (stateCols.length && !labelCols.some((l) => l.role === 'region' || l.role === 'indicator')) {
    const first = labelCols.find((l) => l.col === stateCols[0]);
    if (first) first.role = 'region';
  }

  // 3. Only one region column. A parent (上级/省份) is one only beside a finer place column;
  // a column of provinces beside a column of finer places is the parent; a second text column
  // is the indicator when it names indicators, else ignored.
  const parents = labelCols.filter((l) => l.role === 'parent');
  let regionCols = labelCols.filter((l) => l.role === 'region');
  // 单位名称 or 填报单位 holding offices (城关区司法局) beside a column of places (所属地区, 行政区划):
  // the places are the rows' places, the offices who reported them.
  const offices = regionCols.filter((l) => OFFICE_HEAD_RE.test(lastPart(parts[l.col])) && officesIn(sheet, rows, l.col));
  const placeCols = [...regionCols, ...parents].filter((l) => !offices.includes(l) && stats[l.col].regions >= 0.6 * stats[l.col].texts && stats[l.col].texts > 0);
  // One office a place (城关区司法局 beside 城关区): two offices of one place stay apart as rows.
  if (offices.length && placeCols.length && offices.every((o) => pairsOneToOne(sheet, rows, o.col, placeCols[0].col, 2))) {
    for (const l of offices) l.role = 'ignore';
    if (!placeCols.some((l) => l.role === 'region')) placeCols[0].role = 'region';
    regionCols = labelCols.filter((l) => l.role === 'region');
  }
  if (!regionCols.length && parents.length) {
    parents[0].role = 'region';
    regionCols = [parents[0]];
  }
  if (regionCols.length > 1) {
    const provincial = (l: { col: number }) => PROVINCE_WORD.test(lastPart(parts[l.col])) || stats[l.col].provinces >= 0.8 * stats[l.col].texts;
    const finer = regionCols.filter((l) => !provincial(l) && stats[l.col].regions >= 0.5 * stats[l.col].texts);
    if (finer.length && finer.length < regionCols.length) {
      for (const l of regionCols) if (provincial(l) && !labelCols.some((x) => x.role === 'parent')) l.role = 'parent';
      regionCols = labelCols.filter((l) => l.role === 'region');
    }
  }
  // Two place columns, the coarser written again on each row (市州 | 县区, 县区 | 乡镇): each finer
  // place lies in one coarser place and there are more of them. The finer is the row's place.
  if (regionCols.length > 1) {
    const names = new Map(regionCols.map((l) => [l.col, new Set(rows.map((r) => cellText(sheet.rows[r]?.[l.col])).filter(Boolean)).size]));
    const distinct = (c: number) => names.get(c) ?? 0;
    const finest = regionCols.reduce((a, b) => (distinct(b.col) > distinct(a.col) ? b : a));
    const placesIn = (l: { col: number }) => stats[l.col].regions >= 0.6 * stats[l.col].texts;
    const coarser = regionCols.filter((l) => l !== finest && placesIn(l) && distinct(l.col) < distinct(finest.col) && liesIn(sheet, rows, finest.col, l.col));
    if (coarser.length && placesIn(finest)) {
      // The nearest coarser place is the parent (市 of a 县, not 省): the one with the most names.
      const nearest = coarser.reduce((a, b) => (distinct(b.col) > distinct(a.col) ? b : a));
      for (const l of labelCols) if (l.role === 'parent') l.role = 'ignore';
      for (const l of coarser) l.role = l === nearest ? 'parent' : 'ignore';
      regionCols = labelCols.filter((l) => l.role === 'region');
    }
  }
  const hasIndicatorCol = labelCols.some((l) => l.role === 'indicator');
  if (regionCols.length > 1) {
    const scored = regionCols.map((l) => ({ l, s: stats[l.col] }));
    const best = scored.reduce((a, b) => (b.s.regions > a.s.regions ? b : a));
    // 北京1997 beside 北京: an ID made of place and year is not the place column. A column that
    // pairs one to one with the places (Beijing beside 北京, a code) names them again: ignored.
    for (const { l, s } of scored) {
      if (l === best.l) continue;
      l.role = !hasIndicatorCol && s.indicators >= s.regions && !pairsOneToOne(sheet, rows, best.l.col, l.col) ? 'indicator' : 'ignore';
    }
  }

  // 4. What the value columns' headers name: periods, indicators, regions, or a plain 数值.
  const heads = valueCols.map((c) => parts[c]);
  // 本年 | 上年 name periods by the table's own, where rows do not carry theirs.
  const relative = !labelCols.some((l) => l.role === 'period');
  const periodHeads = heads.filter((p) => p.some((x) => parsePeriod(x) || parseSubPeriod(x) || (relative && isRelativePeriod(x)) || parsePeriod(splitPlanVariant(x)?.period ?? ''))).length;
  let headerRole: HeaderRole;
  const hasIndicatorLabels = labelCols.some((l) => l.role === 'indicator');
  if (valueHeaderCol >= 0 && MEASURE_WORD.test(lastPart(parts[valueHeaderCol])) && valueCols.length > 1 && !hasIndicatorLabels) valueHeaderCol = -1;
  if (valueHeaderCol >= 0 || (valueCols.length === 1 && hasIndicatorLabels)) {
    headerRole = 'value';
    // A long table's value column is the one headed 数值; other numeric columns are not values.
    if (valueHeaderCol >= 0) valueCols.splice(0, valueCols.length, valueHeaderCol);
  } else if (valueCols.length && periodHeads * 5 >= valueCols.length * 3) headerRole = 'period';
  else {
    const last = (p: string[]) => splitHeaderUnit(p[p.length - 1] ?? '').name;
    const headIndicators = heads.filter((p) => indicators.has(indicatorKey(last(p)))).length;
    const headRegions = heads.filter((p) => isKnownRegion(regions, last(p)) || looksLikePlace(last(p))).length;
    const rowLabel = labelCols.find((l) => l.role === 'region' || l.role === 'indicator');
    const rowIndicators = rowLabel ? stats[rowLabel.col].indicators / Math.max(1, stats[rowLabel.col].texts) : 0;
    const rowRegions = rowLabel ? stats[rowLabel.col].regions / Math.max(1, stats[rowLabel.col].texts) : 0;
    const transposed =
      (headRegions > headIndicators && headRegions * 2 >= heads.length) ||
      (rowIndicators > rowRegions && rowIndicators >= 0.3 && headIndicators === 0 && !measuresAcross(heads, indicators, regions));
    headerRole = transposed ? 'region' : 'indicator';
    if (transposed && rowLabel && rowLabel.role === 'region') rowLabel.role = 'indicator';
  }
  // Indicators down the rows and no place column: the headers are the places (a transposed table),
  // unless the table has its one place already and the headers name none (规章 | 本年制发件数 | 现行有效件数).
  if (headerRole === 'indicator' && !labelCols.some((l) => l.role === 'region')) {
    const ind = labelCols.find((l) => l.role === 'indicator');
    if (ind && !measuresAcross(heads, indicators, regions)) headerRole = 'region';
  }
  return { labelCols: labelCols.sort((a, b) => a.col - b.col), valueCols, headerRole };
}

/** Headers that read as measures (本年制发件数, 收案数, 纠错率), none a place: not places written short (城关 | 七里河). */
function measuresAcross(heads: string[][], indicators: IndicatorIndex, regions: RegionIndex): boolean {
  let measures = 0;
  for (const p of heads) {
    const h = lastPart(p);
    if (isKnownRegion(regions, h) || looksLikePlace(h)) return false;
    if (MEASURE_END_RE.test(h) || indicators.has(indicatorKey(h)) || isActualWord(h) || variantWord(h)) measures++;
  }
  return heads.length > 0 && measures * 2 >= heads.length;
}
const MEASURE_END_RE = /(数|数量|率|量|额|值|人次|件|次|项|人|比重|比例|面积|总额|收入|支出)$/;

/** A column header's last part without its unit or spaces: the word that heads the column. */
export const lastPart = (p: readonly string[]) => splitHeaderUnit(p[p.length - 1] ?? '').name.replace(/\s+/g, '');

/** 1..12 (or 3月), or quarters (一季度, Q1, 1 under 季度): the part of the year column's year. */
function isMonthColumn(sheet: RawSheet, rows: number[], c: number): boolean {
  let n = 0;
  for (const r of rows) {
    const text = cellText(sheet.rows[r]?.[c]);
    const t = text.replace(/月$/, '');
    if (!t) continue;
    if (!/^(0?[1-9]|1[0-2])$/.test(t) && !parseSubPeriod(text)) return false;
    n++;
  }
  return n > 0;
}

/** Cells of column `c` written as codes, each once (SO2 or PM10 repeated down a long table names pollutants); 0 on a repeat. */
function codes(sheet: RawSheet, rows: number[], c: number): number {
  const seen = new Set<string>();
  for (const r of rows) {
    const text = cellText(sheet.rows[r]?.[c]);
    if (!CODE_CELL_RE.test(text)) continue;
    if (seen.has(text)) return 0;
    seen.add(text);
  }
  return seen.size;
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

/** Each text of column `a` always beside the same text of `b` and back (over at least three rows). */
function pairsOneToOne(sheet: RawSheet, rows: number[], a: number, b: number, least = 3): boolean {
  const ab = new Map<string, string>();
  const ba = new Map<string, string>();
  let n = 0;
  for (const r of rows) {
    const x = cellText(sheet.rows[r]?.[a]);
    const y = cellText(sheet.rows[r]?.[b]);
    if (!x || !y) continue;
    if ((ab.get(x) ?? y) !== y || (ba.get(y) ?? x) !== x) return false;
    ab.set(x, y);
    ba.set(y, x);
    n++;
  }
  return n >= least;
}

function isMonthCode(cell: RawCell | undefined): boolean {
  return !!cell && !!monthCode(cell.t === 'n' && typeof cell.v === 'number' ? cell.v : cellText(cell));
}

// 城关区司法局, 市公安局, 区人民政府办公室: an office, not a place (街道办事处 and 村民委员会 are places).
const OFFICE_END_RE = /(?<!街道办事|村民委员|居民委员|居委)(?:局|厅|委|委员会|办公室|院|中心|公司|站|所|队|处|科)$/;
const OFFICE_HEAD_RE = /^(?:单位名称|填报单位|报送单位|填报机关|填表单位|单位)$/;

/** Most names down the column are offices. */
function officesIn(sheet: RawSheet, rows: number[], c: number): boolean {
  let names = 0;
  let offices = 0;
  for (const r of rows) {
    const t = cellText(sheet.rows[r]?.[c]);
    if (!t) continue;
    names++;
    if (OFFICE_END_RE.test(t)) offices++;
  }
  return names > 0 && offices >= 0.8 * names;
}

/** Each name of column `a` stands beside one name of column `b` (a district beside its city), on 2 rows or more. */
function liesIn(sheet: RawSheet, rows: number[], a: number, b: number): boolean {
  const ab = new Map<string, string>();
  let n = 0;
  for (const r of rows) {
    const x = cellText(sheet.rows[r]?.[a]);
    const y = cellText(sheet.rows[r]?.[b]);
    if (!x || !y || isAggregateRegion(x)) continue;
    if ((ab.get(x) ?? y) !== y) return false;
    ab.set(x, y);
    n++;
  }
  return n >= 2;
}

function firstFilled(stats: ColStats[]): number {
  return stats.findIndex((s) => s.nonEmpty > 0);
}

/** 1, 2, 3 … down the leftmost column: a 序号 column even when its header is blank. */
function isRowNumberColumn(sheet: RawSheet, rows: number[], c: number): boolean {
  // Counting rows: each value is its row index plus one offset (0.., 1.., or numbered after a skipped row).
  const offsets = new Map<number, number>();
  let n = 0;
  for (const r of rows) {
    const cell = sheet.rows[r]?.[c];
    // A CSV's numbers arrive as text.
    const v = cell?.t === 'n' ? cell.v : cell?.t === 's' && /^\d{1,7}$/.test(cellText(cell)) ? Number(cellText(cell)) : NaN;
    if (!Number.isInteger(v)) continue;
    n++;
    const off = (v as number) - r;
    offsets.set(off, (offsets.get(off) ?? 0) + 1);
  }
  const best = Math.max(0, ...offsets.values());
  return n >= 3 && best >= 0.8 * n && n >= 0.8 * rows.length;
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
