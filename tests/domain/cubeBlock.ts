import type { CubeBlock } from '../../src/domain/cube';

/** A small cube block from [region index, year, value] rows, for cube tests. */
export function block(importId: string, indicator: string, rows: [number, number, number][], extra: Partial<CubeBlock> = {}): CubeBlock {
  return {
    importId, sheet: 'S', indicator, unit: '件',
    regions: Uint32Array.from(rows.map((r) => r[0])),
    periods: Int32Array.from(rows.map((r) => r[1] * 10001)),
    values: Float64Array.from(rows.map((r) => r[2])),
    qualifiers: new Uint8Array(rows.length),
    rows: Uint32Array.from(rows.map((_, i) => i + 1)),
    cols: new Uint32Array(rows.length),
    rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
    ...extra,
  };
}
