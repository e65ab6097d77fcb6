import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildChartOption } from '../../src/charts/buildChartOption';
import type { ChartContext } from '../../src/charts/chartContext';
import type { ChartSpec } from '../../src/charts/chartSpec';
import { THEMES, type ChartTheme } from '../../src/charts/chartTheme';
import { chartWords } from '../../src/charts/chartWords';
import { HEADLINES } from '../../src/charts/headlines';
import { regionColors } from '../../src/charts/regionColors';
import { Cube, type CubeBlock } from '../../src/domain/cube';
import { chartFacts } from './chartFacts';
import { sampleContext } from './sampleContext';
import { tinyContext, type Row } from './tinyContext';

const all = { regions: { mode: 'all' }, from: null, to: null } as const;
const THEME_NAMES = Object.keys(THEMES) as ChartTheme['name'][];

/** Blocks of [region, indicator, period, value] rows, one import each (a hand edit is recorded under sheet 手工修改). */
function block(importId: string, sheet: string, regions: readonly string[], rows: readonly Row[]): CubeBlock[] {
  return [...new Set(rows.map((r) => r[1]))].map((indicator) => {
    const mine = rows.filter((r) => r[1] === indicator);
    const n = mine.length;
    return {
      importId, sheet, indicator, unit: '',
      regions: Uint32Array.from(mine, (r) => regions.indexOf(r[0])), periods: Int32Array.from(mine, (r) => r[2]),
      values: Float64Array.from(mine, (r) => r[3]), qualifiers: new Uint8Array(n),
      rows: Uint32Array.from(mine, (_, i) => i + 2), cols: new Uint32Array(n).fill(1),
      rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
    };
  });
}

/** Eight counties over two years (2022, 2023), 纠错件数 / 审结件数 counts; 城关区 has only 2022. */
const COUNTIES = ['城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '皋兰县', '榆中县'];
const countyRows: Row[] = COUNTIES.flatMap((r, i) => [
  [r, '行政复议纠错件数', 20222022, 3 + i], [r, '行政复议审结件数', 20222022, 30 + i * 5],
  ...(r === '城关区' ? [] : ([[r, '行政复议纠错件数', 20232023, 4 + i], [r, '行政复议审结件数', 20232023, 33 + i * 4]] as Row[])),
]);
const county = async (theme: ChartTheme['name'] = 'screen') => tinyContext(await sampleContext(theme), countyRows);

type Bars = { series: { data: { itemStyle: { color: string }; label: { formatter: string; color: string } }[]; markLine?: { data: { label: { formatter: string } }[] } }[]; yAxis: { data: string[] } };

describe('ranked bar default: one bar per region', () => {
  it('each region once, at its latest period; the label carries the year where periods differ; no 合计 across periods', async () => {
    const ctx = await county();
    const f = chartFacts(buildChartOption({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null }, ctx));
    expect(f.y).toHaveLength(COUNTIES.length);
    expect(new Set(f.y!.map((l) => l.split(' ')[0]))).toEqual(new Set(COUNTIES));
    expect(f.y).toContain('城关区 2022');
    expect(f.y).toContain('七里河区 2023');
    expect(f.title).toBe('行政复议纠错率（2022—2023年）');
    expect(f.subtitle).toBe('单位：%；各地区最新年份');
    expect(f.marks).toBeUndefined();
  });

  it('a chosen period: that period only, labels without year, the period in the title, a ratio-of-sums 合计', async () => {
    const ctx = await county();
    const f = chartFacts(buildChartOption({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20232023 }, ctx));
    expect(f.y).toHaveLength(7);
    expect(f.y!.every((l) => !/\d/.test(l))).toBe(true);
    expect(f.title).toBe('行政复议纠错率（2023年）');
    expect(f.marks?.map((m) => m.label)).toEqual([expect.stringMatching(/^合计 \d+\.\d%$/)]);
  });

  it('a year filter puts the year in the title; English uses the English name', async () => {
    const zh = await county();
    const spec: ChartSpec = { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, from: 2023, to: 2023, period: null };
    expect(chartWords(spec, zh).title).toBe('行政复议纠错率（2023年）');
    const en = tinyContext(await sampleContext('screen', 'en'), countyRows);
    expect(chartWords(spec, en).title).toBe('Administrative reconsideration correction rate (2023)');
  });
});

describe('colours: no two regions of one chart share a colour', () => {
  const twenty = Array.from({ length: 24 }, (_, i) => `地区${String(i).padStart(2, '0')}`);

  it.each(THEME_NAMES)('%s: 24 regions get 24 distinct colours', (name) => {
    const colors = regionColors(twenty, twenty, THEMES[name]);
    expect(new Set(colors.values()).size).toBe(24);
  });

  it.each(THEME_NAMES)('%s: 20 line series in one chart are all distinct', async (name) => {
    const ctx = tinyContext(await sampleContext(name), twenty.slice(0, 20).map((r, i): Row => [r, '培训人次', 20202020, 100 + i]));
    const o = buildChartOption({ kind: 'line', indicator: '培训人次', ...all }, ctx) as { series: { color: string }[] };
    expect(o.series).toHaveLength(20);
    expect(new Set(o.series.map((s) => s.color)).size).toBe(20);
  });

  it('regions that would share a palette slot over the store get different colours in the chart that shows both', () => {
    const store = Array.from({ length: 30 }, (_, i) => `县${String(i).padStart(2, '0')}`);
    // 县00 and 县20 both prefer slot 0 of a 20-colour palette.
    const colors = regionColors(['县00', '县20'], store, THEMES.screen);
    expect(colors.get('县00')).toBe(THEMES.screen.palette[0]);
    expect(colors.get('县20')).not.toBe(colors.get('县00'));
  });

  it('a region keeps its preferred colour from chart to chart where it does not collide', () => {
    const store = ['甲', '乙', '丙', '丁'];
    expect(regionColors(['丙'], store, THEMES.screen).get('丙')).toBe(regionColors(['甲', '乙', '丙'], store, THEMES.screen).get('丙'));
  });

  it.each(THEME_NAMES)('%s: the eight counties of a ranked bar all differ', async (name) => {
    const o = buildChartOption({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null }, await county(name)) as unknown as Bars;
    expect(new Set(o.series[0].data.map((d) => d.itemStyle.color)).size).toBe(8);
  });
});

describe('highlight: the chosen region in the accent colour, the others muted, in every kind', () => {
  const highlight = ['七里河区'];
  const kinds: ChartSpec[] = [
    { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null, highlight },
    { kind: 'grouped-bar', bars: 'regions', indicator: '行政复议纠错率', ...all, highlight },
    { kind: 'line', indicator: '行政复议纠错率', ...all, highlight },
    { kind: 'small-multiples', indicator: '行政复议纠错率', ...all, sharedAxis: true, highlight },
    { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', ...all, highlight },
  ];

  /** Region → colour, however the kind paints it. */
  function paint(o: EChartsOption): Map<string, string> {
    const out = new Map<string, string>();
    const series = o.series as { name?: string; color?: string; data: ({ name?: string; itemStyle?: { color?: string; borderColor?: string }; label?: { formatter?: string } } | null)[] }[];
    for (const s of series) {
      if (s.name && s.color) out.set(s.name, s.color);
      else for (const d of s.data) if (d?.itemStyle) out.set(String(d.name ?? d.label?.formatter ?? '').split(' ')[0], d.itemStyle.borderColor ?? d.itemStyle.color ?? '');
    }
    return out;
  }

  it.each(kinds.map((s) => [s.kind, s] as const))('%s', async (_k, spec) => {
    const ctx = await county();
    const colors = paint(buildChartOption(spec, ctx));
    expect(colors.get('七里河区')).toBe(THEMES.screen.accent);
    const others = [...colors].filter(([r]) => r !== '七里河区');
    expect(others.length).toBeGreaterThan(3);
    expect(others.every(([, c]) => c === THEMES.screen.dim)).toBe(true);
  });

  it('heat table: the highlighted row in the accent colour, the other cells faded', async () => {
    const o = buildChartOption({ kind: 'heat-table', indicator: '行政复议纠错率', ...all, highlight }, await county()) as {
      yAxis: { axisLabel: { formatter: (n: string) => string } };
      series: { data: { value: number[]; itemStyle?: { opacity: number } }[] }[];
    };
    expect(o.yAxis.axisLabel.formatter('七里河区')).toBe('{lit|七里河区}');
    expect(o.yAxis.axisLabel.formatter('西固区')).toBe('{dim|西固区}');
    expect(o.series[0].data.filter((d) => d.itemStyle?.opacity).length).toBe(countyRows.length / 2 - 2);
  });
});

describe('reference lines: target and average, labelled', () => {
  it.each([
    ['ranked-bar', { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20232023, target: { value: 80 }, average: true }],
    ['line', { kind: 'line', indicator: '行政复议纠错率', ...all, target: { value: 80, label: '出庭应诉目标' }, average: true }],
    ['grouped-bar', { kind: 'grouped-bar', bars: 'regions', indicator: '行政复议纠错率', ...all, target: { value: 80 }, average: true }],
  ] as [string, ChartSpec][])('%s', async (kind, spec) => {
    const ctx = await county();
    const f = chartFacts(buildChartOption(spec, ctx));
    const labels = f.marks!.map((m) => m.label);
    expect(labels[0]).toBe(kind === 'line' ? '出庭应诉目标 80.0%' : '考核目标 80.0%');
    expect(labels[1]).toMatch(/^平均 \d+\.\d%$/);
    expect(f.marks![0].value).toBe(80);
    // The average of a rate is the ratio of the sums of its counts, and the method note says so.
    expect(chartWords(spec, ctx).notes).toContain('计数之和之比');
    expect(labels.some((l) => l.startsWith('合计'))).toBe(false);
  });

  it('the average of counts is their mean over the regions shown', async () => {
    const ctx = tinyContext(await sampleContext(), [['甲市', '培训人次', 20202020, 100], ['乙市', '培训人次', 20202020, 300]]);
    const f = chartFacts(buildChartOption({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: null, average: true }, ctx));
    expect(f.marks).toEqual([{ label: '平均 200', value: 200 }]);
    expect(chartWords({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: null, average: true }, ctx).notes).toBe('');
  });
});

describe('one number format per chart; rates say %', () => {
  it('every label has the same decimals (9.0% beside 9.3%), the axis too, with %', async () => {
    const ctx = tinyContext(await sampleContext(), [
      ['甲市', '行政复议纠错件数', 20202020, 9], ['甲市', '行政复议审结件数', 20202020, 100],
      ['乙市', '行政复议纠错件数', 20202020, 93], ['乙市', '行政复议审结件数', 20202020, 1000],
    ]);
    const o = buildChartOption({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null }, ctx) as unknown as Bars & { xAxis: { axisLabel: { formatter: (v: number) => string } } };
    expect(o.series[0].data.map((d) => d.label.formatter)).toEqual(['9.3%', '9.0%']);
    expect(o.xAxis.axisLabel.formatter(20)).toBe('20.0%');
  });

  it('spec.decimals wins', async () => {
    const ctx = await county();
    const o = buildChartOption({ kind: 'line', indicator: '行政复议纠错率', ...all, decimals: 2 }, ctx) as { series: { data: ({ label: { formatter: string } } | null)[] }[]; yAxis: { axisLabel: { formatter: (v: number) => string } } };
    const labels = o.series.flatMap((s) => s.data.flatMap((d) => (d ? [d.label.formatter] : [])));
    expect(labels.every((l) => /^\d+\.\d\d%/.test(l))).toBe(true);
    expect(o.yAxis.axisLabel.formatter(5)).toBe('5.00%');
  });

  it('counts: whole numbers, no % on the axis, no fractional ticks', async () => {
    const o = buildChartOption({ kind: 'grouped-bar', bars: 'regions', indicator: '行政复议审结件数', ...all }, await sampleContext()) as { yAxis: { minInterval: number; axisLabel: { formatter: (v: number) => string } } };
    expect(o.yAxis.axisLabel.formatter(1000)).toBe('1,000');
    expect(o.yAxis.minInterval).toBe(1);
  });
});

describe('chartWords', () => {
  const editCtx = async (): Promise<ChartContext> => {
    const base = await sampleContext();
    const regions = ['甲市', '乙市'];
    const cube = new Cube({
      blocks: [
        ...block('imp', 'S', regions, [['甲市', '培训人次', 20202020, 100], ['乙市', '培训人次', 20202020, 50]]),
        ...block('edit', '手工修改', regions, [['乙市', '培训人次', 20202020, 60]]),
      ],
      imports: [{ id: 'imp', regions }, { id: 'edit', regions }],
    });
    return { ...base, cube, files: new Map([['imp', '2023年各县区统计表.xlsx'], ['edit', '手工修改']]) };
  };

  it('source: the import names without extension, never the hand edit; 含手工修正 in the notes', async () => {
    const w = chartWords({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: null }, await editCtx());
    expect(w.source).toBe('数据来源：2023年各县区统计表');
    expect(w.notes).toBe('含手工修正');
    expect(w.title).toBe('培训人次（2020年）');
  });

  it('the method note only where a rate is summed', async () => {
    const ctx = await county();
    expect(chartWords({ kind: 'line', indicator: '行政复议纠错率', ...all }, ctx).notes).toBe('');
    expect(chartWords({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null }, ctx).notes).toBe('');
    expect(chartWords({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20232023 }, ctx).notes).toContain('计数之和之比');
  });

  it('the spec’s own words win (even blank), the generated ones stay beside them; the chart draws the effective ones', async () => {
    const ctx = await county();
    const spec: ChartSpec = { kind: 'line', indicator: '行政复议纠错率', ...all, title: '各县区纠错率', source: '', notes: '<b>注</b>' };
    const w = chartWords(spec, ctx);
    expect([w.title, w.source, w.notes]).toEqual(['各县区纠错率', '', '<b>注</b>']);
    expect(w.generated.title).toBe('行政复议纠错率（2022—2023年）');
    expect(w.generated.source).toBe('数据来源：生成数据');
    const f = chartFacts(buildChartOption(spec, ctx));
    expect(f.title).toBe('各县区纠错率');
    expect(f.footnote).toBe('<b>注</b>');
  });
});

describe('headlines', () => {
  it('清单事项数: one group per region at its latest period, a series only for list indicators with data', async () => {
    const f = chartFacts(buildChartOption(HEADLINES.lists, await sampleContext()));
    expect(f.x!.filter(Boolean)).toEqual(['瀍河回族区\n2018', '兰州市\n2023', '温州市\n2018']);
    expect(f.series.every((s) => s.values.some((v) => v !== null))).toBe(true);
    // No empty slots: every category has exactly one bar, but for one empty category between groups.
    const counts = f.x!.map((_, i) => f.series.filter((s) => s.values[i] !== null).length);
    expect(counts.filter((n) => n === 1).length).toBe(f.series.flatMap((s) => s.values).filter((v) => v !== null).length);
    expect(counts.filter((n) => n === 0).length).toBe(2);
    expect(counts.every((n) => n <= 1)).toBe(true);
  });

  it('培训人次: the training family that has data (执法人员培训人次, 领导干部培训人次 too)', async () => {
    const f = chartFacts(buildChartOption(HEADLINES.training, await sampleContext()));
    expect(f.series.map((s) => s.name)).toEqual(['培训人次', '领导干部培训人次', '执法人员培训人次']);
    expect(f.title).toBe('学法培训人次（2014—2018年）');
  });
});

describe('kind details', () => {
  it('line end labels move apart instead of overlapping', async () => {
    const o = buildChartOption({ kind: 'line', indicator: '行政复议纠错率', ...all }, await county()) as { series: { labelLayout: { moveOverlap: string }; endLabel: { show: boolean } }[] };
    expect(o.series.every((s) => s.endLabel.show && s.labelLayout.moveOverlap === 'shiftY')).toBe(true);
  });

  it('heat table: the colour scale is labelled with numbers and the unit', async () => {
    const o = buildChartOption({ kind: 'heat-table', indicator: '培训人次', ...all }, await sampleContext()) as { visualMap: { text: string[]; formatter: (v: number) => string } };
    expect(o.visualMap.text).toEqual(['15,872人次', '292人次']);
    expect(o.visualMap.formatter(1000)).toBe('1,000人次');
  });

  it('small multiples share their axis by default', async () => {
    const { CHART_REGISTRY } = await import('../../src/charts/chartKinds');
    const spec = CHART_REGISTRY['small-multiples'].defaults({ base: { indicator: '行政复议审结件数', ...all }, indicators: new Map(), hasData: () => true });
    const o = buildChartOption(spec, await sampleContext()) as { yAxis: { max?: number }[] };
    expect(new Set(o.yAxis.map((a) => a.max))).toEqual(new Set([920]));
    expect(chartWords(spec, await sampleContext()).subtitle).toBe('单位：件');
  });
});
