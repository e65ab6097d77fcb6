import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildChartOption } from '../../src/charts/buildChartOption';
import type { ChartSpec } from '../../src/charts/chartSpec';
import { THEMES } from '../../src/charts/chartTheme';
import { Cube } from '../../src/domain/cube';
import { chartWords } from '../../src/charts/chartWords';
import { chartFacts } from './chartFacts';
import { sampleContext } from './sampleContext';
import { tinyContext } from './tinyContext';

// What each kind shows of the sample data (the seeds' figures), as a reader would state it:
// categories, series, values, labels and marks. No colours or layout: a palette change leaves these alone.

const all = { regions: { mode: 'all' }, from: null, to: null } as const;
const YEARS = ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
const at = (i: number, v: number) => YEARS.map((_, k) => (k === i ? v : null));
const RATE_NOTE = '比率由计数计算（多个地区或期间合计时为“计数之和之比”）';
const SMALL_NOTE = '虚线框：分母小于 10';
const notesOf = async (spec: ChartSpec, ctx?: Awaited<ReturnType<typeof sampleContext>>) => chartWords(spec, ctx ?? (await sampleContext())).notes;
const facts = async (spec: ChartSpec) => chartFacts(buildChartOption(spec, await sampleContext()));

describe('buildChartOption: each kind over the sample data', () => {
  it('ranked bar: 纠错率, one bar per region at its latest period, each label with its year, no total across periods', async () => {
    const f = await facts({ kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null });
    expect(f).toMatchObject({
      title: '行政复议纠错率（2018—2023年）',
      subtitle: '单位：%；各地区最新年份',
      y: ['瀍河回族区 2018', '温州市 2018', '兰州市 2023'],
      series: [{ values: [100, 17.283, 16.618], labels: ['100.0% n=2', '17.3%', '16.6%'], faint: [0] }],
    });
    expect(f.marks).toBeUndefined();
    expect(f.footnote?.split('\n')[0]).toBe(SMALL_NOTE);
  });

  it('ranked bar of one period: the ratio of sums as a 合计 line, and the method note in the notes', async () => {
    const spec: ChartSpec = { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: 20182018 };
    const f = await facts(spec);
    expect(f.title).toBe('行政复议纠错率（2018年）');
    expect(f.subtitle).toBe('单位：%');
    expect(f.y).toEqual(['瀍河回族区', '温州市']);
    expect(f.marks).toEqual([{ label: '合计 17.5%', value: 17.462 }]);
    expect(await notesOf(spec)).toBe(`${RATE_NOTE}；${SMALL_NOTE}`);
  });

  it('ranked bar: one period labels bars by region alone', async () => {
    expect(await facts({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: 20182018 })).toMatchObject({
      title: '培训人次（2018年）',
      subtitle: '单位：人次',
      y: ['温州市', '瀍河回族区'],
      series: [{ values: [15872, 292], labels: ['15,872人次', '292人次'] }],
    });
  });

  it('grouped bar by region: periods across, one series per region, a missing year a gap', async () => {
    expect(await facts({ kind: 'grouped-bar', bars: 'regions', indicator: '行政复议审结件数', ...all })).toMatchObject({
      title: '行政复议审结件数（2014—2023年）',
      subtitle: '单位：件',
      x: YEARS,
      series: [
        { name: '瀍河回族区', values: at(4, 2), labels: at(4, 0).map((v) => (v === null ? null : '2件')) },
        { name: '兰州市', values: YEARS.map((_, k) => (k === 0 ? 101 : k === 9 ? 343 : null)), labels: YEARS.map((_, k) => (k === 0 ? '101件' : k === 9 ? '343件' : null)) },
        { name: '温州市', values: at(4, 920), labels: at(4, 0).map((v) => (v === null ? null : '920件')) },
      ],
    });
  });

  it('grouped bar of indicators side by side: one group per region (its latest period), series only for indicators with data, no empty slots', async () => {
    const ctx = await sampleContext();
    const o = buildChartOption({ kind: 'grouped-bar', bars: 'indicators', indicator: '权力清单事项数', others: ['权责清单事项数', '负面清单事项数', '随机抽查事项清单事项数', '两轻一免清单事项数'], ...all }, ctx);
    const f = chartFacts(o);
    expect(f.title).toBe('清单事项数对比（2018—2023年）');
    expect(f.subtitle).toBe('单位：项；各地区最新年份');
    // One category per bar; each group labelled once with its region and period.
    // One category per bar (an empty one between groups), each group labelled once.
    expect(f.x).toEqual(['瀍河回族区\n2018', '', '兰州市\n2023', '', '温州市\n2018']);
    expect(f.series.map((s) => [s.name, s.values])).toEqual([
      ['权责清单事项数', [1290, null, null, null, null]],
      ['随机抽查事项清单事项数', [null, null, null, null, 237]],
      ['两轻一免清单事项数', [null, null, 2600, null, null]],
    ]);
    expect(f.series[2].labels).toEqual([null, null, '约2,600项', null, null]);
    // Every bar category holds exactly one bar, and all series share its slot.
    const series = o.series as { data: unknown[]; barGap: string }[];
    expect(f.x!.map((_, i) => series.filter((s) => s.data[i] !== null).length)).toEqual([1, 0, 1, 0, 1]);
    expect(series.every((s) => s.barGap === '-100%')).toBe(true);
    expect((o.xAxis as { axisLabel: { interval: number } }).axisLabel.interval).toBe(0);
  });

  it('line: one line per region, the small denominator faint', async () => {
    const f = await facts({ kind: 'line', indicator: '行政复议纠错率', ...all });
    expect(f.subtitle).toBe('单位：%');
    expect(await notesOf({ kind: 'line', indicator: '行政复议纠错率', ...all })).toBe(SMALL_NOTE);
    expect(f.x).toEqual(YEARS);
    expect(f.series).toEqual([
      { name: '瀍河回族区', values: at(4, 100), labels: at(4, 0).map((v) => (v === null ? null : '100.0% n=2')), faint: [4] },
      { name: '兰州市', values: YEARS.map((_, k) => (k === 0 ? 6.931 : k === 9 ? 16.618 : null)), labels: YEARS.map((_, k) => (k === 0 ? '6.9%' : k === 9 ? '16.6%' : null)) },
      { name: '温州市', values: at(4, 17.283), labels: at(4, 0).map((v) => (v === null ? null : '17.3%')) },
    ]);
  });

  it('line of one chosen region, years limited', async () => {
    const f = await facts({ kind: 'line', indicator: '行政复议纠错率', regions: { mode: 'list', ids: ['兰州市'] }, from: 2010, to: 2025 });
    expect(f.subtitle).toBe('单位：%');
    expect(f.title).toBe('行政复议纠错率（2014—2023年）');
    expect(f.series.map((s) => [s.name, s.values])).toEqual([['兰州市', YEARS.map((_, k) => (k === 0 ? 6.931 : k === 9 ? 16.618 : null))]]);
  });

  it.each([
    [true, [[0, 920], [0, 920], [0, 920]], ''],
    [false, [[undefined, undefined], [undefined, undefined], [undefined, undefined]], '；各小图纵轴独立'],
  ])('small multiples (shared axis %s): one panel per region', async (sharedAxis, axes, note) => {
    const o = buildChartOption({ kind: 'small-multiples', indicator: '行政复议审结件数', ...all, sharedAxis }, await sampleContext()) as EChartsOption & { yAxis: { min?: number; max?: number }[] };
    const f = chartFacts(o);
    expect(f.panels).toEqual(['瀍河回族区', '兰州市', '温州市']);
    expect(f.subtitle).toBe(`单位：件${note}`);
    expect(f.series.map((s) => [s.name, s.values])).toEqual([
      ['瀍河回族区', at(4, 2)],
      ['兰州市', YEARS.map((_, k) => (k === 0 ? 101 : k === 9 ? 343 : null))],
      ['温州市', at(4, 920)],
    ]);
    expect(o.yAxis.map((a) => [a.min, a.max])).toEqual(axes);
  });

  it('heat table: regions down, periods across, the value written in each cell that has one', async () => {
    expect(await facts({ kind: 'heat-table', indicator: '培训人次', ...all })).toMatchObject({
      title: '培训人次（2014—2018年）',
      subtitle: '单位：人次',
      x: ['2014', '2015', '2016', '2017', '2018'],
      y: ['瀍河回族区', '兰州市', '温州市'],
      series: [{ values: [[0, 1, 13337], [4, 0, 292], [4, 2, 15872]], labels: ['13,337人次', '292人次', '15,872人次'] }],
    });
  });

  it('scatter: one point per region and period where both indicators exist, labelled by both', async () => {
    const o = buildChartOption({ kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', ...all }, await sampleContext()) as EChartsOption & { xAxis: { name: string }; yAxis: { name: string } };
    expect([o.xAxis.name, o.yAxis.name]).toEqual(['行政复议审结件数', '行政复议纠错件数']);
    expect(chartFacts(o)).toMatchObject({
      title: '行政复议审结件数 × 行政复议纠错件数（2014—2023年）',
      subtitle: '单位：件',
      series: [{ values: [[101, 7], [2, 2], [920, 159], [343, 57]], labels: ['兰州市 2014', '瀍河回族区 2018', '温州市 2018', '兰州市 2023'] }],
    });
  });
});

describe('buildChartOption: marks on generated values', () => {
  // 甲: counts only; 乙: a stated rate and no counts; 丙: counts and a stated rate 3 points off.
  const rows: [string, string, number, number][] = [
    ['甲市', '行政复议纠错件数', 20202020, 10], ['甲市', '行政复议审结件数', 20202020, 50],
    ['乙市', '行政复议纠错率', 20202020, 12.5],
    ['丙市', '行政复议纠错件数', 20202020, 30], ['丙市', '行政复议审结件数', 20202020, 100], ['丙市', '行政复议纠错率', 20202020, 33],
  ];

  it.each(['ranked-bar', 'line'] as const)('%s: a stated-only rate is faint and marked as stated, a disagreeing one flagged', async (kind) => {
    const ctx = tinyContext(await sampleContext(), rows);
    const spec: ChartSpec = kind === 'ranked-bar' ? { kind, indicator: '行政复议纠错率', ...all, period: null } : { kind, indicator: '行政复议纠错率', ...all };
    const f = chartFacts(buildChartOption(spec, ctx));
    expect(f.subtitle).toBe('单位：%');
    expect(await notesOf(spec, ctx)).toBe(`${kind === 'ranked-bar' ? '' : ''}“所报”：仅有报告所载比率；⚠ 所报比率与计数不符`);
    const labels = f.series.flatMap((s) => s.labels ?? []).filter(Boolean);
    expect(labels.sort()).toEqual(['12.5%（所报）', '20.0%', '30.0% ⚠'].sort());
    const faint = f.series.flatMap((s) => (s.faint ?? []).map((i) => s.labels?.[i]));
    expect(faint).toEqual(['12.5%（所报）']);
  });

  it('heat table: a small denominator is starred in its cell', async () => {
    const ctx = tinyContext(await sampleContext(), [['甲市', '行政复议纠错件数', 20202020, 1], ['甲市', '行政复议审结件数', 20202020, 4]]);
    expect(chartFacts(buildChartOption({ kind: 'heat-table', indicator: '行政复议纠错率', ...all }, ctx)).series[0].labels).toEqual(['25%*']);
  });
});

describe('buildChartOption: behaviour across kinds', () => {
  const rankedAll: ChartSpec = { kind: 'ranked-bar', indicator: '行政复议纠错率', ...all, period: null };

  it('labels a span as a span', async () => {
    expect((await facts({ kind: 'line', indicator: '行政执法部门数', ...all })).x).toContain('2011—2015');
  });

  it('selects regions by level', async () => {
    const ctx = await sampleContext();
    const regions = new Map([['兰州市', { id: '兰州市', name: '兰州市', aliases: [], level: '地级市', parent: '甘肃省' }], ['温州市', { id: '温州市', name: '温州市', aliases: [], level: '地级市', parent: '浙江省' }]]);
    expect(chartFacts(buildChartOption({ ...rankedAll, regions: { mode: 'level', level: '地级市' } }, { ...ctx, regions })).y).toEqual(['温州市 2018', '兰州市 2023']);
  });

  it('keeps one colour per region across kinds', async () => {
    const ctx = await sampleContext();
    const bar = buildChartOption(rankedAll, ctx) as { series: { data: { itemStyle: { color: string } }[] }[]; yAxis: { data: string[] } };
    const line = buildChartOption({ kind: 'line', indicator: '行政复议纠错率', ...all }, ctx) as { series: { name: string; color: string }[] };
    const lanzhouBar = bar.series[0].data[bar.yAxis.data.indexOf('兰州市 2023')].itemStyle.color;
    expect(line.series.find((s) => s.name === '兰州市')?.color).toBe(lanzhouBar);
  });

  it('drawn with words already made (the page has them for the placeholders) or making them: the same option', async () => {
    const ctx = await sampleContext();
    const spec: ChartSpec = { ...rankedAll, title: '自拟标题', notes: '' };
    expect(JSON.stringify(buildChartOption(spec, ctx, chartWords(spec, ctx)))).toBe(JSON.stringify(buildChartOption(spec, ctx)));
    expect(JSON.stringify(buildChartOption(spec, { ...ctx, foot: false }, chartWords(spec, ctx)))).toBe(JSON.stringify(buildChartOption(spec, { ...ctx, foot: false })));
  });

  it('the projector theme changes the look, not what is shown', async () => {
    const screen = await sampleContext();
    const spec: ChartSpec = { kind: 'grouped-bar', bars: 'regions', indicator: '行政复议审结件数', ...all };
    expect(chartFacts(buildChartOption(spec, { ...screen, theme: THEMES['projector-dark'] }))).toEqual(chartFacts(buildChartOption(spec, screen)));
  });

  it('escapes cell text in tooltips', async () => {
    const o = buildChartOption({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: 20182018 }, await sampleContext()) as { series: { data: { tip: () => string }[] }[] };
    expect(o.series[0].data[0].tip()).toMatch(/^<b>/);
    expect(o.series[0].data.every((d) => !/<img|<script/i.test(d.tip()))).toBe(true);
  });

  it('escapes hostile region names in tooltips and draws hundreds of bars in large mode', async () => {
    const ctx = await sampleContext();
    const evil = '<img src=x onerror=alert(1)>';
    const regions = [evil, ...Array.from({ length: 499 }, (_, i) => `地区${i}`)];
    const n = regions.length;
    const cube = new Cube({
      blocks: [{
        importId: 'h', sheet: 'S', indicator: '培训人次', unit: '人次', regions: Uint32Array.from(regions.keys()), periods: new Int32Array(n).fill(20182018),
        values: Float64Array.from(regions.keys(), (i) => 1000 - i), qualifiers: new Uint8Array(n), rows: new Uint32Array(n), cols: new Uint32Array(n),
        rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
      }],
      imports: [{ id: 'h', regions }],
    });
    const o = buildChartOption({ kind: 'ranked-bar', indicator: '培训人次', ...all, period: 20182018 }, { ...ctx, cube }) as {
      series: { large: boolean; data: number[]; tooltip: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(o.series[0].large).toBe(true);
    expect(o.series[0].data.length).toBe(500);
    const tip = o.series[0].tooltip.formatter({ dataIndex: 0 });
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
  });

  it('puts the notes and source line at the foot and makes room for them; a caller’s own source part is replaced, its note kept', async () => {
    const ctx = await sampleContext();
    const bare = buildChartOption(rankedAll, { ...ctx, foot: false }) as { grid: { bottom: number }; graphic?: unknown };
    expect(bare.graphic).toBeUndefined();
    const o = buildChartOption(rankedAll, { ...ctx, footnote: '请关注 · 数据来源：示例数据.xlsx' }) as { grid: { bottom: number } };
    const [notes, source] = chartFacts(o).footnote!.split('\n');
    expect(notes).toBe(`${SMALL_NOTE}；请关注`);
    expect(source).toMatch(/^数据来源：关于瀍河回族区2018年度法治政府建设的报告、/);
    expect(source).not.toContain('示例数据');
    expect(o.grid.bottom).toBeGreaterThan(bare.grid.bottom);
  });

  it('is pure: the same input gives the same output and the spec is not mutated', async () => {
    const ctx = await sampleContext();
    const spec = structuredClone(rankedAll);
    const a = chartFacts(buildChartOption(spec, ctx));
    expect(chartFacts(buildChartOption(spec, ctx))).toEqual(a);
    expect(spec).toEqual(rankedAll);
  });
});

describe('where a computed rate\'s counts were written', () => {
  it('names the report, the paragraph and offset, and the sentence of each count', async () => {
    const { tooltipText } = await import('../../src/charts/tooltipText');
    const { indicatorValues } = await import('../../src/domain/indicatorValues');
    const ctx = await sampleContext();
    const ind = ctx.indicators.get('行政复议纠错率')!;
    const p = [...indicatorValues(ctx.cube, ind).values()].find((x) => x.region === '兰州市' && x.origin === 'computed' && x.denominator === 101)!;
    const tip = tooltipText(ctx, p, ind);
    expect(tip).toMatch(/分子来源：兰州市2014年依法行政工作情况汇报 · 第\d+段第\d+字/);
    expect(tip).toContain('原文：撤销、变更或确认违法7件');
    expect(tip).toContain('原文：目前依法审结101件');
  });
});
