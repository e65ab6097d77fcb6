import { describe, expect, it } from 'vitest';
import { CHART_REGISTRY, changeKind, specIndicators } from '../../src/charts/chartKinds';
import type { DefaultsContext } from '../../src/charts/chartKindDef';
import { CHART_KINDS, type ChartSpec } from '../../src/charts/chartSpec';
import { chartSources } from '../../src/charts/chartSources';
import { chartTable } from '../../src/charts/chartTable';
import { baseOf } from '../../src/charts/readSpecFields';
import { HEADLINES } from '../../src/charts/headlines';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { buildChartOption } from '../../src/charts/buildChartOption';
import { chartFacts } from './chartFacts';
import { sampleContext } from './sampleContext';
import { tinyContext } from './tinyContext';

const all = { regions: { mode: 'all' }, from: null, to: null } as const;
const indicators = new Map(BUILTIN_INDICATORS.map((i) => [i.id, i]));
const withData = new Set(['权力清单事项数', '权责清单事项数', '负面清单事项数', '清单张数', '培训人次']);
const defaults = (base: DefaultsContext['base']): DefaultsContext => ({ base, indicators, hasData: (id) => withData.has(id) });

const SPECS: ChartSpec[] = [
  { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20182018, title: '纠错' },
  { kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: ['权责清单事项数', '负面清单事项数'], ...all },
  { kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', ...all },
  { kind: 'line', indicator: '培训人次', ...all },
  { kind: 'small-multiples', indicator: '培训人次', ...all, sharedAxis: true },
  { kind: 'heat-table', indicator: '培训人次', ...all },
  { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', ...all },
];

describe('the chart kind registry', () => {
  it('has an entry for every kind', () => {
    expect(Object.keys(CHART_REGISTRY).sort()).toEqual([...CHART_KINDS].sort());
  });

  it.each(SPECS.map((s) => [`${s.kind}${'bars' in s ? ` (${s.bars})` : ''}`, s] as const))('%s declares the indicators it reads', (_n, spec) => {
    const expected = spec.kind === 'scatter' ? [spec.indicator, spec.indicator2] : 'others' in spec ? [spec.indicator, ...spec.others] : [spec.indicator];
    expect(specIndicators(spec)).toEqual(expected);
  });

  it.each(SPECS.map((s) => [s.kind, s] as const))('%s: normalize keeps a normal spec as it is', (_n, spec) => {
    expect(CHART_REGISTRY[spec.kind].normalize(spec as never)).toEqual(spec);
  });

  describe('a change of kind keeps the shared fields and leaves nothing of the old kind behind', () => {
    it.each(SPECS.flatMap((from) => CHART_KINDS.filter((k) => k !== from.kind).map((k) => [from.kind, k, from] as const)))('%s → %s', (_f, kind, from) => {
      const to = changeKind(kind, defaults(baseOf(from)));
      expect(to.kind).toBe(kind);
      expect(baseOf(to)).toEqual(baseOf(from));
      const own = Object.keys(to).filter((k) => !['kind', 'indicator', 'regions', 'from', 'to', 'title'].includes(k)).sort();
      expect(own).toEqual({ 'ranked-bar': ['period'], 'grouped-bar': ['bars'], line: [], 'small-multiples': ['sharedAxis'], 'heat-table': [], scatter: ['indicator2'], change: ['basePeriod', 'currentPeriod', 'measure'], rank: ['basePeriod', 'currentPeriod'] }[kind]);
    });
  });

  it.each([
    ['行政复议纠错率', '行政应诉案件数'],
    ['行政复议纠错件数', '行政应诉案件数'],
    ['行政应诉案件数', '培训人次'],
  ])('without the data to hand, a scatter of %s gets %s on its y axis (never itself or its own counts)', (x, y) => {
    const s = changeKind('scatter', defaults({ indicator: x, ...all }));
    expect(s.kind === 'scatter' && s.indicator2).toBe(y);
  });

  it.each(['行政复议纠错率', '行政复议审结件数', '培训人次'])('with the data, a scatter of %s gets a different, unrelated indicator sharing the most regions in one period', async (x) => {
    const { cube } = await sampleContext();
    const s = changeKind('scatter', { ...defaults({ indicator: x, ...all }), cube });
    const y = s.kind === 'scatter' ? s.indicator2 : '';
    const xi = indicators.get(x)!;
    const yi = indicators.get(y)!;
    expect(y).not.toBe(x);
    expect([xi.numerator, xi.denominator]).not.toContain(y);
    expect([yi.numerator, yi.denominator]).not.toContain(x);
    // Both have values for at least two regions in one period of the sample.
    const ctx = await sampleContext();
    const facts = chartFacts(buildChartOption(s, ctx));
    expect(facts.series[0].values.length).toBeGreaterThanOrEqual(2);
  });

  it('small multiples share one axis by default (and an old spec without the field reads as shared)', () => {
    const s = changeKind('small-multiples', defaults({ indicator: '培训人次', ...all }));
    expect(s.kind === 'small-multiples' && s.sharedAxis).toBe(true);
    expect(CHART_REGISTRY['small-multiples'].normalize({ indicator: '培训人次', ...all }).sharedAxis).toBe(true);
    expect(CHART_REGISTRY['small-multiples'].normalize({ indicator: '培训人次', ...all, sharedAxis: false }).sharedAxis).toBe(false);
  });

  it('indicators side by side default to the main one’s neighbours in the catalog that have data (same category and unit)', () => {
    const s = changeKind('grouped-bar', defaults({ indicator: '权力清单事项数', ...all, bars: 'indicators' }));
    expect(s).toEqual({ kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: ['权责清单事项数', '负面清单事项数'], ...all });
  });

  it('a change of kind does not mutate the spec it starts from', () => {
    const from = structuredClone(SPECS[1]);
    changeKind('line', defaults(baseOf(from)));
    expect(from).toEqual(SPECS[1]);
  });
});

describe('sources and the chart table read the same indicators', () => {
  it('the 清单 headline: one sheet per indicator, in order', async () => {
    const sheets = chartTable(HEADLINES.lists, await sampleContext());
    expect(sheets.map((s) => s.name).slice(0, 5)).toEqual(['01 权力清单事项数', '02 权责清单事项数', '03 负面清单事项数', '04 随机抽查事项清单事项数', '05 两轻一免清单事项数']);
    expect(sheets[0].rows.slice(0, 3)).toEqual([['权力清单事项数 (项)'], ['地区', '2014'], ['兰州市', 1989]]);
  });

  it('a rate: numerator and denominator beside each value; the ranked bar’s one period only', async () => {
    const [sheet] = chartTable({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20142014 }, await sampleContext());
    expect(sheet.rows.slice(1, 3).map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)))).toEqual([['地区', '2014', '2014 分子', '2014 分母'], ['兰州市', 6.9, 7, 101]]);
  });

  it('a scatter: both axes', async () => {
    expect(chartTable(SPECS[6], await sampleContext()).map((s) => s.name)).toEqual(['01 行政复议审结件数', '02 行政复议纠错件数']);
  });

  it('sources come from the values a spec draws, of every indicator it reads, and only from those', async () => {
    const base = await sampleContext();
    const ctx = tinyContext(base, [['甲市', '培训人次', 20202020, 5], ['甲市', '培训班次', 20202020, 1]]);
    const files = new Map([['tiny', '生成数据.xlsx']]);
    expect(chartSources({ kind: 'grouped-bar', bars: 'regions', indicator: '培训人次', ...all }, { ...ctx, files })).toEqual(['生成数据']);
    expect(chartSources({ kind: 'line', indicator: '领导干部培训人次', ...all }, ctx)).toEqual([]);
    // A scatter draws only regions with both values: none here.
    expect(chartSources({ kind: 'scatter', indicator: '领导干部培训人次', indicator2: '培训班次', ...all }, ctx)).toEqual([]);
    expect(chartSources({ kind: 'scatter', indicator: '培训人次', indicator2: '培训班次', ...all }, ctx)).toEqual(['生成数据']);
    expect(chartSources({ kind: 'grouped-bar', bars: 'indicators', indicator: '领导干部培训人次', others: ['培训人次'], ...all }, ctx)).toEqual(['生成数据']);
  });
});
