import { BUILTIN_INDICATORS } from '../domain/builtinCatalog';
import type { ChartSpec } from './chartSpec';

export const HEADLINE_IDS = ['correction-rate', 'training', 'lists'] as const;
export type Headline = (typeof HEADLINE_IDS)[number];

/** A family of the catalog: its indicators of one category and unit, in catalog order (the chart drops those without data). */
function family(category: string, unit: string): string[] {
  return BUILTIN_INDICATORS.filter((i) => i.category === category && i.unit === unit).map((i) => i.id);
}

const TRAINING = ['培训人次', ...family('学法培训', '人次').filter((id) => id !== '培训人次')];
const LISTS = family('清单管理', '项');

const all = { regions: { mode: 'all' }, from: null, to: null } as const;

/** The three comparisons the tool exists for, one click away; each region at its latest period. */
export const HEADLINES: Record<Headline, ChartSpec> = {
  'correction-rate': { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null },
  training: { kind: 'grouped-bar', bars: 'indicators', indicator: TRAINING[0], others: TRAINING.slice(1), ...all },
  lists: { kind: 'grouped-bar', bars: 'indicators', indicator: LISTS[0], others: LISTS.slice(1), ...all },
};
