import { normalizeText } from '../domain/normalizeText';
import { cellPeriod } from './classifyCell';
import { cellText, type RawSheet } from './rawSheet';

// Series exports of data terminals and statistics databases (Wind EDB, iFinD, Choice, CEIC, EPS):
// a column per series, its header a stack of rows each labelled in the first column (指标名称,
// 频率, 单位, 指标ID, 来源, 更新时间 …), then a row per date. As data: which labels say what.

/** Labels whose row names the series or gives its unit or place: they stay in the header's parts. */
const NAMING_KEYS = /^(指标名称|指标|名称|序列名称|指标名|单位|计量单位|区域|地区|国家|series|series name|name|indicator|unit|units|region|country)$/i;
/** Labels of rows that only describe the series: left out of its name. */
const DESCRIBING_KEYS = /^(频率|频度|数据频率|指标ID|指标代码|指标编码|代码|系列号|系列ID|序列号|ID|来源|数据来源|资料来源|更新时间|最后更新|最新日期|时间区间|起始日期|截止日期|开始时间|结束时间|首次观测日期|最后观测日期|状态|描述|备注|说明|frequency|freq|series id|code|source|last update|updated|first obs|last obs|status|description|notes?|mnemonic)$/i;
const FREQUENCY_KEY = /^(频率|频度|数据频率|frequency|freq)$/i;
const UNIT_KEY = /^(单位|计量单位|unit|units)$/i;

/** 单位, unit: the label of a series header's unit row. */
export function isUnitKey(text: string): boolean {
  return UNIT_KEY.test(key(text));
}

function key(text: string): string {
  return normalizeText(text).replace(/[:：\s]+$/, '').trim();
}

/** The first-column label of a series header row ('' if the row has none of them). */
export function seriesRowKey(sheet: RawSheet, r: number): 'naming' | 'describing' | '' {
  const k = key(cellText(sheet.rows[r]?.[0]));
  if (!k) return '';
  return DESCRIBING_KEYS.test(k) ? 'describing' : NAMING_KEYS.test(k) ? 'naming' : '';
}

/**
 * The header rows of a series export, or null: a run of labelled rows near the top (at least
 * two, one of them describing the series: 频率, 来源, 指标ID …), right above rows that each start
 * with a date or period. A name row above the run with its first cell blank (CEIC) belongs to it.
 */
export function findSeriesHeader(sheet: RawSheet): { start: number; end: number } | null {
  const top = Math.min(sheet.nRows, 20);
  for (let r = 0; r < top; r++) {
    if (!seriesRowKey(sheet, r)) continue;
    let end = r;
    let describing = 0;
    for (; end < top && seriesRowKey(sheet, end); end++) if (seriesRowKey(sheet, end) === 'describing') describing++;
    if (end - r < 2 || !describing || end >= sheet.nRows || !cellPeriod(sheet.rows[end]?.[0])) return null;
    const start = r > 0 && !cellText(sheet.rows[r - 1]?.[0]) && (sheet.rows[r - 1] ?? []).some((c) => cellText(c)) ? r - 1 : r;
    return { start, end: end - 1 };
  }
  return null;
}

export type DateGrain = 'year' | 'quarter' | 'month';

const FREQUENCIES: [DateGrain, RegExp][] = [
  ['year', /^(年|年度|annual|annually|yearly|a|y)$/i],
  ['quarter', /^(季|季度|quarterly|q)$/i],
  ['month', /^(月|月度|monthly|m)$/i],
];

/** What the 频率 row of a series header says, if every series that states one says the same. */
export function statedGrain(sheet: RawSheet, start: number, end: number, cols: readonly number[]): DateGrain | null {
  for (let r = start; r <= end; r++) {
    if (!FREQUENCY_KEY.test(key(cellText(sheet.rows[r]?.[0])))) continue;
    const grains = new Set<DateGrain | null>();
    for (const c of cols) {
      const text = key(cellText(sheet.rows[r]?.[c]));
      if (text) grains.add(FREQUENCIES.find(([, re]) => re.test(text))?.[0] ?? null);
    }
    return grains.size === 1 ? [...grains][0] : null;
  }
  return null;
}

const DAY_TEXT_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/**
 * The grain of a column of dates written as days, when nothing states it: every date a 31
 * December, over two years or more, is a year; every date the end of March, June, September
 * or December, two of them at least, is a quarter. Null otherwise (months are read as months).
 */
export function inferredGrain(sheet: RawSheet, from: number, to: number, col: number): DateGrain | null {
  const years = new Set<number>();
  const months = new Set<number>();
  for (let r = from; r <= to; r++) {
    const text = cellText(sheet.rows[r]?.[col]);
    if (!text) continue;
    const m = DAY_TEXT_RE.exec(text);
    if (!m) return null;
    const [y, month, day] = [+m[1], +m[2], +m[3]];
    if (month % 3 !== 0 || day < new Date(Date.UTC(y, month, 0)).getUTCDate() - 3) return null;
    years.add(y);
    months.add(month);
  }
  if (months.size === 1 && months.has(12)) return years.size >= 2 ? 'year' : null;
  return months.size >= 2 ? 'quarter' : null;
}
