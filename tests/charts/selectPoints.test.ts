import { describe, expect, it } from 'vitest';
import { selectPoints, type PointScope } from '../../src/charts/chartContext';
import { THEMES } from '../../src/charts/chartTheme';
import { sampleContext } from './sampleContext';
import { tinyContext } from './tinyContext';

const scope = (regions: PointScope['regions']): PointScope => ({ regions, from: null, to: null });

const base = await sampleContext();

describe('selectPoints answers the same question once', () => {
  const ctx = tinyContext(base, [
    ['甲县', '培训人次', 20232023, 5],
    ['乙县', '培训人次', 20232023, 7],
    ['丙县', '培训人次', 20222022, 9],
  ]);

  it('the same scope of the same cube is the same selection', () => {
    expect(selectPoints(scope({ mode: 'all' }), ctx, '培训人次')).toBe(selectPoints(scope({ mode: 'all' }), ctx, '培训人次'));
  });

  it('another scope, period, group list, theme or cube is asked again', () => {
    const all = selectPoints(scope({ mode: 'all' }), ctx, '培训人次');
    expect(selectPoints({ ...scope({ mode: 'all' }), period: 20232023 }, ctx, '培训人次').regions).toEqual(['甲县', '乙县'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const grouped = (members: string[]) => selectPoints(scope({ mode: 'group', group: 'g' }), { ...ctx, regionGroups: new Map([['g', members]]) }, '培训人次').regions;
    expect(grouped(['甲县'])).toEqual(['甲县']);
    // The group edited: the same spec now selects its new members.
    expect(grouped(['乙县', '丙县']).sort()).toEqual(['丙县', '乙县'].sort());
    const other = Object.values(THEMES).find((th) => th !== ctx.theme)!;
    const themed = selectPoints(scope({ mode: 'all' }), { ...ctx, theme: other }, '培训人次');
    expect(themed).not.toBe(all);
    expect(themed.points).toEqual(all.points);
    const later = tinyContext(base, [['甲县', '培训人次', 20232023, 50]]);
    expect(selectPoints(scope({ mode: 'all' }), later, '培训人次').points.map((p) => p.value)).toEqual([50]);
  });
});
