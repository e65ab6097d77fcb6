import { Cube, type CubeBlock } from '../../src/domain/cube';
import type { ChartContext } from '../../src/charts/chartContext';

/** [region, indicator, period key, value] */
export type Row = [string, string, number, number];

/** A chart context over a handful of generated values (one import, one block per indicator). */
export function tinyContext(base: ChartContext, rows: readonly Row[]): ChartContext {
  const regions = [...new Set(rows.map((r) => r[0]))];
  const blocks: CubeBlock[] = [...new Set(rows.map((r) => r[1]))].map((indicator, b) => {
    const mine = rows.filter((r) => r[1] === indicator);
    const n = mine.length;
    return {
      importId: 'tiny', sheet: 'S', indicator, unit: base.indicators.get(indicator)?.unit ?? '',
      regions: Uint32Array.from(mine, (r) => regions.indexOf(r[0])), periods: Int32Array.from(mine, (r) => r[2]),
      values: Float64Array.from(mine, (r) => r[3]), qualifiers: new Uint8Array(n),
      rows: Uint32Array.from(mine, (_, i) => i + 2), cols: new Uint32Array(n).fill(b + 1),
      rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
    };
  });
  return { ...base, cube: new Cube({ blocks, imports: [{ id: 'tiny', regions }] }), files: new Map([['tiny', '生成数据.xlsx']]) };
}
