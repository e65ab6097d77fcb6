import type { Period } from './model';
import { normalizeText } from './normalizeText';

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

const DASH = '[-—–~～至到]+';
const SPAN_RE = new RegExp(`^(\\d{4})\\s*年?\\s*${DASH}\\s*(\\d{4})\\s*年?(?:度)?$`);
const YEAR_RE = /^(\d{4})(?:\.0+)?\s*(?:年度?|年末|年底)?$/;
const PLAN_RE = /^[“"「]?(十[一二三四五]?五)[”"」]?(?:时期|期间|规划)?$/;

/**
 * A whole cell or header that is a period: `2014`, `2014年`, `2014年度`, `2011—2015`,
 * `2016-2020年`, `十三五`, or a numeric cell 2014. Anything else → null.
 */
export function parsePeriod(input: string | number): Period | null {
  if (typeof input === 'number') return isYear(input) ? { start: input, end: input } : null;
  const text = normalizeText(input);
  let m = YEAR_RE.exec(text);
  if (m) return span(+m[1], +m[1]);
  m = SPAN_RE.exec(text);
  if (m) return span(+m[1], +m[2]);
  m = PLAN_RE.exec(text);
  if (m && m[1] in PLANS) return span(PLANS[m[1]], PLANS[m[1]] + 4);
  return null;
}

const SPAN_IN_TEXT_RE = new RegExp(`(?<!\\d)(\\d{4})\\s*年?\\s*${DASH}\\s*(\\d{4})(?!\\d)`);
const YEAR_IN_TEXT_RE = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(年)?/g;
const PLAN_IN_TEXT_RE = /(十[一二三四]?五)[”"」]?(?:时期|期间|规划)/;

/**
 * A period named somewhere inside longer text — a title, a sheet name or a file
 * name (`兰州市2014年依法行政工作情况`, `溧阳2011-2015.xlsx`). A span wins over a
 * year; a year written with 年 wins over a bare number. Null if none or several differ.
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
  return { start: y, end: y };
}

/** `2014` or `2011—2015`: the label used in charts, tables and the backup workbook. */
export function formatPeriod(p: Period): string {
  return p.start === p.end ? String(p.start) : `${p.start}—${p.end}`;
}

/** Periods as one sortable int: start·10⁴ + end (2011—2015 → 20112015). */
export function periodKey(p: Period): number {
  return p.start * 10000 + p.end;
}

export function periodFromKey(key: number): Period {
  return { start: Math.floor(key / 10000), end: key % 10000 };
}

/** The label of a stored period key: `2014` or `2011—2015`. */
export function periodLabel(key: number): string {
  return formatPeriod(periodFromKey(key));
}

/** Periods in time order: by end year (a span sits at its end), then by start. */
export function comparePeriods(a: number, b: number): number {
  return a % 10000 - (b % 10000) || Math.floor(a / 10000) - Math.floor(b / 10000);
}
