import { compactSpaces } from './compactSpaces';
import { normalizeText } from './normalizeText';

/** Units as they appear in headers: `受理(件)`, `地区生产总值(亿元)`, `GDP_亿元`, `比重_%`. */
const UNIT_RE =
  /^(?:[万亿千百]?(?:元|人|件|项|次|人次|个|条|份|卷|张|期|件次|户|家|所|吨|公里|千米|平方米|平方公里|公顷|亩|名|起|场|场次|套|台|辆|篇|部|册|本|小时|天|日|年|岁)|%|‰|百分比|百分点|万人|万元|亿元|万户|美元|万美元|亿美元|元\/人|人\/万人)$/;

/** Measures written with a multiplier (万千瓦时, 亿立方米, 百万吨) and Latin symbols (GWh, kW, km², USD). */
const MEASURE_RE = /^(?:[万亿千百十]|百万|千万)*(?:千瓦时|千瓦|瓦时|立方米|平方米|平方公里|吨标准煤|标准煤|吨公里|人公里|吨|升|千克|公斤|克|米|元|美元|人|户|件|辆|台|套)$/;
const LATIN_UNIT_RE = /^(?:[kKMGT]?Wh?|[kKM]?VA|kg|t|km|km2|km²|m|m2|m²|m3|m³|ha|GB|TB|USD|CNY|RMB|EUR|pct|percent|ppm|℃)$/;

/** Units written in English (yearbooks' second line, English-language panels), as the unit they mean. */
const UNIT_WORDS: Record<string, string> = {
  pct: '%', percent: '%', yuan: '元', '10000 yuan': '万元', '10,000 yuan': '万元', '100 million yuan': '亿元', 'million yuan': '百万元',
  'billion yuan': '十亿元', person: '人', persons: '人', people: '人', '10000 persons': '万人', '10,000 persons': '万人', '10000 people': '万人',
  'person-times': '人次', 'person times': '人次', cases: '件', case: '件', items: '项', households: '户', '10000 households': '万户',
  tons: '吨', '10000 tons': '万吨', '10,000 tons': '万吨', hectares: '公顷', 'sq.km': '平方公里', 'sq. km': '平方公里', years: '年', days: '天',
  usd: 'USD', 'usd million': '百万美元', 'us$ million': '百万美元', '100 million usd': '亿美元',
};

/** An English unit as the unit it means, else ''. */
function englishUnit(text: string): string {
  return UNIT_WORDS[text.trim().toLowerCase().replace(/(\d)[ ,](?=\d{3})/g, '$1').replace(/\s+/g, ' ')] ?? '';
}

export function isUnitText(text: string): boolean {
  const t = text.trim();
  return UNIT_RE.test(t) || MEASURE_RE.test(t) || LATIN_UNIT_RE.test(t);
}

/** A unit, also one written in English words ((100 million yuan)): only where a unit stands alone or in parentheses. */
function isWrittenUnit(text: string): boolean {
  return isUnitText(text) || !!englishUnit(text);
}

/** A text that is nothing but a unit — 「亿元」「(万人)」「单位：件」 — as that unit, else ''. */
export function unitOnly(text: string): string {
  const t = compactSpaces(normalizeText(text))
    .replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1')
    .replace(/^(?:计量)?单位\s*[:：]\s*/, '');
  return t && isWrittenUnit(t) ? englishUnit(t) || t : '';
}

/**
 * A header split into its name and the unit it carries, if any. Only a trailing
 * parenthesis (or `_suffix`) that is a unit is taken: `人口数(人口抽样调查)(人)` →
 * name `人口数(人口抽样调查)`, unit `人`.
 */
export function splitHeaderUnit(header: string): { name: string; unit: string } {
  const text = compactSpaces(normalizeText(header));
  // A stray letter after the closing parenthesis is a typing slip seen in real exports.
  let m = /^(.*?)[(（]([^()（）]+)[)）][a-z]?$/i.exec(text);
  if (m && m[1] && isWrittenUnit(m[2])) return { name: m[1].trim(), unit: englishUnit(m[2]) || m[2] };
  // 「法律咨询人次(单位:人次)」
  const inner = m ? /^(?:计量)?单位\s*[:：]\s*(.+)$/.exec(m[2].trim()) : null;
  if (m && m[1] && inner && isUnitText(inner[1])) return { name: m[1], unit: inner[1].trim() };
  m = /^(.*?)[_/／]([^_/／]+)$/.exec(text);
  if (m && m[1] && isUnitText(m[2])) return { name: m[1], unit: englishUnit(m[2]) || m[2] };
  m = /^(.*?)[:：]?单位[:：]?([^:：]+)$/.exec(text);
  if (m && m[1] && isUnitText(m[2])) return { name: m[1], unit: m[2] };
  return { name: text, unit: '' };
}
