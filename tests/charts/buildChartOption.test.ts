import { describe, expect, it } from 'vitest';
import { buildChartOption } from '../../src/charts/buildChartOption';
import type { ChartSpec } from '../../src/charts/chartSpec';
import { sampleContext } from './sampleContext';
import { Cube } from '../../src/domain/cube';

/** Options as JSON with rounded numbers: functions (the tooltip formatter) drop out. */
const json = (o: unknown) => JSON.parse(JSON.stringify(o, (_k, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));

const SPECS: [string, ChartSpec][] = [
  ['ranked bar of 纠错率 over every region-period', { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null }],
  ['ranked bar of 培训人次 in 2018', { kind: 'ranked-bar', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null, period: 20182018 }],
  ['grouped bar of 行政复议审结件数', { kind: 'grouped-bar', indicator: '行政复议审结件数', regions: { mode: 'all' }, from: null, to: null }],
  ['清单 indicators side by side', { kind: 'grouped-bar', indicator: '权力清单事项数', also: ['权责清单事项数', '负面清单事项数', '随机抽查事项清单事项数', '两轻一免清单事项数'], regions: { mode: 'all' }, from: null, to: null }],
  ['line of 纠错率 for 兰州市', { kind: 'line', indicator: '行政复议纠错率', regions: { mode: 'list', ids: ['兰州市'] }, from: 2010, to: 2025 }],
  ['small multiples with a shared axis', { kind: 'small-multiples', indicator: '行政复议审结件数', regions: { mode: 'all' }, from: null, to: null, sharedAxis: true }],
  ['heat table of 培训人次', { kind: 'heat-table', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null }],
  ['scatter of 审结 × 纠错', { kind: 'scatter', indicator: '行政复议审结件数', indicator2: '行政复议纠错件数', regions: { mode: 'all' }, from: null, to: null }],
];

describe('buildChartOption', () => {
  it.each(SPECS)('%s', async (_name, spec) => {
    const ctx = await sampleContext();
    expect(json(buildChartOption(spec, ctx))).toMatchSnapshot();
  });

  it('puts the reports’ figures on the 纠错率 chart, small denominators marked', async () => {
    const o = buildChartOption(SPECS[0][1], await sampleContext()) as { yAxis: { data: string[] }; series: { data: { value: number; label: { formatter: string } }[] }[] };
    expect(o.yAxis.data).toEqual(['瀍河回族区 2018', '温州市 2018', '兰州市 2023', '兰州市 2014']);
    expect(o.series[0].data.map((d) => d.label.formatter)).toEqual(['100% n=2', '17.3%', '16.6%', '6.9%']);
  });

  it('draws a missing year as a gap, never a zero', async () => {
    const o = buildChartOption(SPECS[4][1], await sampleContext()) as { xAxis: { data: string[] }; series: { data: unknown[] }[] };
    expect(o.xAxis.data[0]).toBe('2014');
    expect(o.xAxis.data.at(-1)).toBe('2023');
    expect(o.series[0].data.filter((d) => d === null).length).toBe(8);
  });

  it('labels a span as a span', async () => {
    const o = buildChartOption({ kind: 'line', indicator: '行政执法部门数', regions: { mode: 'all' }, from: null, to: null }, await sampleContext()) as { xAxis: { data: string[] } };
    expect(o.xAxis.data).toContain('2011—2015');
  });

  it('selects regions by level', async () => {
    const ctx = await sampleContext();
    const regions = new Map([['兰州市', { id: '兰州市', name: '兰州市', aliases: [], level: '地级市', parent: '甘肃省' }], ['温州市', { id: '温州市', name: '温州市', aliases: [], level: '地级市', parent: '浙江省' }]]);
    const o = buildChartOption({ ...SPECS[0][1], regions: { mode: 'level', level: '地级市' } }, { ...ctx, regions }) as { yAxis: { data: string[] } };
    expect(o.yAxis.data).toEqual(['温州市 2018', '兰州市 2023', '兰州市 2014']);
  });

  it('keeps one colour per region across kinds', async () => {
    const ctx = await sampleContext();
    const bar = buildChartOption(SPECS[0][1], ctx) as { series: { data: { itemStyle: { color: string } }[] }[]; yAxis: { data: string[] } };
    const line = buildChartOption({ ...SPECS[4][1], regions: { mode: 'all' } }, ctx) as { series: { name: string; color: string }[] };
    const lanzhouBar = bar.series[0].data[bar.yAxis.data.indexOf('兰州市 2014')].itemStyle.color;
    expect(line.series.find((s) => s.name === '兰州市')?.color).toBe(lanzhouBar);
  });

  it('escapes cell text in tooltips', async () => {
    const ctx = await sampleContext();
    const o = buildChartOption(SPECS[1][1], ctx) as { series: { data: { tip: () => string }[] }[] };
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
    const o = buildChartOption({ kind: 'ranked-bar', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null, period: 20182018 }, { ...ctx, cube }) as {
      series: { large: boolean; data: number[]; tooltip: { formatter: (p: { dataIndex: number }) => string } }[];
    };
    expect(o.series[0].large).toBe(true);
    expect(o.series[0].data.length).toBe(500);
    const tip = o.series[0].tooltip.formatter({ dataIndex: 0 });
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
  });

  it('puts a foot line on exported charts and makes room for it', async () => {
    const ctx = await sampleContext();
    const plain = buildChartOption(SPECS[0][1], ctx) as { grid: { bottom: number } };
    const o = buildChartOption(SPECS[0][1], { ...ctx, footnote: '数据来源:示例数据.xlsx' }) as { grid: { bottom: number }; graphic: { style: { text: string } }[] };
    expect(o.graphic[0].style.text).toBe('数据来源:示例数据.xlsx');
    expect(o.grid.bottom).toBeGreaterThan(plain.grid.bottom);
  });

  it('is pure: the same input gives the same output and the spec is not mutated', async () => {
    const ctx = await sampleContext();
    const spec = structuredClone(SPECS[0][1]);
    const a = json(buildChartOption(spec, ctx));
    expect(json(buildChartOption(spec, ctx))).toEqual(a);
    expect(spec).toEqual(SPECS[0][1]);
  });
});
