import { describe, expect, it } from 'vitest';
import { indicatorValues, ratioOfSums, type ValuePoint } from '../../src/domain/indicatorValues';
import { Cube, type CubeBlock } from '../../src/domain/cube';
import type { Indicator } from '../../src/domain/model';
import { sampleContext } from '../charts/sampleContext';

const round = (n: number) => Math.round(n * 10) / 10;
const RATE: Indicator = { id: '率', name: '率', nameEn: '', unit: '%', category: '', aliases: [], numerator: '分子', denominator: '分母' };

function cube(rows: [string, string, number, number][]): Cube {
  const regions = [...new Set(rows.map((r) => r[0]))];
  const byInd = new Map<string, [string, string, number, number][]>();
  for (const r of rows) byInd.set(r[1], [...(byInd.get(r[1]) ?? []), r]);
  const blocks: CubeBlock[] = [...byInd].map(([indicator, rs]) => ({
    importId: 'i', sheet: 'S', indicator, unit: '',
    regions: Uint32Array.from(rs.map((r) => regions.indexOf(r[0]))),
    periods: Int32Array.from(rs.map((r) => r[2] * 10001)),
    values: Float64Array.from(rs.map((r) => r[3])),
    qualifiers: new Uint8Array(rs.length), rows: new Uint32Array(rs.length), cols: new Uint32Array(rs.length),
    rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
  }));
  return new Cube({ blocks, imports: [{ id: 'i', regions }] });
}

const brief = (p: ValuePoint) => ({ v: round(p.value), o: p.origin, n: p.origin === 'computed' ? p.numerator : undefined, d: p.origin === 'computed' ? p.denominator : undefined, small: p.small, mismatch: p.mismatch });

describe('derived rates', () => {
  it.each([
    ['computed from counts', [['甲', '分子', 2018, 3], ['甲', '分母', 2018, 30]], { v: 10, o: 'computed', n: 3, d: 30, small: false, mismatch: false }],
    ['0/0 is no data', [['甲', '分子', 2018, 0], ['甲', '分母', 2018, 0]], null],
    ['a small denominator is marked', [['甲', '分子', 2018, 2], ['甲', '分母', 2018, 2]], { v: 100, o: 'computed', n: 2, d: 2, small: true, mismatch: false }],
    ['a stated rate alone is shown as stated', [['甲', '率', 2018, 17.3]], { v: 17.3, o: 'stated', n: undefined, d: undefined, small: false, mismatch: false }],
    ['a stated rate within 0.5 point agrees', [['甲', '率', 2018, 17.3], ['甲', '分子', 2018, 159], ['甲', '分母', 2018, 920]], { v: 17.3, o: 'computed', n: 159, d: 920, small: false, mismatch: false }],
    ['a stated rate off by more than 0.5 point is flagged', [['甲', '率', 2018, 20], ['甲', '分子', 2018, 159], ['甲', '分母', 2018, 920]], { v: 17.3, o: 'computed', n: 159, d: 920, small: false, mismatch: true }],
    ['a numerator without denominator is no rate', [['甲', '分子', 2018, 3]], null],
  ] as const)('%s', (_name, rows, expected) => {
    const points = [...indicatorValues(cube(rows as unknown as [string, string, number, number][]), RATE).values()];
    expect(points.length ? brief(points[0]) : null).toEqual(expected);
  });

  it('keeps the stated rate beside the computed one', () => {
    const [p] = indicatorValues(cube([['甲', '率', 2018, 20], ['甲', '分子', 2018, 1], ['甲', '分母', 2018, 20]]), RATE).values();
    expect(p).toMatchObject({ origin: 'computed', stated: 20 });
    expect(p.sources.map((s) => s.role)).toEqual(['numerator', 'denominator', 'stated']);
  });

  it('combines regions as the ratio of sums, not the mean of rates', () => {
    const pts = indicatorValues(cube([['甲', '分子', 2018, 1], ['甲', '分母', 2018, 2], ['乙', '分子', 2018, 10], ['乙', '分母', 2018, 100], ['丙', '率', 2018, 90]]), RATE).values();
    const r = ratioOfSums(pts);
    expect(r && { value: round(r.value), n: r.numerator, d: r.denominator, count: r.count }).toEqual({ value: 10.8, n: 11, d: 102, count: 2 });
    expect(ratioOfSums([])).toBeNull();
  });
});

describe('the sample data', () => {
  it('gives the 纠错率 the reports support', async () => {
    const ctx = await sampleContext();
    const pts = [...indicatorValues(ctx.cube, ctx.indicators.get('行政复议纠错率')!).values()]
      .map((p) => p.origin === 'computed' ? `${p.region} ${p.period % 10000} ${round(p.value)}% (${p.numerator}/${p.denominator})${p.small ? ' small' : ''}${p.stated !== undefined ? ` stated ${p.stated}` : ''}${p.mismatch ? ' MISMATCH' : ''}` : `${p.region} ${p.period % 10000} ${round(p.value)}% (undefined/undefined)`)
      .sort();
    expect(pts).toEqual([
      '兰州市 2014 6.9% (7/101)',
      '兰州市 2023 16.6% (57/343)',
      '温州市 2018 17.3% (159/920) stated 17.3',
      '瀍河回族区 2018 100% (2/2) small',
    ]);
  });
});
