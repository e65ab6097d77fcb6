import { describe, expect, it } from 'vitest';
import { parseChartSpec, type ChartSpec } from '../../src/charts/chartSpec';

const all = { regions: { mode: 'all' }, from: null, to: null } as const;
const LISTS = ['权责清单事项数', '负面清单事项数'];

describe('parseChartSpec: every spec saved so far reads into its kind’s member', () => {
  it.each<[string, unknown, ChartSpec]>([
    ['a ranked bar with a period', { kind: 'ranked-bar', indicator: '培训人次', ...all, period: 20182018 }, { kind: 'ranked-bar', indicator: '培训人次', ...all, period: 20182018 }],
    ['a ranked bar saved without a period', { kind: 'ranked-bar', indicator: '培训人次', ...all }, { kind: 'ranked-bar', indicator: '培训人次', ...all, period: null }],
    ['an old grouped bar with also (the 清单 headline)', { kind: 'grouped-bar', indicator: '权力清单事项数', also: LISTS, ...all }, { kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: LISTS, ...all }],
    ['an old grouped bar with an empty also', { kind: 'grouped-bar', indicator: '培训人次', also: [], ...all }, { kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', ...all }],
    ['an old grouped bar without also', { kind: 'grouped-bar', indicator: '培训人次', ...all }, { kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', ...all }],
    ['a grouped bar of indicators', { kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: LISTS, ...all }, { kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: LISTS, ...all }],
    ['a grouped bar by region with a stale list', { kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', others: LISTS, ...all }, { kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', ...all }],
    ['a line with the stale fields of other kinds', { kind: 'line', indicator: '培训人次', indicator2: '培训班次', also: LISTS, period: 20182018, sharedAxis: true, ...all }, { kind: 'line', indicator: '培训人次', ...all }],
    ['small multiples without sharedAxis share the axis (the default)', { kind: 'small-multiples', indicator: '培训人次', ...all }, { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: true }],
    ['small multiples with own axes', { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: false }, { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: false }],
    ['small multiples with sharedAxis', { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: true }, { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: true }],
    ['a heat table with a title', { kind: 'heat-table', indicator: '培训人次', ...all, title: '培训' }, { kind: 'heat-table', indicator: '培训人次', ...all, title: '培训' }],
    ['a scatter', { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', ...all }, { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', ...all }],
    ['a scatter saved without its y axis (it plotted x against x)', { kind: 'scatter', indicator: '行政复议审结件数', ...all }, { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议审结件数', ...all }],
    ['regions by level, years', { kind: 'line', indicator: 'x', regions: { mode: 'level', level: '地级市' }, from: 2014, to: 2020 }, { kind: 'line', indicator: 'x', regions: { mode: 'level', level: '地级市' }, from: 2014, to: 2020 }],
    ['a region list with junk in it', { kind: 'line', indicator: 'x', regions: { mode: 'list', ids: ['兰州市', 3, null] }, from: 1.5, to: '2020' }, { kind: 'line', indicator: 'x', regions: { mode: 'list', ids: ['兰州市'] }, from: null, to: null }],
    ['unknown fields and a non-text title', { kind: 'heat-table', indicator: 'x', ...all, extra: 1, title: 42 }, { kind: 'heat-table', indicator: 'x', ...all }],
  ])('%s', (_name, raw, expected) => {
    expect(parseChartSpec(raw)).toEqual(expected);
  });

  it('reads its own output back unchanged', () => {
    const spec: ChartSpec = { kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: LISTS, ...all, title: 't' };
    expect(parseChartSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });

  it('does not mutate its input', () => {
    const raw = { kind: 'grouped-bar', indicator: '权力清单事项数', also: [...LISTS, 5], ...all, extra: true };
    const copy = structuredClone(raw);
    parseChartSpec(raw);
    expect(raw).toEqual(copy);
  });
});

describe('parseChartSpec refuses what is no spec', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [{ kind: 'line', indicator: 'x' }]],
    ['a numeric kind', { kind: 42, indicator: 'x' }],
    ['an unknown kind', { kind: 'pie', indicator: 'x', ...all }],
    ['no indicator', { kind: 'line', ...all }],
    ['a numeric indicator', { kind: 'line', indicator: 7, ...all }],
  ])('%s', (_name, raw) => {
    expect(parseChartSpec(raw)).toBeNull();
  });
});
