const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** `两` → 2, `三十七` → 37, `一百零五` → 105, `两千三百万` → 23000000, `八点五` → 8.5; null if not a numeral. */
export function parseChineseNumber(text: string): number | null {
  if (!text) return null;
  // 八点五, 十点二五: the digits after 点 read one by one.
  const dot = text.indexOf('点');
  if (dot > 0) {
    const whole = parseChineseNumber(text.slice(0, dot));
    const decimals = [...text.slice(dot + 1)];
    if (whole === null || !decimals.length || !decimals.every((ch) => ch in DIGITS && ch !== '两')) return null;
    return Number(`${whole}.${decimals.map((ch) => DIGITS[ch]).join('')}`);
  }
  // 二〇二〇, 一九九八: digits written one by one (years, codes), read by position.
  if ([...text].every((ch) => ch in DIGITS) && (text.length >= 3 || text.includes('〇'))) return Number([...text].map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastBig = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit >= 0 && !(digit === 0 || DIGITS[ch] === 0)) return null; // 三四 is not a number
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch];
      digit = -1;
    } else if (ch in BIG_UNITS) {
      section += Math.max(digit, 0);
      if (section === 0 && total === 0) return null;
      const unit = BIG_UNITS[ch];
      // 一亿两千万: the 万 scales only the section after 亿.
      total = unit < lastBig ? total + section * unit : (total + section) * unit;
      lastBig = unit;
      section = 0;
      digit = -1;
    } else {
      return null;
    }
  }
  return total + section + Math.max(digit, 0);
}
