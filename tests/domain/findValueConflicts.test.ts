import { describe, expect, it } from 'vitest';
import { Cube, type CubeBlock } from '../../src/domain/cube';
import { findValueConflicts } from '../../src/domain/findValueConflicts';

const block = (importId: string, values: number[]): CubeBlock => ({
  importId, sheet: 'S', indicator: '纠错', unit: '件', regions: Uint32Array.from(values.keys()), periods: new Int32Array(values.length).fill(20182018),
  values: Float64Array.from(values), qualifiers: new Uint8Array(values.length), rows: new Uint32Array(values.length), cols: new Uint32Array(values.length),
  rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
});
const imports = [{ id: 'a', regions: ['兰州市', '温州市'] }, { id: 'b', regions: ['兰州市', '温州市'] }];

describe('findValueConflicts', () => {
  it('lists cells whose imports disagree, with the value in force', () => {
    const cube = new Cube({ blocks: [block('a', [57, 159]), block('b', [60, 159])], imports });
    expect(findValueConflicts(cube).map((c) => ({ r: c.region, opts: c.options.map((o) => [o.importId, o.value]), chosen: c.chosen }))).toEqual([
      { r: '兰州市', opts: [['a', 57], ['b', 60]], chosen: 'b' },
    ]);
  });

  it('follows a pin', () => {
    const cube = new Cube({ blocks: [block('a', [57, 159]), block('b', [60, 159])], imports, pins: new Map([['兰州市\u0001纠错\u000120182018', 'a']]) });
    expect(findValueConflicts(cube)[0].chosen).toBe('a');
  });

  it('ignores identical re-imports', () => {
    expect(findValueConflicts(new Cube({ blocks: [block('a', [57]), block('b', [57])], imports }))).toEqual([]);
  });
});
