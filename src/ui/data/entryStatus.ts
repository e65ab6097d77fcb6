import { periodLabel } from '../../domain/parsePeriod';
import type { ResolvedEntry } from '../../state/resolveEntry';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatValue } from '../common/formatValue';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * What a typed row will store, or why it cannot yet — the same words in the grid's new rows
 * and in the entry form: 「→ 兰州市 · 培训人次 · 2023 · 1,500人次」 or 「缺少期间」.
 */
export function entryStatus(r: ResolvedEntry | null, t: T, num: (n: number) => string): { text: string; error: boolean } {
  if (!r) return { text: '', error: false };
  if (!r.ok) {
    const field = t(`obs.${r.field}`);
    return { text: r.problem === 'empty' ? t('grid.entry.problem.empty', { field }) : t(`grid.entry.problem.${r.problem}`), error: true };
  }
  const mark = (key: MessageKey) => `(${t(key)})`;
  const region = r.edit.region + (r.newRegion ? mark('grid.entry.newRegion') : r.regionGuess ? mark('grid.entry.guess') : '');
  const indicator = r.edit.indicator + (r.newIndicator ? mark('grid.entry.newIndicator') : '');
  return { text: `→ ${region} · ${indicator} · ${periodLabel(r.edit.period)} · ${formatValue(r.edit.value, r.edit.qualifier, num)}${r.edit.unit}`, error: false };
}
