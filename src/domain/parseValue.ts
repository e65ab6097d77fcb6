import type { Qualifier } from './model';
import { normalizeText } from './normalizeText';
import { parseChineseNumber } from './parseChineseNumber';
import { isUnitText } from './splitHeaderUnit';
import { NOTE_MARKS } from './stripListMark';

export type ValueResult =
  | { ok: true; value: number; unit: string; qualifier: Qualifier }
  | { ok: false; reason: 'missing' | 'not-number' };

/** Cells that mean "no figure": they yield no observation (missing is not zero). */
const MISSING = new Set([
  '', '—', '——', '-', '--', '–', '/', '\\', '无', '空', '…', '...', 'null', 'NULL', 'n/a', 'N/A', 'NA', '*', '**', '***', '****', 'x', 'X',
  // What a form writes where a figure was not reported.
  '未统计', '暂无', '暂无数据', '无数据', '未填报', '未报', '未报送', '不详', '缺失', '数据缺失', '不适用',
]);

/** What statistics packages write for no figure: pandas' nan, None and inf, Stata's lone dot. */
const NO_FIGURE_RE = /^(?:nan|none|[+-]?inf(?:inity)?|\.)$/i;
/** Accounting's negative: (1234) is −1234 (a form's (1) (2) column numbers are told apart by their row, see summarizeRow). */
const ACCOUNTING_RE = /^[(（]\s*(\d[\d,.]*)\s*[)）]$/;
// 12.5*, 30①, 45注: a figure with its footnote's mark.
const NOTE_MARK_RE = new RegExp(`(?<=\\d)\\s*(?:${NOTE_MARKS}+|注)$`);
const SPACE_GROUPS_RE = /^-?\d{1,3}(?: \d{3})+(?:\.\d+)?$/;

/** Measure words that count things in reports (两起, 三批) beyond the header units. */
const COUNT_WORDS = new Set(['起', '批', '轮', '类', '宗', '例', '位', '座', '处', '所', '家', '支', '名', '种', '条', '项', '件', '人', '次', '个', '期', '场', '份', '卷', '篇', '部', '本', '张', '户', '套', '台']);

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** What a run of 万, 亿, 千, 百 multiplies by (千万 is 1e7). */
export function scaleOf(chars: string): number {
  let n = 1;
  for (const ch of chars) n *= MULTIPLIERS[ch] ?? 1;
  return n;
}

// prefix qualifier · number (arabic or Chinese) · 余/多 · 千/百 · 万/亿 · 余/多 · 左右/以上 · unit
const NUMBER_RE =
  /^(约|近|大约|超过|逾)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+|[零〇一二两三四五六七八九十百千万亿]+)\s*(余|多)?\s*((?:千|百)(?![克米瓦分])|)([万亿]*)\s*(余|多)?\s*(左右|以上)?\s*(.*)$/;

/** A place's name: two characters or more ending in 市, 县, 区, 省, 州, 旗, 盟, 镇, 乡 or 街道, not a count of them (个社区). */
const PLACE_END_RE = /^(?![个家所户座处名位])[\u4e00-\u9fff]+(?:市|县|区|省|州|旗|盟|镇|乡|街道)$/;

/** A unit is short text, not another number: `项`, `人次`, `%`, `亿元`. */
const UNIT_RE = /^[\u4e00-\u9fff%‰a-zA-Z·/()]{1,6}$/;

/** An integer 1900–2100: a figure, or a year (2019(亿元) heads a column; 2000(万元) is a figure). */
export function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

function roundClean(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * One cell's text → a number with its unit and qualifier, by DESIGN.md's value table:
 * `1,234`, `57项`, `17.3%`, `11.9万`, `2600余`, `约300`, `两`, `—` (missing).
 */
export function parseValue(input: string): ValueResult {
  let text = normalizeText(input).replace(/\s+/g, ' ');
  if (MISSING.has(text) || NO_FIGURE_RE.test(text)) return { ok: false, reason: 'missing' };
  // As accounting, exports and footnotes write figures: 「(3.2)」「△3.2」「3.20-」 are −3.2, 「'1234」 a number kept as
  // text, 「¥1,234」 yuan, 「1 234」 grouped by spaces, 「1234*」「1234①」 a figure with a note, 「123.」 123.
  // Told by a first and last character, so the common figure pays for none of it.
  let negative: RegExpExecArray | null = null;
  let yuan = false;
  const first = text.charCodeAt(0);
  if (first === 0x28 || first === 0xff08) {
    negative = ACCOUNTING_RE.exec(text);
    if (negative) text = negative[1];
  } else if (first === 0x27 || first === 0x2018 || first === 0x2019 || first === 0xa5 || first === 0xffe5 || first === 0x2212) {
    text = text.replace(/^['‘’]/, '');
    yuan = /^[¥￥]/.test(text);
    text = text.replace(/^[¥￥]\s*/, '').replace(/^\u2212/, '-');
  } else if ((first === 0x25b3 || first === 0x2014 || first === 0x2013 || first === 0xff0d) && /^.\s*\d/.test(text)) {
    // A form's minus signs: △120 (accounting's), —120 and –120 typed as a dash.
    text = `-${text.slice(1).trimStart()}`;
  }
  const last = text.charCodeAt(text.length - 1);
  // 1,234.50- : a trailing minus, as accounting systems export amounts (with their decimals or groups:
  // a bare 50- is an open class, 50岁以上, and 2020- an open span).
  if (last === 0x2d && /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)-$/.test(text)) text = `-${text.slice(0, -1)}`;
  else if (last === 0x2a || last === 0x23 || last === 0x203b || (last >= 0x2460 && last <= 0x2473) || last === 0x6ce8) text = text.replace(NOTE_MARK_RE, '');
  else if (last === 0x2e && /^-?\d+\.$/.test(text)) text = text.slice(0, -1);
  if (text.includes(' ') && SPACE_GROUPS_RE.test(text)) text = text.replace(/ /g, '');
  // 百分之十二, 百分之八点五: a percentage written out.
  if (text.startsWith('百分之')) return writtenPercent(text.slice(3));
  const m = NUMBER_RE.exec(text);
  if (!m) return { ok: false, reason: 'not-number' };
  const [, pre, num, q1, small, big, q2, q3, rest] = m;
  const mult = small + big;
  let value: number;
  if (/^[+-]?[\d.]/.test(num)) value = Number(num.replace(/,/g, ''));
  else {
    const cn = parseChineseNumber(num);
    if (cn === null) return { ok: false, reason: 'not-number' };
    value = cn;
  }
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-number' };
  for (const ch of mult) value *= MULTIPLIERS[ch];
  let unit = rest.trim();
  if (unit && !UNIT_RE.test(unit)) return { ok: false, reason: 'not-number' };
  // 「620100 兰州市」: a division code and its place, a label, not 620,100 of a unit 兰州市.
  if (!mult && /^\d{6}(?:\d{3}){0,2}$/.test(num) && PLACE_END_RE.test(unit)) return { ok: false, reason: 'not-number' };
  // 「2019年」「2019年(亿元)」「2019年GDP」 are a year (with more words): a label, not a figure.
  if (!mult && isYearLike(value) && unit.charCodeAt(0) === 0x5e74) return { ok: false, reason: 'not-number' };
  // 「两起」「三十七项」 are numbers; 「七里河区」「五张清单」 are names: after Chinese numerals only a unit may follow.
  if (unit && !/^[+-]?[\d.]/.test(num) && !isUnitText(unit) && !COUNT_WORDS.has(unit)) return { ok: false, reason: 'not-number' };
  if (negative) value = -value;
  if (yuan && !unit) unit = '元';
  // 超过300 and 逾300 are 300以上; 约, 近 and 大约 an approximate figure.
  const qualifier = ((pre ? (pre === '超过' || pre === '逾' ? '以上' : '约') : '') || q1 || q2 || q3 || '') as Qualifier;
  // Only a multiplied value is rounded (11.9万 → 119000, not 119000.00000000001); a written number keeps every digit.
  return { ok: true, value: mult ? roundClean(value) : value, unit, qualifier };
}

function writtenPercent(rest: string): ValueResult {
  const value = /^\d+(?:\.\d+)?$/.test(rest) ? Number(rest) : parseChineseNumber(rest);
  return value === null ? { ok: false, reason: 'not-number' } : { ok: true, value, unit: '%', qualifier: '' };
}
