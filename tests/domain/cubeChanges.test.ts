import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../fixtures/layoutGenerator';
import { Cube } from '../../src/domain/cube';
import { block } from './cubeBlock';
import { countInForce } from '../../src/domain/countInForce';
import { indicatorValues } from '../../src/domain/indicatorValues';


const a = { id: 'a', regions: ['兰州市', '温州市'], importedAt: 1 };
const b = { id: 'b', regions: ['温州市', '台州市'], importedAt: 2 };
const blocksA = [block('a', '纠错', [[0, 2018, 1], [1, 2018, 2]]), block('a', '受理', [[0, 2018, 10]])];
const blocksB = [block('b', '纠错', [[0, 2018, 3], [1, 2018, 4]]), block('b', '审结', [[1, 2018, 9]])];

/** Every observation as the grid and charts read it, and whether it is in force. */
const cells = (c: Cube) => Array.from({ length: c.n }, (_, i) => `${c.regionOf(i)}|${c.indicatorOf(i)}|${c.period[i] % 10000}|${c.value[i]}|${c.inForce(i) ? 1 : 0}`);
const whole = new Cube({ blocks: [...blocksA, ...blocksB], imports: [a, b] });

describe('a cube changed from the one before, not rebuilt from storage', () => {
  it('adding an import’s blocks gives the cube built whole', async () => {
    const next = await new Cube({ blocks: blocksA, imports: [a] }).withImports([b], blocksB);
    expect(cells(next)).toEqual(cells(whole));
    expect(next.regions).toEqual(whole.regions);
    expect(next.indicators).toEqual(whole.indicators);
    expect(next.ofIndicator('纠错')).toEqual(whole.ofIndicator('纠错'));
  });

  it('an import already in the cube is not added twice', async () => {
    expect(await whole.withImports([b], blocksB)).toBe(whole);
  });

  it('dropping an undone import puts the values it superseded in force again', async () => {
    const next = await whole.withoutImports(['b']);
    expect(cells(next)).toEqual(cells(new Cube({ blocks: blocksA, imports: [a] })));
    expect(next.regions).not.toContain('台州市');
  });

  it('an import older than the newest one still ranks by its time', async () => {
    const next = await new Cube({ blocks: blocksB, imports: [b] }).withImports([a], blocksA);
    expect(next.imports).toEqual(['a', 'b']);
    expect(cells(next).filter((c) => c.endsWith('|1')).sort()).toEqual(cells(whole).filter((c) => c.endsWith('|1')).sort());
  });

  it.each([
    ['a pin', { pins: new Map([['兰州市\u0001纠错\u000120182018', 'a']]) }],
    ['a merge', { indicatorAlias: new Map([['受理', '纠错']]) }],
  ])('%s gives the cube built whole under it', async (_name, rules) => {
    const next = await whole.withRules(rules);
    expect(cells(next)).toEqual(cells(new Cube({ blocks: [...blocksA, ...blocksB], imports: [a, b], ...rules })));
  });

  it('unchanged rules keep the cube as it is', async () => {
    expect(await whole.withRules({ pins: new Map(), indicatorAlias: new Map() })).toBe(whole);
  });

  it('two cubes extended from one base keep their own rows (the base\'s spare room is used once)', async () => {
    const c = { id: 'c', regions: ['兰州市'], importedAt: 3 };
    const d = { id: 'd', regions: ['温州市'], importedAt: 4 };
    const e = { id: 'e', regions: ['台州市'], importedAt: 5 };
    const blockC = block('c', '纠错', [[0, 2018, 77]]);
    const blockD = block('d', '审结', [[0, 2019, 88]]);
    const blockE = block('e', '纠错', [[0, 2020, 66]]);
    // An extended cube has room past its rows: both extensions below would write there.
    const base = await new Cube({ blocks: blocksA, imports: [a] }).withImports([c], [blockC]);
    const withD = await base.withImports([d], [blockD]);
    const withE = await base.withImports([e], [blockE]);
    const withDE = await withD.withImports([e], [blockE]);
    expect(cells(withD)).toEqual(cells(new Cube({ blocks: [...blocksA, blockC, blockD], imports: [a, c, d] })));
    expect(cells(withE)).toEqual(cells(new Cube({ blocks: [...blocksA, blockC, blockE], imports: [a, c, e] })));
    expect(cells(withDE)).toEqual(cells(new Cube({ blocks: [...blocksA, blockC, blockD, blockE], imports: [a, c, d, e] })));
    expect(cells(base)).toEqual(cells(new Cube({ blocks: [...blocksA, blockC], imports: [a, c] })));
  });

  it('does not mutate the cube it starts from', async () => {
    const before = cells(whole);
    await whole.withImports([{ id: 'c', regions: ['兰州市'], importedAt: 3 }], [block('c', '纠错', [[0, 2018, 99]])]);
    await whole.withoutImports(['a']);
    expect(cells(whole)).toEqual(before);
  });

  it('counts the values in force per indicator and region', () => {
    const { indicators, regions } = countInForce(whole);
    expect(Object.fromEntries(indicators)).toEqual({ 纠错: 3, 受理: 1, 审结: 1 });
    expect(Object.fromEntries(regions)).toEqual({ 兰州市: 2, 温州市: 1, 台州市: 2 });
  });
});

describe('an added import resolves only the keys it touches, with the whole build’s outcome', () => {
  const INDS = ['纠错', '受理', '审结'];
  const REGIONS = ['兰州市', '温州市', '台州市', '城关区'];
  function randomImport(r: () => number, id: string, at: number) {
    const rows = (n: number): [number, number, number][] =>
      Array.from({ length: n }, () => [Math.floor(r() * REGIONS.length), 2018 + Math.floor(r() * 3), r() < 0.15 ? NaN : Math.floor(r() * 50)]);
    return {
      imp: { id, regions: REGIONS, importedAt: at },
      blocks: INDS.filter(() => r() < 0.7).map((ind) => block(id, ind, rows(1 + Math.floor(r() * 6)))),
    };
  }

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', async (seed) => {
    const r = mulberry32(seed);
    const imports = Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => randomImport(r, `i${i}`, i + 1));
    let cube = new Cube({ blocks: imports[0].blocks, imports: [imports[0].imp] });
    for (const x of imports.slice(1)) cube = await cube.withImports([x.imp], x.blocks);
    const built = new Cube({ blocks: imports.flatMap((x) => x.blocks), imports: imports.map((x) => x.imp) });
    expect(cells(cube)).toEqual(cells(built));
    for (const ind of INDS) expect(cube.ofIndicator(ind)).toEqual(built.ofIndicator(ind));
  });

  it('a cleared value (a removal in force) is in force but never drawn', () => {
    const edit = { id: 'e', regions: ['兰州市'], importedAt: 3 };
    const c = new Cube({ blocks: [block('a', '纠错', [[0, 2018, 5]]), block('e', '纠错', [[0, 2018, NaN]])], imports: [a, edit] });
    expect(c.inForce(1)).toBe(true);
    expect(c.ofIndicator('纠错')).toEqual([1]);
    const ind = { id: '纠错', name: '纠错', nameEn: '', unit: '件', category: '', aliases: [] };
    expect([...indicatorValues(c, ind).values()]).toEqual([]);
  });
});
