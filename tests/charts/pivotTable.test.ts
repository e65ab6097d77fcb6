import { describe, expect, it } from 'vitest';
import { pivotTable } from '../../src/charts/pivotTable';
import { sampleContext } from './sampleContext';

describe('pivotTable (数据 → 透视)', () => {
  it('regions down, the periods with values across, a missing cell empty', async () => {
    const t = pivotTable(await sampleContext(), '培训人次');
    expect({ rate: t.rate, periods: t.periods, rows: t.rows.map((r) => [r.region, ...r.cells.map((c) => c?.value ?? null)]) }).toEqual({
      rate: false,
      periods: [20142014, 20182018],
      rows: [['瀍河回族区', null, 292], ['兰州市', 13337, null], ['温州市', null, 15872]],
    });
  });

  it('a rate carries its counts in each computed cell', async () => {
    const t = pivotTable(await sampleContext(), '行政复议纠错率');
    const lanzhou = t.rows.find((r) => r.region === '兰州市')!.cells.find(Boolean)!;
    expect(lanzhou).toMatchObject({ origin: 'computed', numerator: 7, denominator: 101 });
    expect(t.rate).toBe(true);
  });

  it('an indicator without data is an empty table', async () => {
    const t = pivotTable(await sampleContext(), '没有的指标');
    expect([t.points.length, t.rows, t.periods]).toEqual([0, [], []]);
  });
});
