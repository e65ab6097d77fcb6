import { beforeAll, describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildChartOption } from '../../src/charts/buildChartOption';
import type { ChartContext } from '../../src/charts/chartContext';
import { CHART_REGISTRY, changeKind, specIndicators } from '../../src/charts/chartKinds';
import { parseChartSpec, type ChangeSpec, type RankSpec } from '../../src/charts/chartSpec';
import { chartTable } from '../../src/charts/chartTable';
import { comparedPeriods } from '../../src/charts/kinds/changeView';
import { ranksOf } from '../../src/charts/kinds/rankView';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import type { ValuePoint } from '../../src/domain/indicatorValues';
import { sampleContext } from './sampleContext';
import { tinyContext, type Row } from './tinyContext';

const all = { regions: { mode: 'all' }, from: null, to: null } as const;
const Y = (y: number) => y * 10000 + y;
const auto = { basePeriod: null, currentPeriod: null } as const;
const change = (indicator: string, more: Partial<ChangeSpec> = {}): ChangeSpec => ({ kind: 'change', indicator, ...all, ...auto, measure: 'absolute', ...more });
const rank = (indicator: string, more: Partial<RankSpec> = {}): RankSpec => ({ kind: 'rank', indicator, ...all, ...auto, ...more });

/** What a reader sees: title, subtitle, the category labels, each bar's value, label and whether it is faint. */
function read(option: EChartsOption) {
  const title = option.title as { text: string; subtext: string };
  const y = (option.yAxis as { data: string[] }).data;
  const s = (option.series as { data: { value: number | null; tip: () => string; label?: { formatter: string }; itemStyle?: { borderType?: string } }[] }[])[0];
  return {
    title: title.text,
    subtitle: title.subtext,
    bars: y.map((cat, i) => {
      const d = s.data[i];
      return [cat, d.value === null ? null : Math.round(d.value * 1000) / 1000, d.label?.formatter ?? null, d.itemStyle?.borderType === 'dashed'];
    }),
    tips: s.data.map((d) => d.tip()),
    foot: (option.graphic as { style: { text: string } }[] | undefined)?.[0]?.style.text ?? '',
  };
}

let base: ChartContext;
beforeAll(async () => {
  base = await sampleContext();
});
const build = (rows: Row[], spec: ChangeSpec | RankSpec) => read(buildChartOption(spec, tinyContext(base, rows)));

// 培训人次 of four counties in 2022 and 2023; 西固区 has no 2023 figure.
const TRAINING: Row[] = [
  ['城关区', '培训人次', Y(2022), 200], ['城关区', '培训人次', Y(2023), 260],
  ['七里河区', '培训人次', Y(2022), 150], ['七里河区', '培训人次', Y(2023), 120],
  ['安宁区', '培训人次', Y(2022), 80], ['安宁区', '培训人次', Y(2023), 80],
  ['西固区', '培训人次', Y(2022), 90],
];

// 纠错率 from counts (纠错件数 / 审结件数); 红古区 2022 rests on 5 cases.
const RATES: Row[] = [
  ['城关区', '行政复议纠错件数', Y(2022), 10], ['城关区', '行政复议审结件数', Y(2022), 100],
  ['城关区', '行政复议纠错件数', Y(2023), 15], ['城关区', '行政复议审结件数', Y(2023), 100],
  ['红古区', '行政复议纠错件数', Y(2022), 1], ['红古区', '行政复议审结件数', Y(2022), 5],
  ['红古区', '行政复议纠错件数', Y(2023), 3], ['红古区', '行政复议审结件数', Y(2023), 20],
];

describe('change view', () => {
  it('absolute change per region, largest rise first, ↑/↓ in the labels, a region missing a period listed as no data (not 0)', () => {
    const c = build(TRAINING, change('培训人次'));
    expect(c.title).toBe('培训人次同比变化（2022—2023年）');
    expect(c.subtitle).toBe('单位：人次；同比：与2022年相比');
    expect(c.bars).toEqual([
      ['城关区', 60, '↑60人次', false],
      ['安宁区', 0, '持平', false],
      ['七里河区', -30, '↓30人次', false],
      ['西固区（2023年无数据）', null, null, false],
    ]);
  });

  it('percent change relative to the base value, one decimal on every label', () => {
    const c = build(TRAINING, change('培训人次', { measure: 'percent' }));
    expect(c.bars.slice(0, 3)).toEqual([
      ['城关区', 30, '↑30.0%', false],
      ['安宁区', 0, '持平', false],
      ['七里河区', -20, '↓20.0%', false],
    ]);
    expect(c.subtitle).toBe('单位：%；同比：与2022年相比；变化率 =（比较期 − 基期）÷ 基期');
  });

  it('a rate: the difference of the rates computed from counts, in percentage points; a small denominator drawn faint and marked', () => {
    const c = build(RATES, change('行政复议纠错率'));
    expect(c.bars).toEqual([
      ['城关区', 5, '↑5.0个百分点', false],
      ['红古区', -5, '↓5.0个百分点 n=5', true],
    ]);
    expect(c.subtitle).toBe('单位：个百分点；同比：与2022年相比；变化为两期比率之差');
    expect(c.foot).toContain('虚线框：分母小于 10');
    // The tooltip shows both periods' counts.
    expect(c.tips[0]).toContain('行政复议纠错件数 10 / 行政复议审结件数 100');
    expect(c.tips[0]).toContain('行政复议纠错件数 15 / 行政复议审结件数 100');
  });

  it('periods two years apart are a change, not 同比; the spec’s periods are the ones compared', () => {
    const rows: Row[] = [...TRAINING, ['城关区', '培训人次', Y(2020), 100], ['七里河区', '培训人次', Y(2020), 100]];
    const c = build(rows, change('培训人次', { basePeriod: Y(2020), currentPeriod: Y(2023) }));
    expect(c.title).toBe('培训人次变化（2020—2023年）');
    expect(c.subtitle).toBe('单位：人次；2023年与2020年相比');
    expect(c.bars.map((b) => b.slice(0, 2))).toEqual([['城关区', 160], ['七里河区', 20], ['安宁区（2020年无数据）', null], ['西固区（2020年、2023年均无数据）', null]]);
  });

  it('a base of 0 has no percent change: listed, not drawn', () => {
    const c = build([['城关区', '培训人次', Y(2022), 0], ['城关区', '培训人次', Y(2023), 5]], change('培训人次', { measure: 'percent' }));
    expect(c.bars).toEqual([['城关区（基期为 0，无法计算变化率）', null, null, false]]);
  });

  it('region names are escaped in the tooltip', () => {
    const c = build([['<img src=x>', '培训人次', Y(2022), 1], ['<img src=x>', '培训人次', Y(2023), 2]], change('培训人次'));
    expect(c.tips[0]).toContain('&lt;img src=x&gt;');
    expect(c.tips[0]).not.toContain('<img');
  });

  it('English: year-on-year in the title, pp for a rate', async () => {
    const en = await sampleContext('screen', 'en');
    const c = read(buildChartOption(change('行政复议纠错率'), tinyContext(en, RATES)));
    expect(c.title).toBe('Administrative reconsideration correction rate: year-on-year change (2022–2023)');
    expect(c.bars[0][2]).toBe('↑5.0 pp');
  });
});

describe('the periods compared by default', () => {
  const pts = (rows: [string, number][]) => rows.map(([region, period]) => ({ region, period, value: 1 }) as ValuePoint);

  it.each([
    ['the latest two when every region has both', [['A', 2021], ['A', 2022], ['A', 2023], ['B', 2021], ['B', 2022], ['B', 2023]], [2022, 2023]],
    ['not a latest year only one region has', [['A', 2021], ['A', 2022], ['A', 2023], ['B', 2021], ['B', 2022], ['C', 2021], ['C', 2022]], [2021, 2022]],
    ['a gap year between them if that is what most regions have', [['A', 2014], ['A', 2023], ['B', 2018]], [2014, 2023]],
  ] as const)('%s', (_n, rows, [b, c]) => {
    expect(comparedPeriods(auto, pts(rows.map(([r, y]) => [r, Y(y)])))).toEqual({ base: Y(b), current: Y(c) });
  });

  it('one period only: none', () => {
    expect(comparedPeriods(auto, pts([['A', Y(2023)]]))).toBeNull();
  });

  it('a named current period gets the best earlier base', () => {
    const rows = pts([['A', Y(2021)], ['A', Y(2022)], ['A', Y(2023)], ['B', Y(2021)], ['B', Y(2023)]]);
    expect(comparedPeriods({ basePeriod: null, currentPeriod: Y(2023) }, rows)).toEqual({ base: Y(2021), current: Y(2023) });
  });
});

describe('rank view', () => {
  it('equal values share a rank and the next rank skips', () => {
    const r = ranksOf([['A', 10], ['B', 10], ['C', 5], ['D', 12]].map(([region, value]) => ({ region, value, period: 1 }) as ValuePoint));
    expect(Object.fromEntries([...r].map(([k, v]) => [k, [v.rank, v.tied]]))).toEqual({ D: [1, false], A: [2, true], B: [2, true], C: [4, false] });
  });

  it('bars in rank order of the current period, each 「排名第n位」 with its move since the base; ties share the rank; a region without a current value listed with its base rank', () => {
    const rows: Row[] = [
      ['城关区', '培训人次', Y(2022), 100], ['城关区', '培训人次', Y(2023), 300],
      ['七里河区', '培训人次', Y(2022), 300], ['七里河区', '培训人次', Y(2023), 200],
      ['安宁区', '培训人次', Y(2022), 200], ['安宁区', '培训人次', Y(2023), 200],
      ['西固区', '培训人次', Y(2022), 250],
      ['红古区', '培训人次', Y(2023), 50],
    ];
    const r = build(rows, rank('培训人次'));
    expect(r.title).toBe('培训人次排名（2022—2023年）');
    expect(r.subtitle).toBe('单位：人次；数值大者居前，数值相同者名次相同；2023年排名，↑↓ 为与2022年相比的名次变化');
    expect(r.bars).toEqual([
      ['城关区', 300, '300人次 排名第1位 ↑3', false],
      ['安宁区', 200, '200人次 并列第2位 ↑1', false],
      ['七里河区', 200, '200人次 并列第2位 ↓1', false],
      ['红古区', 50, '50人次 排名第4位（2022年无数据）', false],
      ['西固区（2023年无数据；2022年排名第2位）', null, null, false],
    ]);
    expect(r.tips[0]).toContain('2023年 排名第1位 ↑3<br/>2022年 排名第4位');
  });

  it('a rate ranks by the rate computed from counts; one period only has ranks without moves', () => {
    const rows = RATES.filter((r) => r[2] === Y(2023));
    const r = build(rows, rank('行政复议纠错率'));
    expect(r.bars).toEqual([
      ['城关区', 15, '15% 并列第1位', false],
      ['红古区', 15, '15% 并列第1位', false],
    ]);
    expect(r.subtitle).not.toContain('↑↓');
  });

  it('a target line and the average (a rate: the ratio of summed counts) on the value axis', () => {
    const opt = buildChartOption(rank('行政复议纠错率', { average: true, target: { value: 12, label: '考核目标' } }), tinyContext(base, RATES));
    const ml = (opt.series as { markLine: { data: { xAxis: number; label: { formatter: string } }[] } }[])[0].markLine.data;
    expect(ml.map((d) => [Math.round(d.xAxis * 1000) / 1000, d.label.formatter])).toEqual([[12, '考核目标 12%'], [15, '平均 15%']]);
  });
});

describe('change and rank in the registry', () => {
  it.each(['change', 'rank'] as const)('%s: normalize keeps a normal spec; reads its periods and nothing foreign', (kind) => {
    const spec = kind === 'change' ? change('培训人次', { basePeriod: Y(2022), currentPeriod: Y(2023), measure: 'percent' }) : rank('培训人次', { basePeriod: Y(2022), currentPeriod: Y(2023) });
    expect(CHART_REGISTRY[kind].normalize(spec as never)).toEqual(spec);
    expect(parseChartSpec(JSON.parse(JSON.stringify({ ...spec, period: 5, sharedAxis: true, basePeriod: 'x' })))).toEqual({ ...spec, basePeriod: null });
    expect(specIndicators(spec)).toEqual(['培训人次']);
  });

  it('a ranked bar’s one period becomes the period compared to; the measure defaults to the difference', () => {
    const indicators = new Map(BUILTIN_INDICATORS.map((i) => [i.id, i]));
    const to = changeKind('change', { base: { indicator: '培训人次', ...all, period: Y(2023) }, indicators, hasData: () => true });
    expect(to).toEqual(change('培训人次', { currentPeriod: Y(2023) }));
  });

  it('the chart table holds both periods compared, with counts beside a rate', () => {
    const sheets = chartTable(change('行政复议纠错率'), tinyContext(base, RATES));
    expect(sheets[0].rows[1]).toEqual(['地区', '2022', '2022 分子', '2022 分母', '2023', '2023 分子', '2023 分母']);
  });

  it('building does not mutate the spec', () => {
    const spec = change('培训人次', { highlight: ['城关区'] });
    const copy = structuredClone(spec);
    buildChartOption(spec, tinyContext(base, TRAINING));
    expect(spec).toEqual(copy);
  });
});
