import { describe, expect, it } from 'vitest';
import { Cube } from '../../src/domain/cube';
import { duplicateKey, duplicateSteps, findDuplicates, regionCore } from '../../src/domain/findDuplicates';
import { runSliced } from '../../src/domain/runSliced';
import type { Indicator, Region } from '../../src/domain/model';
import { block } from './cubeBlock';

const region = (name: string, extra: Partial<Region> = {}): Region => ({ id: name, name, aliases: [], level: '', parent: '', ...extra });
const indicator = (name: string, extra: Partial<Indicator> = {}): Indicator => ({ id: name, name, nameEn: '', unit: '件', category: '', aliases: [], ...extra });
const regionPairs = (regions: Region[], cube?: Cube) =>
  findDuplicates({ regions, indicators: [], cube }).map((p) => `${p.from}→${p.into}`);

describe('regionCore', () => {
  it.each([
    ['兰州市', '兰州', '市'], ['广西壮族自治区', '广西', '自治区'], ['新疆维吾尔自治区', '新疆', '自治区'],
    ['临夏回族自治州', '临夏', '自治州'], ['临夏州', '临夏', '州'], ['黔东南苗族侗族自治州', '黔东南', '自治州'],
    ['伊犁哈萨克自治州', '伊犁', '自治州'], ['积石山保安族东乡族撒拉族自治县', '积石山', '自治县'], ['内蒙古自治区', '内蒙古', '自治区'],
    ['香港特别行政区', '香港', '特别行政区'], ['锡林郭勒盟', '锡林郭勒', '盟'], ['城区', '城区', ''], ['杭州', '杭州', ''], ['城 关 区', '城关', '区'],
  ])('%s → %s + %s', (name, core, suffix) => {
    expect(regionCore(name)).toMatchObject({ core, suffix });
  });
});

describe('findDuplicates: regions', () => {
  // Both orders: the pair and its default direction do not depend on which came first.
  it.each([
    ['广西', '广西壮族自治区', '广西→广西壮族自治区'],
    ['广西自治区', '广西壮族自治区', '广西自治区→广西壮族自治区'],
    ['宁夏', '宁夏回族自治区', '宁夏→宁夏回族自治区'],
    ['北京', '北京市', '北京→北京市'],
    ['香港', '香港特别行政区', '香港→香港特别行政区'],
    ['兰州', '兰州市', '兰州→兰州市'],
    ['城关', '城关区', '城关→城关区'],
    ['溧阳', '溧阳市', '溧阳→溧阳市'],
    ['临夏州', '临夏回族自治州', '临夏州→临夏回族自治州'],
    ['临夏', '临夏回族自治州', '临夏→临夏回族自治州'],
    ['大通', '大通回族土族自治县', '大通→大通回族土族自治县'],
    ['阿拉善', '阿拉善盟', '阿拉善→阿拉善盟'],
    ['通州', '通州区', '通州→通州区'],
  ])('%s and %s are one region', (a, b, expected) => {
    expect(regionPairs([region(a), region(b)])).toEqual([expected]);
    expect(regionPairs([region(b), region(a)])).toEqual([expected]);
  });

  it.each([
    ['吉林市', '吉林省', 'a city is not its province'],
    ['吉林市', '吉林', 'the short name is the province'],
    ['海南', '海南区', 'a district is not the province'],
    ['城关区', '城关县', 'different levels by suffix'],
    ['兰州市', '兰州市区', 'the urban districts are not the city'],
    ['杭州', '杭州湾', 'a longer name'],
    ['西城区', '东城区', 'different names'],
  ])('%s and %s are not paired (%s)', (a, b) => {
    expect(regionPairs([region(a), region(b)])).toEqual([]);
    expect(regionPairs([region(b), region(a)])).toEqual([]);
  });

  it('never pairs regions whose stated levels or parents differ (朝阳区 of two cities)', () => {
    expect(regionPairs([region('朝阳区', { parent: '北京市' }), region('朝阳', { parent: '长春市' })])).toEqual([]);
    expect(regionPairs([region('朝阳区', { parent: '北京市' }), region('朝阳', { parent: '北京' })])).toEqual(['朝阳→朝阳区']);
    expect(regionPairs([region('城关区', { parent: '兰州市' }), region('城关')])).toEqual(['城关→城关区']);
    expect(regionPairs([region('兰州', { level: '地级市' }), region('兰州市', { level: '地级市' })])).toEqual(['兰州→兰州市']);
    expect(regionPairs([region('兰州', { level: '县级市' }), region('兰州市', { level: '地级市' })])).toEqual([]);
  });

  it('an alias of one naming the other is evidence; merged and dismissed pairs stay out', () => {
    const [p] = findDuplicates({ regions: [region('金城', { aliases: ['皋兰'] }), region('皋兰')], indicators: [] });
    expect(p).toMatchObject({ kind: 'region', reasons: ['alias'] });
    expect(findDuplicates({ regions: [region('兰州'), region('兰州市'), region('兰州区', { mergedInto: '兰州市' })], indicators: [] }).map((x) => x.from)).toEqual(['兰州']);
    const dismissed = new Set([duplicateKey('region', '兰州市', '兰州')]);
    expect(findDuplicates({ regions: [region('兰州'), region('兰州市')], indicators: [], dismissed })).toEqual([]);
  });

  it('counts equal and different values in the same indicator and period as evidence', () => {
    const imports = [{ id: 'a', regions: ['广西'] }, { id: 'b', regions: ['广西壮族自治区'] }];
    const cube = new Cube({
      imports,
      blocks: [
        block('a', '行政复议纠错件数', [[0, 2018, 7], [0, 2019, 8], [0, 2020, 9]]),
        block('a', '培训人次', [[0, 2019, 100]]),
        block('b', '行政复议纠错件数', [[0, 2018, 7], [0, 2019, 8], [0, 2020, 9], [0, 2021, 1]]),
        block('b', '培训人次', [[0, 2019, 120]]),
      ],
    });
    const [p] = findDuplicates({ regions: [region('广西'), region('广西壮族自治区')], indicators: [], cube });
    expect(p).toEqual({
      kind: 'region', key: duplicateKey('region', '广西', '广西壮族自治区'), from: '广西', into: '广西壮族自治区',
      reasons: ['province'], sameValues: 3, differentValues: 1,
    });
  });

  it('does not mutate its input', () => {
    const regions = [region('兰州'), region('兰州市', { aliases: ['金城'] })];
    const copy = structuredClone(regions);
    findDuplicates({ regions, indicators: [] });
    expect(regions).toEqual(copy);
  });
});

describe('findDuplicates: indicators', () => {
  const builtin = (name: string, aliases: string[] = []) => indicator(name, { builtin: true, aliases });
  const pairs = (indicators: Indicator[], cube?: Cube) => findDuplicates({ regions: [], indicators, cube }).map((p) => `${p.from}→${p.into} ${p.reasons.join(',')} ${p.sameValues}/${p.differentValues}`);

  it.each([
    [indicator('行政复议纠错件数(件)'), builtin('行政复议纠错件数'), '行政复议纠错件数(件)→行政复议纠错件数 name 0/0'],
    [indicator('行政复议 纠错件数'), builtin('行政复议纠错件数'), '行政复议 纠错件数→行政复议纠错件数 name 0/0'],
    [indicator('纠错件数'), builtin('行政复议纠错件数', ['纠错件数', '纠错']), '纠错件数→行政复议纠错件数 alias 0/0'],
  ])('%s and %s', (a, b, expected) => {
    expect(pairs([a, b])).toEqual([expected]);
    expect(pairs([b, a])).toEqual([expected]);
  });

  it('never pairs two built-in indicators, nor names that only look alike', () => {
    expect(pairs([builtin('培训人次'), builtin('领导干部培训人次')])).toEqual([]);
    expect(pairs([indicator('法律培训人次'), builtin('培训人次')])).toEqual([]);
  });

  it('equal values in the same cells pair an added indicator with another: at least 3, few that differ', () => {
    const imports = [{ id: 'a', regions: ['兰州市', '天水市', '白银市', '定西市'] }, { id: 'b', regions: ['兰州市', '天水市', '白银市', '定西市'] }];
    const cube = (b: [number, number, number][]) =>
      new Cube({ imports, blocks: [block('a', '行政复议纠错件数', [[0, 2018, 7], [1, 2018, 3], [2, 2018, 5], [3, 2018, 2]]), block('b', '纠错数', b)] });
    const inds = [builtin('行政复议纠错件数'), indicator('纠错数')];
    expect(pairs(inds, cube([[0, 2018, 7], [1, 2018, 3], [2, 2018, 5], [3, 2019, 2]]))).toEqual(['纠错数→行政复议纠错件数  3/0']);
    expect(pairs(inds, cube([[0, 2018, 7], [1, 2018, 3], [2, 2018, 5], [3, 2018, 2]]))).toEqual(['纠错数→行政复议纠错件数  4/0']);
    // Three alike and one not, or two alike: coincidence as likely as a duplicate.
    expect(pairs(inds, cube([[0, 2018, 7], [1, 2018, 3], [2, 2018, 5], [3, 2018, 9]]))).toEqual([]);
    expect(pairs(inds, cube([[0, 2018, 7], [1, 2018, 3], [2, 2019, 5], [3, 2019, 2]]))).toEqual([]);
  });

  it('finds the few pairs among 5,000 added indicators of a wide sheet, from indexes, not from every pair', async () => {
    const regions = Array.from({ length: 20 }, (_, r) => `地区${r}`);
    const imports = [{ id: 'w', regions }];
    const names = Array.from({ length: 5000 }, (_, k) => `指标${k}`);
    // Distinct figures everywhere, but 指标4000 copies 指标7 in 19 of 20 cells and 指标10 equals 指标9 in one.
    const figure = (k: number, r: number) => (k === 4000 && r < 19 ? 7 * 1000 + r : k === 10 && r === 0 ? 9 * 1000 : k * 1000 + r);
    const blocks = names.map((n, k) => block('w', n, regions.map((_, r) => [r, 2018, figure(k, r)] as [number, number, number])));
    // A column of zeros in one sheet proves nothing of any two of its indicators.
    const zeros = Array.from({ length: 40 }, (_, k) => `零值${k}`);
    for (const z of zeros) blocks.push(block('w', z, regions.slice(0, 5).map((_, r) => [r, 2019, 0] as [number, number, number])));
    const cube = new Cube({ imports, blocks });
    const inds = [...names.map((n) => indicator(n)), ...zeros.map((z) => indicator(z)), indicator('指标12(件)'), builtin('行政复议纠错件数', ['指标13'])];
    expect(pairs(inds, cube).sort()).toEqual(['指标12→指标12(件) name 0/0', '指标13→行政复议纠错件数 alias 0/0', '指标7→指标4000  19/1'].sort());
    // Beside the page the same search runs in slices, yielding between them.
    const input = { regions: [], indicators: inds, cube };
    let slices = 0;
    const steps = duplicateSteps(input);
    for (let r = steps.next(); !r.done; r = steps.next()) slices++;
    // Each pass over the ~100,000 values yields at least every 16,384 of them, also the pass over
    // the cells (20 cells of 5,000 values each: counting cells, it never yielded).
    expect(slices).toBeGreaterThanOrEqual(3 * Math.floor(cube.n / 16384));
    expect(await runSliced(duplicateSteps(input))).toEqual(findDuplicates(input));
  });
});
