/** Counting and measuring units a prefix can scale (万人 is 10,000 人, 亿元 is 10,000 万元). */
const BASES = new Set([
  '元', '美元', '人', '人次', '件', '项', '次', '户', '个', '家', '所', '名', '起', '场', '条', '份', '篇', '册', '张', '套', '台', '辆', '吨', '亩', '米', '克', '千瓦时', '元/人',
]);
// Longest first: 十万 before 十, 百万 before 百.
const PREFIXES: [string, number][] = [['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2], ['十', 10]];

function scaled(unit: string): { factor: number; base: string } | null {
  const u = unit.trim();
  if (BASES.has(u)) return { factor: 1, base: u };
  for (const [p, factor] of PREFIXES) if (u.startsWith(p) && BASES.has(u.slice(p.length))) return { factor, base: u.slice(p.length) };
  return null;
}

/**
 * The factor that turns a value in `from` into one in `to` when the two are one unit at two
 * scales (4.4 万人 is 44,000 人; 3 亿元 is 30,000 万元); null when they are not (万人 and 件,
 * % and 人, 元/人 and 元).
 */
export function unitScale(from: string, to: string): number | null {
  const a = scaled(from);
  const b = scaled(to);
  if (!a || !b || a.base !== b.base || a.factor === b.factor) return null;
  return a.factor / b.factor;
}

/** `value` in `from` written in `to`, without the float noise of the multiplication (4.4 × 10⁴ is 44000). */
export const rescale = (value: number, factor: number): number => Number((value * factor).toPrecision(15));
