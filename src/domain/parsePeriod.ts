import type { Period } from './model';
import { normalizeText } from './normalizeText';
import { parseChineseNumber } from './parseChineseNumber';

/** Five-year plans as reports name them: 十三五 = 2016—2020. */
const PLANS: Record<string, number> = {
  十五: 2001, 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026,
};

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

function span(start: number, end: number): Period | null {
  if (!isYear(start) || !isYear(end) || end < start) return null;
  return { start, end };
}

function monthsOf(year: number, from: number, to: number): Period | null {
  if (!isYear(year) || !(from >= 1 && to <= 12 && from <= to)) return null;
  return { start: year, end: year, months: [from, to] };
}

function quarterOf(year: number, q: number): Period | null {
  if (!isYear(year) || !(q >= 1 && q <= 4)) return null;
  return { start: year, end: year, months: [q * 3 - 2, q * 3], quarter: q };
}

const DASH = '[-—–~～至到]+';
const SPAN_RE = new RegExp(`^(\\d{4})\\s*年?\\s*${DASH}\\s*(\\d{4})\\s*(?:年度?|学年(?:度)?)?$`);
const YEAR_RE = /^(\d{4})(?:\.0+)?\s*(?:年度?|年末|年底)?$/;
const PLAN_RE = /^[“"「]?(十[一二三四五]?五)[”"」]?(?:时期|期间|规划)?$/;
// 2022年10月, 2022年1-2月, 2022年10月份; 2022-10, 2022/10, 2022.10, 2022.3. A lone `2016.1` reads as January
// here; in a row of decimal month headers it may be October with its zero lost (see decimalMonthHeaders).
const MONTH_RE = new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*(?:月?\\s*${DASH}\\s*(\\d{1,2}))?\\s*月份?$`);
const ISO_MONTH_RE = /^(\d{4})\s*[-/.]\s*(\d{2})$|^(\d{4})\s*[-/.]\s*(\d)$/;
/**
 * A day (2020-01-31, 2020/2/1, 2020年1月31日, with a time or not) that dates a month, as series
 * exports do (its first day, or one of its last four: the last trading day): that month. Other days are no period here (a daily series
 * would put many values on one month).
 */
const DAY_RE = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]|年\s*(\d{1,2})\s*月)\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const QUARTER_RE = /^(\d{4})\s*(?:年|[-./_])?\s*(?:第\s*)?([1-4一二三四])\s*季度?$|^(\d{4})\s*(?:年|[-./_ ])?\s*[Qq]\s*([1-4])$/;
// Q4 2023, Q4-2023: the quarter first, as English exports write it.
const QUARTER_FIRST_RE = /^[Qq]([1-4])\s*[-/ ]?\s*(\d{4})$/;

/** Parts of a year by name: 上半年 is January to June, 前三季度 January to September. */
const YEAR_PARTS: Record<string, [number, number]> = {
  上半年: [1, 6], 下半年: [7, 12], 前三季度: [1, 9], '1-3季度': [1, 9], 一至三季度: [1, 9], 前两季度: [1, 6],
};
const YEAR_PART = '(上半年|下半年|前三季度|1-3季度|一至三季度|前两季度)';
const YEAR_PART_RE = new RegExp(`^(\\d{4})\\s*年度?\\s*${YEAR_PART}$`);
const YEAR_PART_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年度?\\s*${YEAR_PART}`);
const SUB_YEAR_PART_RE = new RegExp(`^${YEAR_PART}(累计数?)?$`);

function quarterNumber(text: string): number {
  return /^\d$/.test(text) ? +text : parseChineseNumber(text) ?? 0;
}

/**
 * A whole cell or header that is a period: `2014`, `2014年`, `2014年度`, `2011—2015`,
 * `2016-2020年`, `十三五`, `2022年10月`, `2022-10`, `2022年1—2月`, `2022年第三季度`, `2022Q3`,
 * or a numeric cell 2014. Anything else → null.
 */
export function parsePeriod(input: string | number): Period | null {
  if (typeof input === 'number') return isYear(input) ? { start: input, end: input } : null;
  let text = normalizeText(input);
  // 二〇一九年: a year written in Chinese digits, one by one.
  if (text.charCodeAt(0) >= 0x4e00 && CN_YEAR_RE.test(text)) text = text.replace(CN_YEAR_RE, (y) => String(parseChineseNumber(y)));
  // Y2019, FY2019 (English-language panels; a Chinese fiscal year is the calendar year).
  else if ((text[0] === 'Y' || text[0] === 'F' || text[0] === 'y' || text[0] === 'f') && LATIN_YEAR_RE.test(text)) text = text.replace(LATIN_YEAR_RE, '');
  else if ((text[0] === 'Q' || text[0] === 'q') && QUARTER_FIRST_RE.test(text)) text = text.replace(QUARTER_FIRST_RE, '$2Q$1');
  // Every form but a plan's begins with its year: a value like 123.45 or 4729.5 is told without six patterns.
  if (!startsWithYear(text)) return text.includes('五') ? planOf(text) : null;
  let m = YEAR_RE.exec(text);
  if (m) return span(+m[1], +m[1]);
  m = SPAN_RE.exec(text);
  if (m) return span(+m[1], +m[2]);
  m = MONTH_RE.exec(text);
  if (m) return monthsOf(+m[1], +m[2], +(m[3] ?? m[2]));
  m = ISO_MONTH_RE.exec(text);
  if (m) return monthsOf(+(m[1] ?? m[3]), +(m[2] ?? m[4]), +(m[2] ?? m[4]));
  m = QUARTER_RE.exec(text);
  if (m) return m[1] ? quarterOf(+m[1], quarterNumber(m[2])) : quarterOf(+m[3], +m[4]);
  m = YEAR_PART_RE.exec(text);
  if (m) return monthsOf(+m[1], ...YEAR_PARTS[m[2]]);
  // 2023-01-01至2023-06-30 or 2023年1月1日—6月30日 as a header or a period column's cell.
  m = DAY_SPAN_RE.exec(text) ?? ISO_DAY_SPAN_RE.exec(text);
  if (m && (!m[3] || m[3] === m[1])) return +m[2] === 1 && +m[4] === 12 ? span(+m[1], +m[1]) : monthsOf(+m[1], +m[2], +m[4]);
  m = DAY_RE.exec(text);
  if (m && monthDay(+m[1], +(m[2] ?? m[3]), +m[4])) return monthsOf(+m[1], +(m[2] ?? m[3]), +(m[2] ?? m[3]));
  return null;
}

/**
 * A month written as a code, 2023.06 or 202306 (a number, or text as typed): read so only down a
 * column headed 月份 or 年月, where the codes cannot be figures. A number drops a trailing zero
 * (2023.10 is 2023.1), so its month is the two decimals.
 */
export function monthCode(input: string | number): Period | null {
  if (typeof input === 'number') {
    if (!(input > 190000 && input < 210100) && !(input > 1900 && input < 2101)) return null;
    const [year, month] = input > 190000 ? [Math.floor(input / 100), input % 100] : [Math.floor(input), Math.round((input - Math.floor(input)) * 100)];
    return Math.abs(input > 190000 ? 0 : (input - year) * 100 - month) < 1e-6 ? monthsOf(year, month, month) : null;
  }
  const m = /^(\d{4})(?:[.．](\d{1,2})|(\d{2}))$/.exec(input.trim());
  return m ? monthsOf(+m[1], +(m[2] ?? m[3]), +(m[2] ?? m[3])) : null;
}

function monthDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // The last trading day may fall a few days before the month's end (2020-05-29).
  return day === 1 || (day >= last - 3 && day <= last);
}

const LATIN_YEAR_RE = /^(?:FY|Y)(?=\d{4}$)/i;
const CN_YEAR_RE = /^[〇零一二三四五六七八九]{4}(?=\s*年)/;

function startsWithYear(text: string): boolean {
  if (text.length < 4) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    year = year * 10 + c - 48;
  }
  return isYear(year);
}

function planOf(text: string): Period | null {
  const m = PLAN_RE.exec(text);
  return m && m[1] in PLANS ? span(PLANS[m[1]], PLANS[m[1]] + 4) : null;
}

const SPAN_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年?\\s*${DASH}\\s*(\\d{4})(?!\\d)`);
const MONTH_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*(?:月?\\s*${DASH}\\s*(\\d{1,2}))?\\s*月`);
// 2022年1月1日至2022年12月31日, 2022年1月1日-6月30日: the months from the first day's to the last day's.
const DAY_SPAN_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*[日号]?\\s*${DASH}\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*[日号]?`);
// 2023-01-01 至 2023-06-30, 2023.01.01-2023.06.30: the same span written as dates.
const ISO_DAY_SPAN_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./]\\d{1,2}\\s*${DASH}\\s*(?:(\\d{4})[-./])?(\\d{1,2})[-./]\\d{1,2}(?!\\d)`);
const DAY_SPAN_RE = new RegExp(`^${DAY_SPAN_IN_TEXT_RE.source}$`);
const ISO_DAY_SPAN_RE = new RegExp(`^${ISO_DAY_SPAN_IN_TEXT_RE.source}$`);
const QUARTER_IN_TEXT_RE = /(?<!\d)(\d{4})\s*年\s*(?:第\s*)?([1-4一二三四])\s*季度/;
const YEAR_IN_TEXT_RE = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(年)?/g;
const PLAN_IN_TEXT_RE = /(十[一二三四]?五)[”"」]?(?:时期|期间|规划)/;

/**
 * A period named somewhere inside longer text — a title, a sheet name or a file
 * name (`兰州市2014年依法行政工作情况`, `溧阳2011-2015.xlsx`, `2022年1-10月统计`). A span
 * wins over a year; a year written with 年 wins over a bare number; a single month or
 * quarter is taken when it is the only period named. Null if none or several differ.
 */
export function findPeriodInText(input: string): Period | null {
  const text = normalizeText(input);
  const s = SPAN_IN_TEXT_RE.exec(text);
  if (s) {
    const p = span(+s[1], +s[2]);
    if (p) return p;
  }
  const plan = PLAN_IN_TEXT_RE.exec(text) ?? /^[“"「]?(十[一二三四]?五)/.exec(text);
  if (plan && plan[1] in PLANS) return span(PLANS[plan[1]], PLANS[plan[1]] + 4);
  const withNian = new Set<number>();
  const bare = new Set<number>();
  for (const m of text.matchAll(YEAR_IN_TEXT_RE)) {
    const y = +m[1];
    if (!isYear(y)) continue;
    (m[2] ? withNian : bare).add(y);
  }
  const pick = withNian.size ? withNian : bare;
  if (pick.size !== 1) return null;
  const [y] = pick;
  const days = DAY_SPAN_IN_TEXT_RE.exec(text) ?? ISO_DAY_SPAN_IN_TEXT_RE.exec(text);
  // 1月1日至12月31日 is the year itself.
  if (days && +days[1] === y && (!days[3] || +days[3] === y)) return (+days[2] === 1 && +days[4] === 12 ? null : monthsOf(y, +days[2], +days[4])) ?? { start: y, end: y };
  const month = MONTH_IN_TEXT_RE.exec(text);
  if (month && +month[1] === y) return monthsOf(y, +month[2], +(month[3] ?? month[2])) ?? { start: y, end: y };
  const quarter = QUARTER_IN_TEXT_RE.exec(text);
  if (quarter && +quarter[1] === y) return quarterOf(y, quarterNumber(quarter[2])) ?? { start: y, end: y };
  const part = YEAR_PART_IN_TEXT_RE.exec(text);
  if (part && +part[1] === y) return monthsOf(y, ...YEAR_PARTS[part[2]]);
  return { start: y, end: y };
}

// 1-6月累计 is 1-6月; 6月累计 (to the end of June) is 1-6月 too.
const SUB_MONTH_RE = new RegExp(`^(\\d{1,2})\\s*(?:月?\\s*${DASH}\\s*(\\d{1,2}))?\\s*月份?(累计数?)?$`);
const SUB_QUARTER_RE = /^(?:第\s*)?([1-4一二三四])\s*季度?$|^[Qq]\s*([1-4])$/;

// 本年 | 上年 (| 增减), 本月 | 本年累计 | 上年同期累计 in a report form: periods named by the form's
// own (its title's 2022年, 2022年1—6月): who (this or last year, this month or quarter), whether
// it runs from January (累计), and a word for the figure (数, 完成数).
const RELATIVE_RE =
  /^(本年度?|全年度?|本期|当年|今年|当期|报告期|本月|当月|本季度?|当季|上年度?|去年|同期|上年同期|去年同期|上年同月|去年同月|上年同季|去年同季|上月|上季度?|上期)?((?:本月止|本季止|年初至今|年初至本月|自年初|本年|本期)?累计)?(数|值|数值|完成数?|实际数?)?$/;
const LAST_YEAR = new Set(['上年', '上年度', '去年', '同期', '上年同期', '去年同期', '上年同月', '去年同月', '上年同季', '去年同季']);
const MONTH_WORDS = new Set(['本月', '当月', '上年同月', '去年同月', '上月']);
const QUARTER_WORDS = new Set(['本季', '本季度', '当季', '上年同季', '去年同季', '上季', '上季度']);

function relativeParts(input: string): { who: string; cumulative: boolean } | null {
  const m = RELATIVE_RE.exec(normalizeText(input).replace(/\s+/g, ''));
  return m && (m[1] || m[2]) ? { who: m[1] ?? '', cumulative: !!m[2] } : null;
}

/**
 * This year or last written down a period column (本年, 上年同期, 今年, 去年数). Not 累计 or 全年
 * alone: in a column of years those are a total's row, not a period of the table's own.
 */
const ROW_RELATIVE_RE = /^(?:本年度?|本期|当年|今年|当期|报告期|上年度?|去年|同期|上年同期|去年同期)(?:累计)?(?:数|值|数值|完成数?|实际数?)?$/;

/** 本年, 上年同期 and the like as a row's label: a year of the table's own, this one or the last. */
export function isRelativeYear(text: string): boolean {
  return ROW_RELATIVE_RE.test(text);
}

/** 本年, 本期数, 本月, 本年累计, 上年同期…: a header naming a period by the table's own. */
export function isRelativePeriod(input: string): boolean {
  return relativeParts(input) !== null;
}

/**
 * That period, given the table's own (its title's 2022年, 2022年1—6月): 本期 is the table's
 * period, 累计 runs from January to its last month, 本月 is that month and 本季 its quarter,
 * 上年… the same a year before. Null without a base, or for a month under a whole year.
 */
export function relativePeriod(input: string, base: Period | null): Period | null {
  const r = relativeParts(input);
  if (!r || !base) return null;
  const { who, cumulative } = r;
  const last = base.months?.[1];
  if ((MONTH_WORDS.has(who) || QUARTER_WORDS.has(who)) && !last) return null;
  if (who === '上月') return monthBefore(base.start, last!);
  if (who === '上季' || who === '上季度') return quarterBefore(base.start, Math.ceil(last! / 3));
  // 上期: the period before the table's own, of its length (the month before, the quarter before).
  if (who === '上期') {
    if (base.quarter) return quarterBefore(base.start, base.quarter);
    if (last && base.months![0] === last) return monthBefore(base.start, last);
    return base.months ? null : { start: base.start - 1, end: base.end - 1 };
  }
  // 全年 beside the quarters or months of one year: that whole year.
  if (who === '全年' || who === '全年度') return base.start === base.end ? { start: base.start, end: base.start } : null;
  const back = LAST_YEAR.has(who) ? 1 : 0;
  const year = base.start - back;
  if (QUARTER_WORDS.has(who)) return quarterOf(year, Math.ceil(last! / 3));
  if (MONTH_WORDS.has(who)) return monthsOf(year, last!, last!);
  if (cumulative && last) return monthsOf(year, 1, last);
  return { ...base, start: year, end: base.end - back };
}

const monthBefore = (year: number, month: number) => (month === 1 ? monthsOf(year - 1, 12, 12) : monthsOf(year, month - 1, month - 1));
const quarterBefore = (year: number, quarter: number) => (quarter === 1 ? quarterOf(year - 1, 4) : quarterOf(year, quarter - 1));

/**
 * A part of a year written without its year — `10月`, `1-2月`, `第三季度`, `Q3` — completed
 * by the year a title, sheet or row names. Null if the text is not such a part or the
 * year is not a single year.
 */
export function parseSubPeriod(input: string, year?: Period | null): Period | null {
  const text = normalizeText(input);
  // The year of a single year, or of months within one (1-6月 under 2022年1—6月 is 2022年1—6月).
  const y = year && year.start === year.end ? year.start : 2000;
  let p: Period | null = null;
  let m = SUB_MONTH_RE.exec(text);
  if (m) p = monthsOf(y, m[3] && !m[2] ? 1 : +m[1], +(m[2] ?? m[1]));
  else if ((m = SUB_QUARTER_RE.exec(text))) p = quarterOf(y, m[1] ? quarterNumber(m[1]) : +m[2]);
  else if ((m = SUB_YEAR_PART_RE.exec(text))) p = monthsOf(y, ...YEAR_PARTS[m[1]]);
  if (!p) return null;
  return year === undefined || (year && y === year.start) ? p : null;
}

/**
 * The one written form of a period, used in charts, tables and the backup workbook, and
 * read back by parsePeriod: `2014`, `2011—2015`, `2022年10月`, `2022年1—2月`, `2022年第3季度`.
 */
export function formatPeriod(p: Period): string {
  if (p.quarter) return `${p.start}年第${p.quarter}季度`;
  if (p.months) return p.months[0] === p.months[1] ? `${p.start}年${p.months[0]}月` : `${p.start}年${p.months[0]}—${p.months[1]}月`;
  return p.start === p.end ? String(p.start) : `${p.start}—${p.end}`;
}

/** Keys of periods finer than a year start here: SUB + year·10⁴ + from·10² + to (a quarter q as 12+q). */
const SUB = 100_000_000;

/** Periods as one int: start·10⁴ + end for years and spans (2011—2015 → 20112015); see SUB for the rest. */
export function periodKey(p: Period): number {
  if (p.quarter) return SUB + p.start * 10000 + (12 + p.quarter) * 101;
  if (p.months) return SUB + p.start * 10000 + p.months[0] * 100 + p.months[1];
  return p.start * 10000 + p.end;
}

export function periodFromKey(key: number): Period {
  if (key < SUB) return { start: Math.floor(key / 10000), end: key % 10000 };
  const rest = key - SUB;
  const year = Math.floor(rest / 10000);
  const a = Math.floor((rest % 10000) / 100);
  const b = rest % 100;
  if (a > 12) return { start: year, end: year, months: [(a - 12) * 3 - 2, (a - 12) * 3], quarter: a - 12 };
  return { start: year, end: year, months: [a, b] };
}

/** The label of a stored period key (see formatPeriod). */
export function periodLabel(key: number): string {
  return formatPeriod(periodFromKey(key));
}

/** The (last) year a period belongs to: where charts over years place it. */
export function periodEndYear(key: number): number {
  return key < SUB ? key % 10000 : Math.floor((key - SUB) / 10000);
}

/**
 * Months since year 0 of a period's first (or `last`) month, read from its key: comparing
 * 30,000 points' periods by building each period cost a chart ~30 ms.
 */
function monthOf(key: number, last: boolean): number {
  if (key < SUB) return last ? (key % 10000) * 12 + 11 : Math.floor(key / 10000) * 12;
  const rest = key - SUB;
  const a = Math.floor((rest % 10000) / 100);
  const month = a > 12 ? (a - 12) * 3 - (last ? 0 : 2) : last ? rest % 100 : a;
  return Math.floor(rest / 10000) * 12 + month - 1;
}

/** Periods in time order: by where they end (a span sits at its end), then the longer first. */
export function comparePeriods(a: number, b: number): number {
  if (a === b) return 0;
  return monthOf(a, true) - monthOf(b, true) || monthOf(a, false) - monthOf(b, false);
}

/**
 * The periods an axis over time should show: the present ones plus the missing steps
 * between them, as gaps (years between years, months between months, quarters between
 * quarters), in time order. Mixed kinds keep only what is present.
 */
export function periodAxis(present: readonly number[]): number[] {
  const sorted = [...new Set(present)].sort(comparePeriods);
  if (sorted.length < 2) return sorted;
  const grains = new Set(sorted.map(periodGrain));
  const out = new Set(sorted);
  const grain = grains.size === 1 ? [...grains][0] : null;
  const steps = (key: number) => {
    const m0 = monthOf(key, false);
    return grain === 'quarter' ? Math.floor(m0 / 3) : grain === 'month' ? m0 : periodEndYear(key);
  };
  const lo = steps(sorted[0]);
  const hi = steps(sorted[sorted.length - 1]);
  if (grain === 'year' || grains.has('year') && grains.size === 2 && grains.has('span')) {
    const ends = new Set(sorted.map(periodEndYear));
    const [y0, y1] = [periodEndYear(sorted[0]), periodEndYear(sorted[sorted.length - 1])];
    if (y1 - y0 <= 60) for (let y = y0; y <= y1; y++) if (!ends.has(y)) out.add(periodKey({ start: y, end: y }));
  } else if ((grain === 'month' || grain === 'quarter') && hi - lo <= 600) {
    for (let s = lo; s <= hi; s++) {
      const year = Math.floor(grain === 'quarter' ? s / 4 : s / 12);
      const k = grain === 'quarter' ? periodKey(quarterOf(year, (s % 4) + 1)!) : periodKey(monthsOf(year, (s % 12) + 1, (s % 12) + 1)!);
      out.add(k);
    }
  }
  return [...out].sort(comparePeriods);
}

export type PeriodGrain = 'year' | 'span' | 'month' | 'months' | 'quarter';

export function periodGrain(key: number): PeriodGrain {
  const p = periodFromKey(key);
  if (p.quarter) return 'quarter';
  if (p.months) return p.months[0] === p.months[1] ? 'month' : 'months';
  return p.start === p.end ? 'year' : 'span';
}
