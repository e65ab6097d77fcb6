import type { Period } from './model';
import { normalizeText } from './normalizeText';
import { parsePeriod } from './parsePeriod';

// A year is four digits of its own: 指标12019 and 20195号 are numbers, not 指标1 of 2019.
const LEADING = /^((?:19|20)\d{2}(?!\d)(?:\s*[-—–~至]\s*(?:19|20)\d{2}(?!\d))?\s*年?度?)\s*(.+)$/;
// rd_intensity_2023_pct: a year token inside a snake_case name.
const SNAKE = /^([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*)_((?:19|20)\d{2})((?:_[A-Za-z][A-Za-z0-9]*)*)$/;
const TRAILING = /^(.+?)\s*[(（]?\s*((?<![\d.])(?:19|20)\d{2}(?:\s*[-—–~至]\s*(?:19|20)\d{2})?\s*年?度?)\s*[)）]?$/;

/**
 * A header that names both a period and an indicator: 「2018年纠错件数」, 「纠错件数(2018)」,
 * 「培训人次2019年」. Returns the indicator part and the period, or null if there is no such pair.
 */
export function splitHeaderPeriod(header: string): { name: string; period: Period } | null {
  const text = normalizeText(header);
  const snake = SNAKE.exec(text);
  if (snake) {
    const period = parsePeriod(snake[2]);
    if (period) return { name: snake[1] + snake[3], period };
  }
  for (const re of [LEADING, TRAILING]) {
    const m = re.exec(text);
    if (!m) continue;
    const [periodText, name] = re === LEADING ? [m[1], m[2]] : [m[2], m[1]];
    const period = parsePeriod(periodText);
    if (period && /[\u4e00-\u9fffA-Za-z]/.test(name) && !/^(年|度|年度|年末|年底)$/.test(name.trim())) return { name: name.trim(), period };
  }
  return null;
}
