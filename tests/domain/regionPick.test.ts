import { describe, expect, it } from 'vitest';
import { childWord, countTicked, filterPick, pickItems, tally, ticksOf, tickShown, toggleTick, type PickFilter } from '../../src/domain/regionPick';
import type { Region } from '../../src/domain/model';

const r = (name: string, level: string, parent: string, aliases: string[] = []): Region => ({ id: name, name, level, parent, aliases });
const CATALOG = new Map(
  [r('兰州市', '地级市', '甘肃省', ['兰州']), r('城关区', '市辖区', '兰州市'), r('七里河区', '市辖区', '兰州市'), r('榆中县', '县', '兰州市'), r('温州市', '地级市', '浙江省'), r('鹿城区', '市辖区', '温州市')].map((x) => [x.name, x]),
);
const ITEMS = pickItems([...CATALOG.keys(), '城关区', '未知地区'], CATALOG);
const NONE: PickFilter = { search: '', level: '', parent: '' };
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('the region picker’s logic', () => {
  it('offers each region once, in pinyin order, with its level and parent', () => {
    expect(names(ITEMS)).toEqual(['城关区', '兰州市', '鹿城区', '七里河区', '未知地区', '温州市', '榆中县']);
    expect(ITEMS.find((x) => x.name === '未知地区')).toEqual({ name: '未知地区', level: '', parent: '', aliases: [] });
    expect(names(pickItems(['第10区', '第2区', '第1区'], CATALOG))).toEqual(['第1区', '第2区', '第10区']);
  });

  it.each([
    ['by parent: 兰州市下辖县区', { ...NONE, parent: '兰州市' }, ['城关区', '七里河区', '榆中县']],
    ['by level', { ...NONE, level: '市辖区' }, ['城关区', '鹿城区', '七里河区']],
    ['level and parent together', { ...NONE, level: '市辖区', parent: '兰州市' }, ['城关区', '七里河区']],
    ['search by name', { ...NONE, search: '城' }, ['城关区', '鹿城区']],
    ['search by alias', { ...NONE, search: '兰州' }, ['兰州市']],
    ['nothing', NONE, names(ITEMS)],
  ] as const)('filters %s', (_what, f, want) => {
    expect(names(filterPick(ITEMS, f))).toEqual(want);
  });

  it('counts levels and parents, most common first, blanks left out', () => {
    expect(tally(ITEMS, 'parent')).toEqual([['兰州市', 3], ['甘肃省', 1], ['温州市', 1], ['浙江省', 1]]);
    expect(tally(ITEMS, 'level')[0]).toEqual(['市辖区', 3]);
  });

  it('select all / none act on what the search shows, keeping other ticks', () => {
    const shown = filterPick(ITEMS, { ...NONE, parent: '兰州市' });
    const ticked = ['温州市', '城关区'];
    expect(tickShown(ticked, shown, true)).toEqual(['温州市', '城关区', '七里河区', '榆中县']);
    expect(tickShown(ticked, shown, false)).toEqual(['温州市']);
    expect(countTicked(ticked, shown)).toBe(1);
    expect(ticked).toEqual(['温州市', '城关区']);
  });

  it('toggles one name', () => {
    expect(toggleTick(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleTick(['a', 'b'], 'a')).toEqual(['b']);
  });

  it.each([
    ['all ticks every offered region', { mode: 'all' as const }, names(ITEMS)],
    ['a level ticks its regions', { mode: 'level' as const, level: '县' }, ['榆中县']],
    ['a list ticks exactly its names, nothing else', { mode: 'list' as const, ids: [] }, []],
    ['a group ticks its members', { mode: 'group' as const, group: 'g1' }, ['城关区', '七里河区']],
    ['a deleted group ticks nothing', { mode: 'group' as const, group: 'gone' }, []],
  ])('ticksOf: %s', (_what, sel, want) => {
    expect(ticksOf(sel, ITEMS, new Map([['g1', ['城关区', '七里河区']]]))).toEqual(want);
  });

  it.each([['甘肃省', 'cities'], ['广西壮族自治区', 'cities'], ['兰州市', 'counties'], ['临夏回族自治州', 'counties']] as const)('children of %s are %s', (parent, want) => {
    expect(childWord(parent)).toBe(want);
  });
});
