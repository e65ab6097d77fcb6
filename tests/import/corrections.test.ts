import { describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { BUILTIN_CATALOG, flatten, runDraft } from './runDraft';

const noPeriod = () => xlsx([{ name: 'Sheet1', rows: [['地区', '行政复议纠错件数'], ['兰州市', 57], ['温州市', 159]] }]);

describe('corrections on the review screen', () => {
  it('a sheet without a period says so, and a period given by the user makes it land', async () => {
    const first = await runDraft('表.xlsx', noPeriod());
    const sheet = first.draft.sheets[0];
    expect(sheet.problem).toBe('no-period');
    expect(sheet.count).toBe(0);

    const corrected = await runDraft('表.xlsx', noPeriod(), undefined, { [sheet.detection.signature]: { period: { start: 2018, end: 2018 } } });
    expect(corrected.draft.sheets[0].remembered).toBe(true);
    expect(corrected.draft.sheets[0].detection.context.periodSource).toBe('user');
    expect(flatten(corrected)).toEqual(['兰州市|行政复议纠错件数|2018|57|件', '温州市|行政复议纠错件数|2018|159|件']);
  });

  it('is remembered for the same header layout only', async () => {
    const a = await runDraft('a.xlsx', noPeriod());
    const other = xlsx([{ name: 'Sheet1', rows: [['城市', '培训人次'], ['兰州市', 1]] }]);
    const b = await runDraft('b.xlsx', other, undefined, { [a.draft.sheets[0].detection.signature]: { period: { start: 2018, end: 2018 } } });
    expect(b.draft.sheets[0].remembered).toBe(false);
  });

  it.each([
    ['a column role', { labelCols: [{ col: 0, role: 'region' as const }, { col: 1, role: 'ignore' as const }] }, ['兰州市|培训人次|2018|13337|人次']],
    ['a skipped column', { skipCols: [1] }, ['兰州市|培训人次|2018|13337|人次']],
    ['the header rows', { headerStart: 0, headerEnd: 0 }, ['兰州市|培训人次|2018|13337|人次', '兰州市|行政复议纠错件数|2018|57|件']],
  ])('%s', async (_name, override, expected) => {
    const bytes = xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数', '培训人次'], ['兰州市', 57, 13337]] }]);
    const first = await runDraft('t.xlsx', bytes);
    const od = await runDraft('t.xlsx', bytes, undefined, { [first.draft.sheets[0].detection.signature]: override });
    expect(flatten(od)).toEqual(expected);
  });
});

describe('mapping a column to a catalog indicator', () => {
  it('stores the column under the chosen indicator, keeping the header unit', async () => {
    const bytes = xlsx([{ name: '2023', rows: [['地区', '复议纠错数(件)', '培训人次'], ['兰州市', 57, 13337]] }]);
    const od = await runDraft('t.xlsx', bytes, BUILTIN_CATALOG, {});
    const sig = od.draft.sheets[0].detection.signature;
    const again = await runDraft('t.xlsx', bytes, BUILTIN_CATALOG, { [sig]: { columnIndicators: [[1, '行政复议纠错件数']] } });
    expect(flatten(again)).toEqual(['兰州市|培训人次|2023|13337|人次', '兰州市|行政复议纠错件数|2023|57|件']);
  });
});
