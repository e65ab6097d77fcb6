import type { ChartSpec } from './chartSpec';

export const HEADLINE_IDS = ['correction-rate', 'training', 'lists'] as const;
export type Headline = (typeof HEADLINE_IDS)[number];

/** The three comparisons the tool exists for, one click away. */
export const HEADLINES: Record<Headline, ChartSpec> = {
  'correction-rate': { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null },
  training: { kind: 'ranked-bar', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null, period: null },
  lists: {
    kind: 'grouped-bar',
    bars: 'indicators',
    indicator: '权力清单事项数',
    others: ['权责清单事项数', '负面清单事项数', '随机抽查事项清单事项数', '两轻一免清单事项数'],
    regions: { mode: 'all' },
    from: null,
    to: null,
  },
};
