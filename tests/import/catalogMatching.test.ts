import { describe, expect, it } from 'vitest';
import { buildIndicatorIndex, matchIndicator } from '../../src/domain/matchIndicator';
import { buildRegionIndex, isAggregateRegion, matchRegion } from '../../src/domain/matchRegion';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { xlsx } from '../fixtures/fixtures';
import { BUILTIN_CATALOG, flatten, runDraft } from './runDraft';

const index = buildIndicatorIndex(BUILTIN_INDICATORS);

describe('indicator headers find their canonical indicator', () => {
  it.each([
    ['行政复议纠错件数', '', '行政复议纠错件数'],
    ['纠错', '行政复议', '行政复议纠错件数'],
    ['受理(件)', '行政复议', '行政复议受理件数'],
    ['审结', '行政复议', '行政复议审结件数'],
    ['纠错率', '行政复议', '行政复议纠错率'],
    ['复议纠错率', '', '行政复议纠错率'],
    ['权力清单(项)', '', '权力清单事项数'],
    ['权力 清单 事项数', '', '权力清单事项数'],
    ['培训人次', '学法培训', '培训人次'],
    ['行政复议收案数', '', '行政复议受理件数'],
  ])('%s under %j → %s', (header, group, id) => {
    expect(matchIndicator(index, header, group)).toMatchObject({ id, known: true });
  });

  it('an unknown name becomes a new indicator named as written (with its group)', () => {
    expect(matchIndicator(index, '听证次数', '行政处罚')).toMatchObject({ id: '行政处罚听证次数', known: false });
    expect(matchIndicator(index, '纠错件数')).toMatchObject({ id: '纠错件数', known: false });
  });

  it('follows a merge: a merged name and its aliases land on the target', () => {
    const merged = buildIndicatorIndex([...BUILTIN_INDICATORS, { id: '纠错件数', name: '纠错件数', nameEn: '', unit: '件', category: '', aliases: [], mergedInto: '行政复议纠错件数' }]);
    expect(matchIndicator(merged, '纠错件数').id).toBe('行政复议纠错件数');
  });
});

describe('regions', () => {
  const lanzhou = [{ id: '兰州市', name: '兰州市', aliases: ['金城'], level: '地级市', parent: '甘肃省' }];
  it.each([
    ['兰州', '兰州市', true],
    ['兰州市', '兰州市', true],
    ['金城', '兰州市', true],
    [' 兰州市 ', '兰州市', true],
    ['温州市', '温州市', false],
    ['New York', 'New York', false],
  ])('%j → %s', (name, id, known) => {
    expect(matchRegion(buildRegionIndex(lanzhou), name)).toEqual({ id, known });
  });

  it.each([
    ['广西', '广西壮族自治区'], ['广西壮族自治区', '广西壮族自治区'], ['宁夏', '宁夏回族自治区'], ['新疆', '新疆维吾尔自治区'],
    ['内蒙古', '内蒙古自治区'], ['西藏', '西藏自治区'], ['香港', '香港特别行政区'], ['澳门', '澳门特别行政区'], ['北京', '北京市'], ['黑龙江', '黑龙江省'],
  ])('the provincial-level unit %s is %s, even with an empty catalog', (name, id) => {
    expect(matchRegion(buildRegionIndex([]), name)).toEqual({ id, known: false });
  });

  it('keeps 吉林市 (a city) apart from 吉林省', () => {
    expect(matchRegion(buildRegionIndex([]), '吉林市').id).toBe('吉林市');
    expect(matchRegion(buildRegionIndex([]), '吉林').id).toBe('吉林省');
  });

  it('marks a match up to a county suffix as a guess, and keeps a rejected name as written', () => {
    const index = buildRegionIndex([{ id: '城关区', name: '城关区', aliases: [], level: '', parent: '' }]);
    expect(matchRegion(index, '城关')).toEqual({ id: '城关区', known: true, guess: true });
    expect(matchRegion(index, '城关区')).toEqual({ id: '城关区', known: true });
    expect(matchRegion(index, '城关', new Set(['城关']))).toEqual({ id: '城关', known: false });
  });

  it.each(['合计', '总计', '小计', '全省', '全市', '合 计', '全市合计'])('%s is an aggregate, never a region', (name) => {
    expect(isAggregateRegion(name)).toBe(true);
  });
  it.each(['兰州市', '城关区', '全椒县'])('%s is a region', (name) => expect(isAggregateRegion(name)).toBe(false));
});

describe('a whole table against a catalog that knows 兰州市', () => {
  it('lands 兰州 on 兰州市 and skips the 全市 row', async () => {
    const catalog = { ...BUILTIN_CATALOG, regions: [{ id: '兰州市', name: '兰州市', aliases: [], level: '', parent: '' }] };
    const od = await runDraft('2023.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '复议纠错率', '权力清单(项)'], ['兰州', '16.6%', 3066], ['全市', '16%', 9999]] }]), catalog);
    expect(flatten(od)).toEqual(['兰州市|权力清单事项数|2023|3066|项', '兰州市|行政复议纠错率|2023|16.6|%']);
    expect(od.draft.sheets[0].skips.map((s) => `${s.cell} ${s.reason}`)).toEqual(['A3 aggregate']);
  });
});
