import { describe, expect, it } from 'vitest';
import { Cube } from '../../src/domain/cube';
import { block } from './cubeBlock';


const effective = (cube: Cube) => {
  const out: string[] = [];
  for (let i = 0; i < cube.n; i++) if (cube.effective[i]) out.push(`${cube.regions[cube.region[i]]}|${cube.indicators[cube.indicator[i]]}|${cube.period[i] % 10000}|${cube.value[i]}`);
  return out.sort();
};

describe('Cube', () => {
  const imports = [
    { id: 'a', regions: ['兰州市', '温州市'] },
    { id: 'b', regions: ['温州市'] },
  ];
  const blocks = [block('a', '纠错', [[0, 2018, 1], [1, 2018, 2], [1, 2017, 5]]), block('b', '纠错', [[0, 2018, 3]])];

  it.each([
    ['latest import wins', {}, ['兰州市|纠错|2018|1', '温州市|纠错|2017|5', '温州市|纠错|2018|3']],
    ['a pin beats the latest', { pins: new Map([['温州市\u0001纠错\u000120182018', 'a']]) }, ['兰州市|纠错|2018|1', '温州市|纠错|2017|5', '温州市|纠错|2018|2']],
    ['a merged region counts as its target', { regionAlias: new Map([['兰州市', '温州市']]) }, ['温州市|纠错|2017|5', '温州市|纠错|2018|3']],
    ['a merged indicator counts as its target', { indicatorAlias: new Map([['纠错', '行政复议纠错件数']]) }, ['兰州市|行政复议纠错件数|2018|1', '温州市|行政复议纠错件数|2017|5', '温州市|行政复议纠错件数|2018|3']],
  ])('%s', (_name, extra, expected) => {
    const cube = new Cube({ blocks, imports, ...extra });
    expect(effective(cube)).toEqual(expected);
    expect(cube.n).toBe(4);
  });

  it('a later import order wins regardless of block order', () => {
    const cube = new Cube({ blocks: [...blocks].reverse(), imports });
    expect(effective(cube)).toContain('温州市|纠错|2018|3');
  });

  it('answers units, raw text and sources from sparse columns', () => {
    const b = block('a', '纠错', [[0, 2018, 2600], [1, 2018, 17.3]], {
      rawRows: Uint32Array.of(0), rawTexts: ['2600余'], unitRows: Uint32Array.of(1), unitTexts: ['%'],
    });
    const cube = new Cube({ blocks: [b], imports });
    expect([cube.rawOf(0), cube.rawOf(1)]).toEqual(['2600余', '']);
    expect([cube.unitOf(0), cube.unitOf(1)]).toEqual(['件', '%']);
    expect(cube.sourceOf(1)).toEqual({ importId: 'a', sheet: 'S', row: 2, col: 0 });
    expect(cube.ofIndicator('纠错')).toEqual([0, 1]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(blocks);
    new Cube({ blocks, imports });
    expect(blocks).toEqual(copy);
  });
});
