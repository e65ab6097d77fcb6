import { describe, expect, it } from 'vitest';
import { splitHeaderPeriod } from '../../src/domain/splitHeaderPeriod';

describe('splitHeaderPeriod', () => {
  it.each([
    ['2018年纠错件数', '纠错件数', 2018, 2018],
    ['纠错件数(2018)', '纠错件数', 2018, 2018],
    ['培训人次2019年', '培训人次', 2019, 2019],
    ['2011—2015年清单张数', '清单张数', 2011, 2015],
    ['２０１８年度培训人次', '培训人次', 2018, 2018],
    ['指标1 2019', '指标1', 2019, 2019],
    ['GDP2019', 'GDP', 2019, 2019],
  ])('%s', (h, name, start, end) => expect(splitHeaderPeriod(h)).toEqual({ name, period: { start, end } }));

  it.each(['纠错件数', '2018', '2018年', 'GDP_2018x', '12345纠错', '指标12019', '指标02018', '编号3.2019', '20195号文件'])('%j has no period/indicator pair', (h) => expect(splitHeaderPeriod(h)).toBeNull());
});
