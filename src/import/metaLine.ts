/** What a 「键：值」 line about a table states, by its key. */
export type MetaKind = 'database' | 'indicator' | 'period' | 'region' | 'office' | 'unit' | 'other';

// The keys, as data. 填报日期 is when the form was filled in, not the period it reports.
const META_KEYS: [MetaKind, string][] = [
  ['database', '数据库'],
  ['indicator', '指标|指标名称'],
  ['period', '时间|年份|年度|统计年度|统计时间|统计时段|统计期|统计期间|报告期|报告期间|数据时间|所属期|所属时期|时期'],
  ['region', '地区|统计地区'],
  ['office', '填报单位|报送单位'],
  ['unit', '单位|计量单位|金额单位|数量单位'],
  ['other', '统计范围|统计口径|口径|频度|填报日期'],
];
const KIND_OF = new Map(META_KEYS.flatMap(([kind, words]) => words.split('|').map((w): [string, MetaKind] => [w, kind])));
const LINE_RE = new RegExp(`^(${[...KIND_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*(?:[(（][^)）]{1,6}[)）])?\\s*[:：]\\s*(.*)$`);

/** A meta line's kind and value (「统计时段：2022年1—12月」), or null when the text is none. */
export function metaLine(text: string): { kind: MetaKind; value: string } | null {
  const m = LINE_RE.exec(text);
  return m ? { kind: KIND_OF.get(m[1])!, value: m[2].trim() } : null;
}

/** 「填报单位：兰州市司法局  统计时段：2022年」 in one cell: a text per key. */
export function splitMetaTexts(text: string): string[] {
  return text.split(/\s+(?=[^\s:：]{2,8}\s*(?:[(（][^)）]{1,6}[)）])?\s*[:：])/).filter(Boolean);
}
