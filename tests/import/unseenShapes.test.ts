// Families of real tables that a probe of unseen shapes found read wrong: each case is one
// member of a family, and the rule that reads it decides by content or by a table of words.
import { describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { BUILTIN_CATALOG, flatten, runDraft } from './runDraft';
import { buildIndicatorIndex, matchIndicator } from '../../src/domain/matchIndicator';
import { buildRegionIndex, isAggregateRegion, matchRegion } from '../../src/domain/matchRegion';
import { parseChineseNumber } from '../../src/domain/parseChineseNumber';
import { findPeriodInText as findPeriod, isRelativePeriod, parsePeriod, parseSubPeriod, periodKey, periodLabel, relativePeriod } from '../../src/domain/parsePeriod';
import { parseValue } from '../../src/domain/parseValue';
import { splitHeaderUnit, unitOnly } from '../../src/domain/splitHeaderUnit';
import { stripListMark } from '../../src/domain/stripListMark';
import { fileStem, titleIndicator } from '../../src/import/detectContext';
import { cellText } from '../../src/import/rawSheet';
import { readWorkbook } from '../../src/import/readWorkbook';
import { findSeriesHeader } from '../../src/import/seriesHeader';

const book = (rows: unknown[][], name = 'Sheet1') => xlsx([{ name, rows }]);

describe('a column headed with a value word (数量, 数值) beside other numeric columns', () => {
  it.each([
    [[['地区', '数量', '人数'], ['兰州市', 30, 120], ['天水市', 15, 60]], ['兰州市|人数|2022|120|', '兰州市|数量|2022|30|', '天水市|人数|2022|60|', '天水市|数量|2022|15|']],
    [[['地区', '件数', '数量'], ['兰州市', 7, 2]], ['兰州市|件数|2022|7|', '兰州市|数量|2022|2|']],
  ])('with no indicator column, each numeric column is an indicator: nothing is dropped (%#)', async (rows, expected) => {
    const od = await runDraft('2022年各市人民调解.xlsx', book(rows));
    expect(flatten(od)).toEqual(expected);
  });

  it('a long table keeps its one value column (the 指标 column names what it holds)', async () => {
    const od = await runDraft('x.xlsx', book([['地区', '年份', '指标', '数量'], ['兰州市', 2022, '培训人次', 300], ['天水市', 2022, '培训人次', 200]]));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2022|300|人次', '天水市|培训人次|2022|200|人次']);
  });
});

describe('a yearbook table with the places again in English', () => {
  const rows = [['地区', '地区生产总值(亿元)', '第一产业(亿元)', 'Region'], ['北京', 36102.6, 107.6, 'Beijing'], ['天津', 14083.7, 210.2, 'Tianjin'], ['河北', 36206.9, 3880.1, 'Hebei']];

  it('the English column pairs one to one with the places: it names them again, it is not the indicator', async () => {
    const od = await runDraft('2020年分地区生产总值.xlsx', book(rows));
    const got = flatten(od);
    expect(got).toHaveLength(6);
    expect(got).toContain('北京市|地区生产总值|2020|36102.6|亿元');
    expect(got).toContain('河北省|第一产业|2020|3880.1|亿元');
    expect(od.draft.collisionCount).toBe(0);
  });

  it('a column of indicator names that varies within each place is still the indicator', async () => {
    const long = [['地区', '统计项', '2021', '2022'], ['兰州市', '甲项', 1, 2], ['兰州市', '乙项', 3, 4], ['天水市', '甲项', 5, 6], ['天水市', '乙项', 7, 8]];
    const got = flatten(await runDraft('x.xlsx', book(long)));
    expect(got).toContain('兰州市|乙项|2022|4|');
    expect(got).toHaveLength(8);
  });
});

describe('units on a header row of their own (yearbooks, CSMAR exports)', () => {
  const data = [['北京市', 36102.6, 2189.3], ['天津市', 14083.7, 1386.6]];
  const expected = ['北京市|地区生产总值|2020|36102.6|亿元', '北京市|年末常住人口|2020|2189.3|万人', '天津市|地区生产总值|2020|14083.7|亿元', '天津市|年末常住人口|2020|1386.6|万人'];
  it.each([
    ['in parentheses', [['地区', '地区生产总值', '年末常住人口'], ['', '(亿元)', '（万人）'], ...data]],
    ['bare, after 单位', [['地区', '地区生产总值', '年末常住人口'], ['单位', '亿元', '万人'], ...data]],
    ['code, name and unit rows', [['Prvcd', 'Gdp0101', 'Pop0101'], ['地区', '地区生产总值', '年末常住人口'], ['', '亿元', '万人'], ...data]],
  ])('%s: the indicator is the name, the row is its unit', async (_, rows) => {
    const od = await runDraft('2020年分地区数据.xlsx', book(rows as unknown[][]));
    expect(flatten(od)).toEqual(expected);
  });
});

describe('a header row of Latin words beside the Chinese one', () => {
  it('names in English under the Chinese ones are a translation', async () => {
    const rows = [['地区', '地区生产总值', '第一产业'], ['Region', 'Gross Regional Product', 'Primary Industry'], ['北京', 36102.6, 107.6], ['天津', 14083.7, 210.2], ['河北', 36206.9, 3880.1]];
    const got = flatten(await runDraft('2020年分地区生产总值.xlsx', book(rows)));
    expect(got.filter((r) => r.startsWith('北京市'))).toEqual(['北京市|地区生产总值|2020|36102.6|', '北京市|第一产业|2020|107.6|']);
  });

  it('letters that tell the columns apart stay in their names', async () => {
    const rows = [['地区', '价格指数', '价格指数'], ['', 'CPI', 'PPI'], ['兰州市', 101.2, 98.7], ['天水市', 100.8, 99.1]];
    const got = flatten(await runDraft('2020年价格.xlsx', book(rows)));
    expect(got.filter((r) => r.startsWith('兰州市'))).toEqual(['兰州市|价格指数CPI|2020|101.2|', '兰州市|价格指数PPI|2020|98.7|']);
  });
});

describe('year headers that carry more than the year', () => {
  const data = [['兰州市', 3012.5, 3231.3], ['天水市', 758.2, 801.6]];
  it.each([
    ['2019年(亿元)', [['地区', '2019年(亿元)', '2020年(亿元)'], ...data]],
    ['2019(亿元)', [['地区', '2019(亿元)', '2020(亿元)'], ...data]],
    ['二〇一九年', [['地区', '二〇一九年', '二〇二〇年'], ...data]],
  ])('%s: a year, with its unit where written', async (head, rows) => {
    const od = await runDraft('各市地区生产总值.xlsx', book(rows as unknown[][]));
    const unit = head.includes('亿元') ? '亿元' : '';
    expect(flatten(od)).toEqual([`兰州市|地区生产总值|2019|3012.5|${unit}`, `兰州市|地区生产总值|2020|3231.3|${unit}`, `天水市|地区生产总值|2019|758.2|${unit}`, `天水市|地区生产总值|2020|801.6|${unit}`]);
  });

  it('Chinese numerals written digit by digit are read by position', async () => {
    expect([parseChineseNumber('二〇二〇'), parseChineseNumber('一九九八'), parseChineseNumber('二〇'), parseChineseNumber('三四'), parseChineseNumber('一百零五')]).toEqual([2020, 1998, 20, null, 105]);
  });
});

describe('scope words and yearbook table numbers before a name that begins with 地区', () => {
  it.each(['各省地区生产总值', '各地区生产总值（2020年）', '分地区生产总值', '2020年各市地区生产总值', '3-9 各地区生产总值', '表3-9 各地区生产总值', '表3 各地区生产总值', '3-9各地区生产总值（2020年）'])('%s names 地区生产总值', async (title) => {
    expect(titleIndicator(title)).toBe('地区生产总值');
    expect(fileStem(`${title.replace(/（.*）/, '')}.xlsx`)).toBe('地区生产总值');
  });

  it('a place before a name is still taken away', async () => {
    expect(titleIndicator('2019年兰州市各县区普法宣传情况统计表')).toBe('普法宣传');
  });
});

describe('numbered and nested names', () => {
  it.each(['1.行政复议受理件数', '（二）行政复议受理件数', '①行政复议受理件数', '2、行政复议受理件数', '(3)行政复议受理件数', '三、行政复议受理件数', '其中：行政复议受理件数'])('%s is the catalog indicator, with its unit', async (name) => {
    const od = await runDraft('2022年.xlsx', book([['指标', '兰州市', '天水市'], [name, 12, 7], ['培训人次', 300, 200]]));
    expect(flatten(od)).toContain('兰州市|行政复议受理件数|2022|12|件');
  });

  it('a number that is the name, or a decimal, is not a list mark', async () => {
    expect(['1.5倍', '12', '一、', '2019年', '3-9地区生产总值', '十三五规划'].map(stripListMark)).toEqual(['1.5倍', '12', '一、', '2019年', '3-9地区生产总值', '十三五规划']);
  });

  it('「其中：」「#」 rows name their place; 东部地区 totals provinces', async () => {
    const od = await runDraft('2022年兰州市公证件数.xlsx', book([['地区', '公证件数'], ['兰州市', 900], ['其中：城关区', 300], ['#七里河区', 200], ['平凉市①', 50]]));
    expect(flatten(od)).toEqual(['七里河区|公证件数|2022|200|件', '兰州市|公证件数|2022|900|件', '城关区|公证件数|2022|300|件', '平凉市|公证件数|2022|50|件']);
    expect(isAggregateRegion('东部地区')).toBe(true);
  });
});

describe('figures as accounting, exports and footnotes write them', () => {
  it.each([
    ['(3.2)', -3.2, ''], ['（3.2）', -3.2, ''], ['\u22123.2', -3.2, ''], ['1234*', 1234, ''], ['1234①', 1234, ''], ['1 234', 1234, ''], ['1\u3000234', 1234, ''],
    ['123.', 123, ''], ['¥1,234', 1234, '元'], ["'1234", 1234, ''], ['12\u200b34', 1234, ''], ['(1,234.5)', -1234.5, ''],
  ])('%s → %s', async (text, value, unit) => {
    expect(parseValue(text)).toMatchObject({ ok: true, value, unit });
  });

  it.each(['nan', 'NaN', 'None', 'inf', '-inf', '.', '—'])('%s is no figure (missing, not a skip)', async (text) => {
    expect(parseValue(text)).toEqual({ ok: false, reason: 'missing' });
  });

  it('still not numbers: a name, a code, a phrase', async () => {
    expect(['(三)', '(备注)', '12 34', 'A01', '七里河区'].map((t) => parseValue(t).ok)).toEqual([false, false, false, false, false]);
  });
});

describe('a research CSV', () => {
  const csv = (rows: unknown[][]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));
  it('a pandas index column (Unnamed: 0, 0, 1, 2 …) and a 序 column are not indicators; nan is missing', async () => {
    for (const head of ['Unnamed: 0', '', '序']) {
      const start = head === '序' ? 1 : 0;
      const rows = [[head, '地区', '年份', '公证件数'], [start, '兰州市', 2020, 10], [start + 1, '兰州市', 2021, 'nan'], [start + 2, '天水市', 2020, 5], [start + 3, '天水市', 2021, 6]];
      const od = await runDraft('panel.csv', csv(rows));
      expect(flatten(od)).toEqual(['兰州市|公证件数|2020|10|件', '天水市|公证件数|2020|5|件', '天水市|公证件数|2021|6|件']);
      expect(od.draft.sheets[0].skipped).toBe(0);
    }
  });
});

describe('a statistics report form', () => {
  const form = [
    ['2022年各县区行政复议情况'],
    ['县区', '行政复议受理件数', '行政复议纠错件数'],
    ['甲', 1, 2],
    ['城关区', 120, 12],
    ['七里河区', 80, 6],
    ['填表人：张三', '联系电话：0931-1234567', '填报日期：2023年1月5日'],
  ];
  it('its column-number row (甲 | 1 | 2) and signature line are not data', async () => {
    const od = await runDraft('form.xlsx', book(form));
    expect(flatten(od)).toEqual(['七里河区|行政复议受理件数|2022|80|件', '七里河区|行政复议纠错件数|2022|6|件', '城关区|行政复议受理件数|2022|120|件', '城关区|行政复议纠错件数|2022|12|件']);
    expect(od.draft.sheets[0].newRegions).toEqual(['城关区', '七里河区']);
  });

  it('栏次 rows too', async () => {
    const od = await runDraft('form.xlsx', book([form[0], ['县区', '行政复议受理件数', '行政复议纠错件数'], ['栏次', 1, 2], ...form.slice(3, 5)]));
    expect(flatten(od)).toHaveLength(4);
  });
});

describe('本年 | 上年 and change columns', () => {
  it('a form of 本年 | 上年 reads the title year and the year before; 增减 is not a value', async () => {
    const rows = [['2022年行政复议情况'], ['指标名称', '计量单位', '本年', '上年', '增减(%)'], ['行政复议受理件数', '件', 130, 120, 8.3], ['培训人次', '人次', 3000, 2800, 7.1]];
    const od = await runDraft('兰州市.xlsx', book(rows));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2021|2800|人次', '兰州市|培训人次|2022|3000|人次', '兰州市|行政复议受理件数|2021|120|件', '兰州市|行政复议受理件数|2022|130|件']);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('县区 | 本年 | 上年同期 | 增长(%) with the period in the title', async () => {
    const rows = [['2023年各县区公证件数'], ['县区', '本年', '上年同期', '增长(%)'], ['城关区', 300, 250, 20], ['七里河区', 120, 100, 20]];
    const got = flatten(await runDraft('x.xlsx', book(rows)));
    expect(got).toEqual(['七里河区|公证件数|2022|100|件', '七里河区|公证件数|2023|120|件', '城关区|公证件数|2022|250|件', '城关区|公证件数|2023|300|件']);
  });

  it('years across with a 同比 column: the change is not stored as the last year', async () => {
    const rows = [['指标', '2021年', '2022年', '同比增减(%)'], ['行政复议受理件数', 120, 130, 8.3]];
    const od = await runDraft('兰州市.xlsx', book(rows));
    expect(flatten(od)).toEqual(['兰州市|行政复议受理件数|2021|120|件', '兰州市|行政复议受理件数|2022|130|件']);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('without the table\'s own period, 本年 asks for one instead of guessing', async () => {
    const od = await runDraft('x.xlsx', book([['县区', '本年', '上年'], ['城关区', 300, 250], ['七里河区', 120, 100]]));
    expect(od.draft.sheets[0].problem).toBe('no-period');
  });

  it.each([['本年', '上年'], ['本期', '上年同期'], ['本年数', '上年数'], ['今年', '去年'], ['2022年', '上年']])(
    '%s | %s down a 时间 column read the title’s year and the year before',
    async (now, before) => {
      const rows = [['2022年各县区培训情况'], ['县区', '时间', '培训人次'], ['城关区', now, 100], ['', before, 90], ['七里河区', now, 50], ['', before, 45]];
      const od = await runDraft('x.xlsx', book(rows));
      expect(flatten(od)).toEqual(['七里河区|培训人次|2021|45|人次', '七里河区|培训人次|2022|50|人次', '城关区|培训人次|2021|90|人次', '城关区|培训人次|2022|100|人次']);
      expect(od.draft.collisionCount).toBe(0);
    },
  );

  it('本年 | 上年 down the rows without the table’s own year ask for one', async () => {
    const od = await runDraft('x.xlsx', book([['各县区培训情况'], ['县区', '时间', '培训人次'], ['城关区', '本年', 100], ['', '上年', 90]]));
    expect(od.draft.sheets[0].problem).toBe('no-period');
  });

  it('a subject growth rate is an indicator', async () => {
    const got = flatten(await runDraft('2022年.xlsx', book([['地区', 'GDP增长率(%)', '公证件数'], ['兰州市', 5.1, 300]])));
    expect(got).toContain('兰州市|GDP增长率|2022|5.1|%');
  });
});

describe('a total or average column beside the figures it sums', () => {
  const years = ['城关区|培训人次|2020|100|人次', '城关区|培训人次|2021|110|人次', '七里河区|培训人次|2020|40|人次', '七里河区|培训人次|2021|45|人次'];
  it.each(['合计', '总计', '小计', '共计', '平均', '年均', '平均值', '2020-2021年合计', '合计(人次)', 'Total'])(
    'years across and a 「%s」 column: the years import under the file’s indicator, the total is not an indicator',
    async (total) => {
      const od = await runDraft('培训人次.xlsx', book([['县区', '2020年', '2021年', total], ['城关区', 100, 110, 210], ['七里河区', 40, 45, 85]]));
      expect(flatten(od)).toEqual([...years].sort());
      expect(od.draft.sheets[0].detection.labelCols).toContainEqual({ col: 3, role: 'ignore' });
    },
  );

  it('months with 合计, quarters with 全年 (the whole year), under the title’s year', async () => {
    const months = await runDraft('x.xlsx', book([['2022年各县区培训人次'], ['县区', '1月', '2月', '合计'], ['城关区', 10, 11, 21]]));
    expect(flatten(months)).toEqual(['城关区|培训人次|2022年1月|10|人次', '城关区|培训人次|2022年2月|11|人次']);
    const quarters = await runDraft('x.xlsx', book([['2022年各县区培训人次'], ['县区', '一季度', '二季度', '三季度', '四季度', '全年'], ['城关区', 10, 11, 12, 13, 46]]));
    expect(flatten(quarters)).toEqual(['城关区|培训人次|2022|46|人次', ...[1, 2, 3, 4].map((q) => `城关区|培训人次|2022年第${q}季度|${9 + q}|人次`)]);
  });

  it('indicators across with a 合计 of unlike figures, and places across with a 合计 column', async () => {
    const across = await runDraft('2022年.xlsx', book([['地区', '行政复议受理件数', '培训人次', '合计'], ['兰州市', 100, 1000, 1100]]));
    expect(flatten(across)).toEqual(['兰州市|培训人次|2022|1000|人次', '兰州市|行政复议受理件数|2022|100|件']);
    const transposed = await runDraft('2022年.xlsx', book([['指标', '城关区', '七里河区', '合计'], ['培训人次', 100, 40, 140]]));
    expect(flatten(transposed)).toEqual(['七里河区|培训人次|2022|40|人次', '城关区|培训人次|2022|100|人次']);
  });

  it('a total under a subject is that subject’s figure; a lone 合计 is the table’s one figure', async () => {
    const grouped = await runDraft('2022年.xlsx', book([['地区', '行政复议', '', ''], ['', '受理件数', '纠错件数', '合计'], ['兰州市', 100, 10, 110]]));
    expect(flatten(grouped)).toContain('兰州市|行政复议合计|2022|110|');
    const lone = await runDraft('2022年各地培训人次.xlsx', book([['地区', '合计'], ['兰州市', 100], ['天水市', 50]]));
    expect(flatten(lone)).toEqual(['兰州市|培训人次|2022|100|人次', '天水市|培训人次|2022|50|人次']);
  });
});

describe('an indicator named in levels across columns (类别 | 指标, 一级指标 | 二级指标 | 三级指标)', () => {
  const expected = ['兰州市|行政复议受理件数|2022|100|件', '兰州市|行政复议纠错件数|2022|10|件', '兰州市|行政诉讼应诉件数|2022|50|件', '兰州市|行政诉讼败诉件数|2022|5|件'];
  it.each([
    ['merged down', () => null, ['A3:A4', 'A5:A6']],
    ['left blank', () => null, []],
    ['written on every row', (g: string) => g, []],
  ] as const)('a category %s over its items: each item is named with its category', async (_how, again, merges) => {
    const rows = [
      ['兰州市2022年法治政府建设主要指标'],
      ['类别', '指标', '单位', '2022年'],
      ['行政复议', '受理件数', '件', 100], [again('行政复议'), '纠错件数', '件', 10],
      ['行政诉讼', '应诉件数', '件', 50], [again('行政诉讼'), '败诉件数', '件', 5],
    ];
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows, merges: ['A1:D1', ...merges] }]));
    expect(flatten(od)).toEqual(expected);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('places across: the same', async () => {
    const rows = [['类别', '指标', '兰州市', '天水市'], ['行政复议', '受理件数', 100, 40], [null, '纠错件数', 10, 4]];
    expect(flatten(await runDraft('2022年.xlsx', book(rows)))).toEqual(['兰州市|行政复议受理件数|2022|100|件', '兰州市|行政复议纠错件数|2022|10|件', '天水市|行政复议受理件数|2022|40|件', '天水市|行政复议纠错件数|2022|4|件']);
  });

  it('three levels of an evaluation table: the finest names the indicator, a name that shares a word with its group keeps its own, never a place', async () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '数值'],
      ['依法全面履行政府职能', '权力清单', '权力清单事项数', 1989], [null, null, '责任清单事项数', 2100],
      [null, '放管服', '行政许可事项数', 300],
      ['行政复议', '办案', '行政复议受理件数', 100],
    ];
    const od = await runDraft('兰州市2022年法治政府建设考核.xlsx', xlsx([{ name: 'Sheet1', rows, merges: ['A2:A4', 'B2:B3'] }]));
    expect(flatten(od).map((r) => r.split('|').slice(0, 4).join('|'))).toEqual(['兰州市|权力清单事项数|2022|1989', '兰州市|行政复议受理件数|2022|100', '兰州市|行政许可事项数|2022|300', '兰州市|责任清单事项数|2022|2100']);
  });

  it('a level with figures of its own and no finer name is the row’s indicator', async () => {
    const rows = [['类别', '指标', '2022年'], ['行政复议案件', null, 130], [null, '维持', 80], [null, '撤销', 20]];
    expect(flatten(await runDraft('兰州市.xlsx', book(rows)))).toEqual(['兰州市|行政复议案件|2022|130|', '兰州市|行政复议案件撤销|2022|20|', '兰州市|行政复议案件维持|2022|80|']);
  });
});

describe('a pivot table as Excel and WPS write it', () => {
  const e = ['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次', '天水市|培训人次|2019|50|人次', '天水市|培训人次|2020|55|人次'];
  it.each([
    ['compact (求和项 / 列标签 / 行标签 / 总计)', [['求和项:培训人次', '列标签', '', ''], ['行标签', 2019, 2020, '总计']]],
    ['tabular (its fields named 地区, 年份)', [['求和项:培训人次', '年份', '', ''], ['地区', 2019, 2020, '总计']]],
    ['in English (Sum of …, Row Labels, Grand Total)', [['Sum of 培训人次', 'Column Labels', '', ''], ['Row Labels', 2019, 2020, 'Grand Total']]],
  ])('%s: the data field names the indicator; totals are not data', async (_how, head) => {
    const rows = [...head, ['兰州市', 100, 110, 210], ['天水市', 50, 55, 105], [head[1][3], 150, 165, 315]];
    expect(flatten(await runDraft('x.xlsx', book(rows)))).toEqual(e);
  });

  it('two data fields under each year; indicators down and places across with a 总计 row', async () => {
    const two = [['', '列标签', '', '', ''], ['', '2019', '', '2020', ''], ['行标签', '求和项:培训人次', '求和项:培训班次', '求和项:培训人次', '求和项:培训班次'], ['兰州市', 100, 10, 110, 11], ['总计', 100, 10, 110, 11]];
    expect(flatten(await runDraft('x.xlsx', book(two)))).toEqual(['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次', '兰州市|培训班次|2019|10|次', '兰州市|培训班次|2020|11|次']);
    const down = [['求和项:数值', '列标签', ''], ['行标签', '兰州市', '天水市'], ['培训人次', 100, 50], ['行政复议受理件数', 10, 5], ['总计', 110, 55]];
    expect(flatten(await runDraft('2022年.xlsx', book(down)))).toEqual(['兰州市|培训人次|2022|100|人次', '兰州市|行政复议受理件数|2022|10|件', '天水市|培训人次|2022|50|人次', '天水市|行政复议受理件数|2022|5|件']);
  });

  it('年份 or 年度 over the years names the axis, not an indicator', async () => {
    const merged = xlsx([{ name: 'Sheet1', rows: [['地区', '年份', ''], ['', 2019, 2020], ['兰州市', 100, 110]], merges: ['A1:A2', 'B1:C1'] }]);
    expect(flatten(await runDraft('培训人次.xlsx', merged))).toEqual(['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次']);
    expect(flatten(await runDraft('培训人次.xlsx', book([['地区', '年度', '年度'], ['', '2019年', '2020年'], ['兰州市', 100, 110]])))).toEqual(['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次']);
  });
});

describe('a first place that reported no figures', () => {
  const e = ['天水市|培训人次|2022|500|人次', '天水市|培训班次|2022|5|次', '白银市|培训人次|2022|300|人次', '白银市|培训班次|2022|3|次'];
  it.each(['—', '-', '…', '/', 'x', '未统计', '暂无', '未填报', '不详', ''])('兰州市 | 「%s」 | … right under the header is a data row, not a second header row', async (none) => {
    for (const head of [[], ['2022年各市培训情况']]) {
      const rows = [...(head.length ? [head] : []), ['地区', '培训人次', '培训班次'], ['兰州市', none, none], ['天水市', 500, 5], ['白银市', 300, 3]];
      const od = await runDraft(head.length ? 'x.xlsx' : '2022年.xlsx', book(rows));
      expect(flatten(od)).toEqual(e);
      expect(od.draft.sheets[0].detection.headerEnd).toBe(head.length);
    }
  });

  it('未统计 and 暂无 are no figure, not a value that could not be read', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '培训人次'], ['天水市', 500], ['兰州市', '未统计'], ['白银市', '暂无']]));
    expect(flatten(od)).toEqual(['天水市|培训人次|2022|500|人次']);
    expect(od.draft.sheets[0].skipped).toBe(0);
  });
});

describe('a place written with its division code in one cell', () => {
  it.each([
    ['620100 兰州市', '620500 天水市'],
    ['兰州市(620100)', '天水市（620500）'],
    ['620100000000兰州市', '620500000000 天水市'],
  ])('%s, %s: the place, never a figure or a name with digits', async (a, b) => {
    const od = await runDraft('2022年.xlsx', book([['地区', '培训人次'], [a, 100], [b, 40]]));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2022|100|人次', '天水市|培训人次|2022|40|人次']);
  });

  it('places the catalog does not know keep their names without the code', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '培训人次'], ['620102 城关区', 100], ['620103 七里河区', 40], ['620104 西固区', 30]]));
    expect(flatten(od).map((r) => r.split('|')[0]).sort()).toEqual(['七里河区', '城关区', '西固区']);
  });

  it('a figure with a unit is still a figure', async () => {
    expect(parseValue('620100人').ok).toBe(true);
    expect(parseValue('123456 人次').ok).toBe(true);
  });
});

describe('section lines naming the other axis', () => {
  const e = ['兰州市|培训人次|2021|100|人次', '兰州市|培训人次|2022|110|人次', '兰州市|行政复议受理件数|2021|10|件', '兰州市|行政复议受理件数|2022|11|件', '天水市|培训人次|2021|50|人次', '天水市|培训人次|2022|55|人次', '天水市|行政复议受理件数|2021|5|件', '天水市|行政复议受理件数|2022|6|件'];
  it.each([
    ['兰州市', '天水市', '  '],
    ['一、兰州市', '二、天水市', ''],
    ['（一）兰州市', '（二）天水市', '　　'],
  ])('a place alone on its line (%s) over indicator rows names their place', async (a, b, indent) => {
    const rows = [['指标', '2021年', '2022年'], [a, '', ''], [`${indent}培训人次`, 100, 110], [`${indent}行政复议受理件数`, 10, 11], [b, '', ''], [`${indent}培训人次`, 50, 55], [`${indent}行政复议受理件数`, 5, 6]];
    const od = await runDraft('x.xlsx', book(rows));
    expect(flatten(od)).toEqual(e);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('an indicator alone on its line over place rows names their indicator, with its unit', async () => {
    const rows = [['地区', '2021年', '2022年'], ['培训人次', '', ''], ['兰州市', 100, 110], ['天水市', 50, 55], ['二、行政复议受理件数(件)', '', ''], ['兰州市', 10, 11], ['天水市', 5, 6]];
    expect(flatten(await runDraft('x.xlsx', book(rows)))).toEqual(e);
  });

  it('a section of the same axis (行政复议 over its items) is still what the items are part of', async () => {
    const rows = [['兰州市2022年行政复议和诉讼情况'], ['指标', '2022年'], ['一、行政复议', ''], ['维持', 80], ['撤销', 20], ['二、行政诉讼', ''], ['维持', 30], ['撤销', 5]];
    const got = flatten(await runDraft('x.xlsx', book(rows)));
    expect(got).toHaveLength(4);
    expect(new Set(got.map((r) => r.split('|')[1])).size).toBe(4);
  });
});

describe('pandas: columns with names of their own (MultiIndex, pivot_table, unstack)', () => {
  const csv = (text: string) => new TextEncoder().encode(text);
  const e2 = ['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次', '兰州市|培训班次|2019|10|次', '兰州市|培训班次|2020|11|次', '天水市|培训人次|2019|50|人次', '天水市|培训人次|2020|55|人次', '天水市|培训班次|2019|5|次', '天水市|培训班次|2020|6|次'];
  const body = '兰州市,100,110,10,11\n天水市,50,55,5,6\n';
  it.each([
    ['level names and the index’s name row', `指标,培训人次,培训人次,培训班次,培训班次\n年份,2019,2020,2019,2020\n地区,,,,\n${body}`],
    ['the index’s name row only', `,培训人次,培训人次,培训班次,培训班次\n,2019,2020,2019,2020\n地区,,,,\n${body}`],
    ['level names and no index name', `指标,培训人次,培训人次,培训班次,培训班次\n年份,2019,2020,2019,2020\n${body}`],
  ])('to_csv of MultiIndex columns with %s', async (_what, text) => {
    expect(flatten(await runDraft('p.csv', csv(text)))).toEqual(e2);
  });

  it('to_excel of the same, its levels merged', async () => {
    const bytes = xlsx([{ name: 'Sheet1', rows: [['指标', '培训人次', null, '培训班次', null], ['年份', 2019, 2020, 2019, 2020], ['地区'], ['兰州市', 100, 110, 10, 11], ['天水市', 50, 55, 5, 6]], merges: ['B1:C1', 'D1:E1'] }]);
    expect(flatten(await runDraft('p.xlsx', bytes))).toEqual(e2);
  });

  it('pivot_table and unstack: the columns’ name, then the index’s name on a row of its own', async () => {
    const e3 = ['兰州市|培训人次|2019|100|人次', '兰州市|培训人次|2020|110|人次', '天水市|培训人次|2019|50|人次', '天水市|培训人次|2020|55|人次'];
    expect(flatten(await runDraft('培训人次.csv', csv('年份,2019,2020\n地区,,\n兰州市,100,110\n天水市,50,55\n')))).toEqual(e3);
    expect(flatten(await runDraft('培训人次.csv', csv('地区,兰州市,天水市\n年份,,\n2019,100,50\n2020,110,55\n')))).toEqual(e3);
    expect(flatten(await runDraft('2020年.csv', csv('指标,培训人次,培训班次\n地区,,\n兰州市,100,10\n天水市,50,5\n')))).toEqual(['兰州市|培训人次|2020|100|人次', '兰州市|培训班次|2020|10|次', '天水市|培训人次|2020|50|人次', '天水市|培训班次|2020|5|次']);
  });
});

describe('a table-wide unit line beside a rate', () => {
  it.each(['单位：件', '单位:件', '计量单位：件'])('「%s」 is the unit of the counts; the catalog’s rate keeps %%', async (line) => {
    const rows = [['2022年各县区行政复议情况'], [line], ['县区', '行政复议受理件数', '行政复议纠错率'], ['城关区', 100, 10], ['七里河区', 50, 8]];
    expect(flatten(await runDraft('x.xlsx', book(rows)))).toEqual(['七里河区|行政复议受理件数|2022|50|件', '七里河区|行政复议纠错率|2022|8|%', '城关区|行政复议受理件数|2022|100|件', '城关区|行政复议纠错率|2022|10|%']);
  });
});

describe('a figure written with its scale under a column in a scaled unit', () => {
  it('1.2亿 under (万元) is 12,000 万元, 11.9万 under (万人) is 11.9 万人; a plain unit or a unit of its own (千米) takes the figure whole', async () => {
    const rows = [['地区', '财政投入(万元)', '常住人口(万人)', '培训人次(人)', '道路长度(千米)'], ['兰州市', '1.2亿', '11.9万', '2.5万', '1.5千'], ['天水市', 3000, 300, 100, 200]];
    expect(flatten(await runDraft('2022年.xlsx', book(rows)))).toEqual([
      '兰州市|培训人次|2022|25000|人', '兰州市|常住人口|2022|11.9|万人', '兰州市|财政投入|2022|12000|万元', '兰州市|道路长度|2022|1500|千米',
      '天水市|培训人次|2022|100|人', '天水市|常住人口|2022|300|万人', '天水市|财政投入|2022|3000|万元', '天水市|道路长度|2022|200|千米',
    ]);
  });
});

describe('a table printed in halves side by side (a yearbook page)', () => {
  const all = ['七里河区|律师人数|2022|200|', '七里河区|律所数|2022|20|', '城关区|律师人数|2022|500|', '城关区|律所数|2022|50|', '榆中县|律师人数|2022|30|', '榆中县|律所数|2022|4|', '永登县|律师人数|2022|20|', '永登县|律所数|2022|3|'];
  it.each([
    ['with a blank column between', ''],
    ['side by side', null],
  ])('%s: each half is read as a table of its own, under the sheet’s title', async (_how, gap) => {
    const half = (a: unknown[], b: unknown[]) => (gap === null ? [...a, ...b] : [...a, gap, ...b]);
    const rows = [
      ['2022年各县区律师人数'],
      half(['县区', '律师人数', '律所数'], ['县区', '律师人数', '律所数']),
      half(['城关区', 500, 50], ['永登县', 20, 3]),
      half(['七里河区', 200, 20], ['榆中县', 30, 4]),
    ];
    const od = await runDraft('x.xlsx', book(rows));
    expect(flatten(od)).toEqual(all);
    expect(od.draft.sheets.map((sh) => sh.table)).toEqual([1, 2]);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('two different tables side by side, and a right half shorter than the left', async () => {
    const rows = [['县区', '律师人数', '', '县区', '公证员人数'], ['城关区', 500, '', '城关区', 20], ['七里河区', 200, '', '', ''], ['西固区', 100, '', '', '']];
    expect(flatten(await runDraft('2022年.xlsx', book(rows)))).toEqual(['七里河区|律师人数|2022|200|', '城关区|公证员人数|2022|20|', '城关区|律师人数|2022|500|', '西固区|律师人数|2022|100|']);
  });

  it('a label written again over figures, not names, starts no half', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '培训人次', '地区'], ['兰州市', 100, 1], ['天水市', 50, 2]]));
    expect(od.draft.sheets).toHaveLength(1);
  });
});

describe('ordinary tables the new rules leave as they were (a review of them)', () => {
  it('a lone 合计 beside a 序号 or 年份 column is the table’s figure; beside categories of one measure it is a figure of its own', async () => {
    for (const head of [['序号', '地区', '合计'], ['地区', '年份', '合计']]) {
      const rows = [head, head[0] === '序号' ? [1, '兰州市', 1998] : ['兰州市', 2022, 1998], head[0] === '序号' ? [2, '天水市', 500] : ['天水市', 2022, 500]];
      expect(flatten(await runDraft('2022年律师人数.xlsx', book(rows)))).toEqual(['兰州市|律师人数|2022|1998|', '天水市|律师人数|2022|500|']);
    }
    const wages = flatten(await runDraft('2022年平均工资.xlsx', book([['地区', '合计', '国有单位', '城镇集体单位', '其他单位'], ['北京市', 200000, 180000, 100000, 210000]])));
    expect(wages).toHaveLength(4);
    expect(wages).toContain('北京市|合计|2022|200000|');
  });

  it('累计 or 全年 in a column of years is a total’s row, not a period asked for', async () => {
    const od = await runDraft('x.xlsx', book([['地区', '年份', '律师人数'], ['兰州市', '2021年', 100], ['兰州市', '2022年', 110], ['兰州市', '累计', 210], ['天水市', '全年', 50]]));
    expect(od.draft.sheets[0].problem).toBeNull();
    expect(flatten(od)).toEqual(['兰州市|律师人数|2021|100|', '兰州市|律师人数|2022|110|']);
  });

  it('指标名称 beside a 类别, 分类 or 行业 column names the indicator: those qualify it, they are not its level', async () => {
    const rows = [['兰州市主要指标'], ['指标名称', '类别', '单位', '2021年', '2022年'], ['培训人次', '学法培训', '人次', 100, 110], ['律师人数', '法律服务', '人', 50, 55]];
    expect(flatten(await runDraft('x.xlsx', book(rows))).map((r) => r.split('|')[1])).toEqual(['培训人次', '培训人次', '律师人数', '律师人数']);
  });

  it('a blank row of a name with a unit (省直单位（个）) is a row, not a section naming the indicator', async () => {
    const rows = [['地区', '2021年', '2022年'], ['兰州市', 100, 110], ['省直单位（个）', '', ''], ['天水市', 50, 55]];
    expect(flatten(await runDraft('律师人数.xlsx', book(rows)))).toEqual(['兰州市|律师人数|2021|100|', '兰州市|律师人数|2022|110|', '天水市|律师人数|2021|50|', '天水市|律师人数|2022|55|']);
  });

  it('a table-wide 单位：个百分点 or ‰ stays the unit of a rate', async () => {
    const got = flatten(await runDraft('2022年.xlsx', book([['单位：个百分点'], ['地区', '行政复议纠错率'], ['兰州市', 1.5], ['天水市', -0.5]])));
    expect(got.map((r) => r.split('|')[4])).toEqual(['个百分点', '个百分点']);
  });

  it('a count of places is a figure (100000个社区), and a last 地区 column with no figures after it starts no half', async () => {
    expect(parseValue('100000个社区').ok).toBe(true);
    const od = await runDraft('2022年.xlsx', book([['地区', '律师人数', '律所数', '地区'], ['兰州市', 500, 50, '甘肃省'], ['天水市', 200, 20, '甘肃省']]));
    expect(od.draft.sheets).toHaveLength(1);
    expect(flatten(od)).toHaveLength(4);
  });
});

describe('code columns', () => {
  it.each(['区划代码', '统计用区划代码', '地区编码', 'adcode', 'code', 'provcode', 'Prvcd', 'city_id'])('%s beside the places is not an indicator', async (head) => {
    const rows = [[head, '地区', '公证件数'], [110000, '北京市', 300], [120000, '天津市', 200], [130000, '河北省', 100]];
    expect(flatten(await runDraft('2022年.xlsx', book(rows)))).toEqual(['北京市|公证件数|2022|300|件', '天津市|公证件数|2022|200|件', '河北省|公证件数|2022|100|件']);
  });

  it('A01, A02 beside 指标名称 are codes, not places', async () => {
    for (const head of ['指标代码', '']) {
      const rows = [[head, '指标名称', '2021', '2022'], ['A01', '行政复议受理件数', 120, 130], ['A02', '培训人次', 2800, 3000], ['A03', '公证件数', 90, 95]];
      const got = flatten(await runDraft('兰州市.xlsx', book(rows)));
      expect(got).toContain('兰州市|行政复议受理件数|2022|130|件');
      expect(got).toHaveLength(6);
    }
  });
});

describe('dates as periods', () => {
  // Excel serials: 2020-01-01 is 43831, 2020-02-01 43862, 2020-01-31 43861, 2021-01-01 44197.
  const date = (v: number, z: string) => ({ t: 'n' as const, v, z });

  it.each([
    ['yyyy"年"m"月"', [43831, 43862], ['2020年1月', '2020年2月']],
    ['yyyy"年"', [43831, 44197], ['2020', '2021']],
  ])('header cells that Chinese Excel made dates (%s) are their months or years', async (z, serials, labels) => {
    const bytes = xlsx([{ name: 'Sheet1', rows: [['地区', 0, 0], ['兰州市', 1, 2]], cells: { B1: date(serials[0], z), C1: date(serials[1], z) } }]);
    const got = flatten(await runDraft('公证件数.xlsx', bytes));
    expect(got).toEqual([`兰州市|公证件数|${labels[0]}|1|件`, `兰州市|公证件数|${labels[1]}|2|件`]);
  });

  it('a long table dated by day (Wind, CEIC, a date column) reads the month', async () => {
    const text = ['地区,日期,公证件数', '兰州市,2020-01-31,10', '兰州市,2020/2/29,11', '天水市,2020年3月31日,5'].join('\n');
    const got = flatten(await runDraft('series.csv', new TextEncoder().encode(text)));
    expect(got).toEqual(['兰州市|公证件数|2020年1月|10|件', '兰州市|公证件数|2020年2月|11|件', '天水市|公证件数|2020年3月|5|件']);
  });

  it('date cells in a date column', async () => {
    const bytes = xlsx([{ name: 'Sheet1', rows: [['地区', '日期', '公证件数'], ['兰州市', 0, 10], ['兰州市', 0, 11], ['天水市', 0, 5]], cells: { B2: date(43861, 'yyyy-mm-dd'), B3: date(43890, 'yyyy-mm-dd'), B4: date(43921, 'yyyy-mm-dd') } }]);
    expect(flatten(await runDraft('series.xlsx', bytes))).toEqual(['兰州市|公证件数|2020年1月|10|件', '兰州市|公证件数|2020年2月|11|件', '天水市|公证件数|2020年3月|5|件']);
  });
});

describe('provinces in pinyin or English', () => {
  it('a panel of Beijing, Inner Mongolia, SHAANXI, Hebei Province names the provinces; an unknown place keeps its letters', async () => {
    const text = ['province,year,gdp', 'Beijing,2020,36102.6', 'Inner Mongolia,2020,17359.8', 'SHAANXI,2020,26181.9', 'Hebei Province,2020,36206.9', 'Lanzhou,2020,2886.7'].join('\n');
    const got = flatten(await runDraft('panel.csv', new TextEncoder().encode(text)));
    expect(got.map((r) => r.split('|')[0])).toEqual(['Lanzhou', '内蒙古自治区', '北京市', '河北省', '陕西省']);
  });
});

describe('a national series', () => {
  it('全国 as the only region is the region', async () => {
    const text = ['地区,年份,国内生产总值(亿元)', '全国,2019,986515', '全国,2020,1013567'].join('\n');
    expect(flatten(await runDraft('gdp.csv', new TextEncoder().encode(text)))).toEqual(['全国|国内生产总值|2019|986515|亿元', '全国|国内生产总值|2020|1013567|亿元']);
  });

  it('an NBS export with 地区：全国', async () => {
    const text = ['数据库：年度数据', '地区：全国', '时间：最近5年', '指标,2022年,2021年', '国内生产总值(亿元),1204724,1149237'].join('\r\n');
    expect(flatten(await runDraft('年度数据.csv', new TextEncoder().encode(text)))).toEqual(['全国|国内生产总值|2021|1149237|亿元', '全国|国内生产总值|2022|1204724|亿元']);
  });

  it('beside provinces, 全国 is still their total', async () => {
    const text = ['地区,年份,国内生产总值', '全国,2020,1013567', '北京,2020,36102.6'].join('\n');
    const od = await runDraft('gdp.csv', new TextEncoder().encode(text));
    expect(flatten(od)).toEqual(['北京市|国内生产总值|2020|36102.6|']);
    expect(od.draft.sheets[0].skips.map((k) => k.reason)).toContain('aggregate');
  });
});

describe('a long table with a quarter column beside its year', () => {
  it.each([['一季度', '二季度'], ['Q1', 'Q2'], ['1', '2'], ['第一季度', '第二季度']])('%s, %s under 季度', async (q1, q2) => {
    const text = ['地区,年份,季度,公证件数', `兰州市,2020,${q1},10`, `兰州市,2020,${q2},12`].join('\n');
    expect(flatten(await runDraft('q.csv', new TextEncoder().encode(text)))).toEqual(['兰州市|公证件数|2020年第1季度|10|件', '兰州市|公证件数|2020年第2季度|12|件']);
  });

  it('months still read as months', async () => {
    const text = ['地区,年份,月份,公证件数', '兰州市,2020,1,10', '兰州市,2020,2,12'].join('\n');
    expect(flatten(await runDraft('m.csv', new TextEncoder().encode(text)))).toEqual(['兰州市|公证件数|2020年1月|10|件', '兰州市|公证件数|2020年2月|12|件']);
  });
});

describe('bilingual yearbook cells', () => {
  it('Chinese over English on two lines: the place and the name are the Chinese', async () => {
    const rows = [['地区\nRegion', '地区生产总值\nGross Regional Product', '第一产业\nPrimary Industry'], ['北  京\nBeijing', 36102.6, 107.6], ['天  津\nTianjin', 14083.7, 210.2], ['河  北\nHebei', 36206.9, 3880.1]];
    const got = flatten(await runDraft('2020年分地区生产总值.xlsx', book(rows)));
    expect(got.filter((r) => r.startsWith('北京市'))).toEqual(['北京市|地区生产总值|2020|36102.6|', '北京市|第一产业|2020|107.6|']);
    expect(got).toHaveLength(6);
  });
});

describe('figures that look like years', () => {
  it('first rows of counts like 2015 and 1999 under a header of words are data, not a header of years', async () => {
    const rows = [['县区', '公证件数', '法律援助件数'], ['城关区', 2015, 1999], ['七里河区', 1987, 2003], ['西固区', 560, 300], ['安宁区', 420, 210]];
    const got = flatten(await runDraft('2022年各县区公证件数.xlsx', book(rows)));
    expect(got).toHaveLength(8);
    expect(got).toContain('城关区|公证件数|2022|2015|件');
    expect(got).toContain('七里河区|法律援助件数|2022|2003|件');
  });

  // A first row whose every figure looks like a year, in each shape a row of labels and figures takes.
  const longRows = (first: number) => [
    ['地区', '年份', '指标', '数值'],
    ['兰州市', 2022, '律师人数', first],
    ...['兰州市', '天水市', '白银市'].flatMap((r, k) => [[r, 2022, '律所数', 150 + k], ...(k ? [[r, 2022, '律师人数', 500 + k]] : [])]),
  ];
  it.each([1998, 2010, 2022, 2099])('a long table (地区 | 年份 | 指标 | 数值) whose first figure is %s: that row is data', async (first) => {
    const rows = longRows(first);
    for (const [name, bytes] of [['x.xlsx', book(rows)], ['x.csv', new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'))]] as const) {
      const got = flatten(await runDraft(name, bytes));
      expect(got, name).toHaveLength(rows.length - 1);
      expect(got, name).toContain(`兰州市|律师人数|2022|${first}|`);
      expect(got.filter((g) => g.split('|')[2] !== '2022'), name).toEqual([]);
    }
  });

  it.each([
    ['no title', [['指标', '单位', '数值']], '兰州市2022年.xlsx'],
    ['a title', [['兰州市2022年法治政府建设主要指标'], ['指标', '单位', '数值']], 'x.xlsx'],
    ['a year header', [['兰州市法治政府建设主要指标'], ['指标', '单位', '2022年']], 'x.xlsx'],
  ])('indicators down with their unit under %s: a first figure of 2015 is data', async (_what, head, file) => {
    const rows = [...head, ['权力清单事项数', '项', 2015], ['培训人次', '人次', 3000], ['行政复议受理件数', '件', 120]];
    expect(flatten(await runDraft(file, book(rows)))).toEqual(['兰州市|培训人次|2022|3000|人次', '兰州市|权力清单事项数|2022|2015|项', '兰州市|行政复议受理件数|2022|120|件']);
  });

  it('a real header of years under a title still is one', async () => {
    const rows = [['各县区公证件数'], ['县区', 2021, 2022], ['城关区', 300, 320], ['七里河区', 120, 130]];
    expect(flatten(await runDraft('x.xlsx', book(rows)))).toEqual(['七里河区|公证件数|2021|120|件', '七里河区|公证件数|2022|130|件', '城关区|公证件数|2021|300|件', '城关区|公证件数|2022|320|件']);
  });
});

describe('a small table whose every figure looks like a year', () => {
  it('is read, not refused as holding no data', async () => {
    const rows = [['县区', '公证件数', '法律援助件数'], ['城关区', 2015, 1999], ['七里河区', 1987, 2003]];
    expect(flatten(await runDraft('2022年各县区公证件数.xlsx', book(rows)))).toHaveLength(4);
  });
});

describe('years down the first column, places across', () => {
  it('a blank corner, 2019年 and 2020年 down: the years are the rows\' periods', async () => {
    const rows = [['', '北京市', '天津市'], ['2019年', 35371.3, 14104.3], ['2020年', 36102.6, 14083.7]];
    expect(flatten(await runDraft('地区生产总值.xlsx', book(rows)))).toEqual(['北京市|地区生产总值|2019|35371.3|', '北京市|地区生产总值|2020|36102.6|', '天津市|地区生产总值|2019|14104.3|', '天津市|地区生产总值|2020|14083.7|']);
  });

  it('a count of years is still a figure', async () => {
    expect(parseValue('5年')).toMatchObject({ ok: true, value: 5, unit: '年' });
  });
});

describe('notes under the table', () => {
  it('a numbered note line holding a number, under 注：1.…, is a note', async () => {
    const rows = [['地区', '培训人次', '培训班次'], ['兰州市', 3000, 20], ['天水市', 1200, 8], ['注：1.培训人次含线上培训', '', ''], ['2.天水市数据为12月估计数', 35, ''], ['资料来源：市司法局', '', '']];
    const od = await runDraft('2020年各市培训人次.xlsx', book(rows));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2020|3000|人次', '兰州市|培训班次|2020|20|次', '天水市|培训人次|2020|1200|人次', '天水市|培训班次|2020|8|次']);
  });
});

describe('tables stacked on one sheet', () => {
  it('each under its own title year is read with that year', async () => {
    const rows = [
      ['2019年各市行政复议情况'], ['地区', '行政复议受理件数', '行政复议审结件数'], ['兰州市', 100, 90], ['天水市', 30, 28], [],
      ['2020年各市行政复议情况'], ['地区', '行政复议受理件数', '行政复议审结件数'], ['兰州市', 120, 110], ['天水市', 40, 35],
    ];
    const od = await runDraft('各市指标.xlsx', book(rows));
    expect(od.draft.sheets.map((s) => [s.name, s.table])).toEqual([['Sheet1', 1], ['Sheet1', 2]]);
    const got = flatten(od);
    expect(got).toHaveLength(8);
    expect(got).toContain('兰州市|行政复议受理件数|2019|100|件');
    expect(got).toContain('天水市|行政复议审结件数|2020|35|件');
    expect(od.draft.collisionCount).toBe(0);
    // Every value still points at its own cell of the sheet.
    expect(od.draft.sheets[1].sample.find((x) => x.value === 120)?.cell).toBe('B8');
    expect(od.draft.sheets[1].previewRows[0]).toBe(5);
  });

  it('different tables under 表1 / 表2 keep their own indicators', async () => {
    const rows = [
      ['表1 行政复议'], ['地区', '行政复议受理件数', '行政复议审结件数'], ['兰州市', 120, 110], ['天水市', 40, 35], [],
      ['表2 学法培训'], ['地区', '培训人次', '培训班次'], ['兰州市', 3000, 20], ['天水市', 1200, 8],
    ];
    const got = flatten(await runDraft('2020年统计.xlsx', book(rows)));
    expect(got).toEqual([
      '兰州市|培训人次|2020|3000|人次', '兰州市|培训班次|2020|20|次', '兰州市|行政复议受理件数|2020|120|件', '兰州市|行政复议审结件数|2020|110|件',
      '天水市|培训人次|2020|1200|人次', '天水市|培训班次|2020|8|次', '天水市|行政复议受理件数|2020|40|件', '天水市|行政复议审结件数|2020|35|件',
    ]);
  });

  it('a header repeated without a title (a page break) is one table', async () => {
    const rows = [['地区', '公证件数'], ['兰州市', 10], ['天水市', 5], ['地区', '公证件数'], ['白银市', 3]];
    const od = await runDraft('2020年公证.xlsx', book(rows));
    expect(od.draft.sheets).toHaveLength(1);
    expect(flatten(od)).toHaveLength(3);
  });
});

describe('spaced units', () => {
  it('「2019年 亿元」 is the year and its unit', async () => {
    const rows = [['地区', '2019年 亿元', '2020年 亿元'], ['兰州市', 3012.5, 3231.3]];
    expect(flatten(await runDraft('地区生产总值.xlsx', book(rows)))).toEqual(['兰州市|地区生产总值|2019|3012.5|亿元', '兰州市|地区生产总值|2020|3231.3|亿元']);
  });
});

describe('more ways to write a year', () => {
  it.each([['Y2019', '2019'], ['FY2020', '2020'], ['2019-2020学年', '2019—2020'], ['2019—2020学年度', '2019—2020']])('%s → %s', async (text, label) => {
    const p = parsePeriod(text);
    expect(p && periodLabel(periodKey(p))).toBe(label);
  });

  it('Y alone, or a code like Y20190, is not a year', async () => {
    expect([parsePeriod('Y'), parsePeriod('Y20190'), parsePeriod('Yes2019')]).toEqual([null, null, null]);
  });
});

describe('second looks (a review of the rules above)', () => {
  it('column numbers in parentheses are column numbers, and (1) is not −1', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '公证件数', '培训人次'], ['甲', '(1)', '(2)'], ['兰州市', 10, 20]]));
    expect(flatten(od)).toEqual(['兰州市|公证件数|2022|10|件', '兰州市|培训人次|2022|20|人次']);
    expect(parseValue('(12)')).toMatchObject({ ok: true, value: -12 });
  });

  it('2000(万元) in a value cell is the figure 2000', async () => {
    expect(parseValue('2000(万元)')).toMatchObject({ ok: true, value: 2000 });
  });

  it('Jilin City is not Jilin province', async () => {
    const idx = buildRegionIndex([]);
    expect([matchRegion(idx, 'Jilin').id, matchRegion(idx, 'Jilin City').id]).toEqual(['吉林省', 'Jilin City']);
  });
});

describe('names that are not codes, translations or units', () => {
  it('GDP under years, CPI under 城镇/农村 stay the names', async () => {
    const years = flatten(await runDraft('x.xlsx', book([['地区', '2019年', '2020年'], ['', 'GDP', 'GDP'], ['兰州市', 1, 2]])));
    expect(years).toEqual(['兰州市|GDP|2019|1|', '兰州市|GDP|2020|2|']);
    const cpi = flatten(await runDraft('2020年.xlsx', book([['地区', '城镇', '农村'], ['', 'CPI', 'CPI'], ['兰州市', 101.2, 100.8]])));
    expect(cpi).toEqual(['兰州市|农村CPI|2020|100.8|', '兰州市|城镇CPI|2020|101.2|']);
  });

  it('培训 over 人次 is 培训人次 (公证 over 件 is the catalog 公证件数); 面积 over km2 keeps its unit', async () => {
    expect(flatten(await runDraft('2020年.xlsx', book([['地区', '培训', '公证'], ['', '人次', '件'], ['兰州市', 3000, 12]])))).toEqual(['兰州市|公证件数|2020|12|件', '兰州市|培训人次|2020|3000|人次']);
    expect(flatten(await runDraft('2020年.xlsx', book([['地区', '面积\nkm2'], ['兰州市', 13100]])))).toEqual(['兰州市|面积|2020|13100|km2']);
  });
});

describe('second looks, continued', () => {
  it('各地区/分地区 before other names are scope words; month ranges are not table numbers', async () => {
    expect([titleIndicator('2020年分地区律师人数'), titleIndicator('各地区律师人数'), fileStem('1-6月行政复议人数.xlsx')]).toEqual(['律师人数', '律师人数', '1-6月行政复议人数']);
  });

  it('a change column under a group header with a subject is that subject\'s change', async () => {
    const rows = [['地区', '地区生产总值', '地区生产总值'], ['', '绝对额(亿元)', '增长(%)'], ['兰州市', 3012.5, 5.1], ['天水市', 800, 4.2]];
    expect(flatten(await runDraft('2020年.xlsx', book(rows)))).toHaveLength(4);
  });

  it('SO2 and PM10 repeated down a long table name pollutants, not codes', async () => {
    const rows = [['城市', '污染物', '浓度'], ['兰州市', 'SO2', 12], ['兰州市', 'PM10', 80], ['天水市', 'SO2', 9], ['天水市', 'PM10', 70]];
    const od = await runDraft('2020年.xlsx', book(rows));
    expect(flatten(od)).toContain('兰州市|PM10|2020|80|');
    expect(od.draft.collisionCount).toBe(0);
  });

  it('本期 and 本年累计 under a month\'s title are that month and the year to it', async () => {
    const rows = [['2022年6月各县区公证件数'], ['县区', '本期', '本年累计'], ['城关区', 3, 15]];
    expect(flatten(await runDraft('x.xlsx', book(rows)))).toEqual(['城关区|公证件数|2022年1—6月|15|件', '城关区|公证件数|2022年6月|3|件']);
  });

  it('a daily series is not squeezed into months; first and last days date their month', async () => {
    expect([parsePeriod('2020-01-02'), parsePeriod('2020-02-29'), parsePeriod('2020-02-01'), parsePeriod('2021-02-29')]).toEqual([null, { start: 2020, end: 2020, months: [2, 2] }, { start: 2020, end: 2020, months: [2, 2] }, null]);
  });

  it('一九九八年 is 1998', async () => {
    expect(parsePeriod('一九九八年')).toEqual({ start: 1998, end: 1998 });
  });
});

describe('second looks: stacked tables and date formats', () => {
  it('a place over its counties, with the header repeated, is one table of the sheet\'s year', async () => {
    const rows = [['2020年各县区公证件数'], ['县区', '公证件数'], ['城关区', 10], ['七里河区', 8], ['天水市'], ['县区', '公证件数'], ['秦州区', 5], ['麦积区', 4]];
    const od = await runDraft('x.xlsx', book(rows));
    expect(od.draft.sheets).toHaveLength(1);
    expect(flatten(od)).toHaveLength(4);
  });

  it('date cells whose format names no year keep the whole date', async () => {
    const date = (z: string) => ({ t: 'n' as const, v: 43861, z });
    const bytes = xlsx([{ name: 'S', rows: [['a', 'b', 'c'], [0, 0, 0]], cells: { A2: date('[h]:mm'), B2: date('yyyy"年"m"月"'), C2: date('[$-804]yyyy"年"') } }]);
    const read = readWorkbook(bytes, 'd.xlsx');
    if (!read.ok) throw new Error('unread');
    expect(read.workbook.sheets[0].rows[1].map((c) => cellText(c).length > 7)).toEqual([true, false, false]);
    expect(read.workbook.sheets[0].rows[1].slice(1).map((c) => cellText(c))).toEqual(['2020-01', '2020']);
  });
});

describe('line breaks in year headers', () => {
  it('「2021⏎年」 is the year, with no unit 年', async () => {
    const rows = [['地\n区', '2021\n年', '2022\n年'], ['城关区', 120, 130]];
    expect(flatten(await runDraft('地区生产总值.xlsx', book(rows)))).toEqual(['城关区|地区生产总值|2021|120|', '城关区|地区生产总值|2022|130|']);
  });
});

describe('units written in English', () => {
  it.each([['gdp (100 million yuan)', 'gdp', '亿元'], ['Population (10,000 persons)', 'Population', '万人'], ['收入(yuan)', '收入', '元'], ['share_pct', 'share', '%']])('%s → %s in %s', async (header, name, unit) => {
    expect(splitHeaderUnit(header)).toEqual({ name, unit });
  });

  it('a yearbook\'s unit line in English is the unit', async () => {
    expect([unitOnly('(100 million yuan)'), unitOnly('Beijing')]).toEqual(['亿元', '']);
  });
});

describe('second review', () => {
  it('tables titled 一、/二、 with headers of their own are split; the same header under a place is one table', async () => {
    const rows = [['一、行政复议案件情况'], ['地区', '收案数', '审结数'], ['兰州市', 10, 8], ['天水市', 5, 4], [], ['二、行政应诉案件情况'], ['地区', '应诉数', '败诉数'], ['兰州市', 7, 1], ['天水市', 3, 0]];
    const od = await runDraft('2022年.xlsx', book(rows));
    expect(od.draft.sheets).toHaveLength(2);
    expect(flatten(od)).toContain('兰州市|应诉数|2022|7|');
    expect(od.draft.collisionCount).toBe(0);
  });

  it('bare accounting negatives (1234) are read; a (1) (2) (3) row alone is column numbers', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '收支差额(万元)', '净利润(万元)'], ['', '(1)', '(2)'], ['兰州市', '(1234)', 5], ['天水市', '(56)', '(987)']]));
    expect(flatten(od)).toEqual(['兰州市|净利润|2022|5|万元', '兰州市|收支差额|2022|-1234|万元', '天水市|净利润|2022|-987|万元', '天水市|收支差额|2022|-56|万元']);
  });

  it('change columns under 比上年 are ignored', async () => {
    const rows = [['指标', '2022年', '比上年', '比上年'], ['', '', '增减', '增长率(%)'], ['地区生产总值(亿元)', 3231.3, 112.4, 3.5]];
    const got = flatten(await runDraft('兰州市2022年主要指标.xlsx', book(rows)));
    expect(got).toEqual(['兰州市|地区生产总值|2022|3231.3|亿元']);
  });

  it('snake_case names keep their English words; units in parentheses are still read', async () => {
    expect(['new_cases', 'edu_years', 'total_households', 'pop (10 000 persons)'].map((h) => splitHeaderUnit(h))).toEqual([
      { name: 'new_cases', unit: '' }, { name: 'edu_years', unit: '' }, { name: 'total_households', unit: '' }, { name: 'pop', unit: '万人' },
    ]);
  });

  it('a bare unit row under whole measure names is their units; English words under Chinese names are translations', async () => {
    const rows = [['地区', '地区生产总值', '城镇居民人均可支配收入', '医院数'], ['', '亿元', '元', '个'], ['兰州市', 3231.3, 45000, 120]];
    expect(flatten(await runDraft('2022年.xlsx', book(rows)))).toEqual(['兰州市|医院数|2022|120|个', '兰州市|地区生产总值|2022|3231.3|亿元', '兰州市|城镇居民人均可支配收入|2022|45000|元']);
    const en = [['地区', '工业', '建筑业'], ['Region', 'Industry', 'Construction'], ['兰州市', 1, 2]];
    expect(flatten(await runDraft('2022年.xlsx', book(en)))).toEqual(['兰州市|工业|2022|1|', '兰州市|建筑业|2022|2|']);
  });

  it('Beijing City is 北京市; Jilin City is not 吉林省', async () => {
    const idx = buildRegionIndex([]);
    expect(['Beijing City', 'Shanghai City', 'Jilin City'].map((n) => matchRegion(idx, n).id)).toEqual(['北京市', '上海市', 'Jilin City']);
  });

  it('a month\'s last trading day dates it; 5-3 月平均气温 is a table number and a name', async () => {
    expect([parsePeriod('2020-05-29'), parsePeriod('2020-05-20')]).toEqual([{ start: 2020, end: 2020, months: [5, 5] }, null]);
    expect(titleIndicator('5-3 月平均气温')).toBe('月平均气温');
  });

  it('a DBNum year format is a year', async () => {
    const bytes = xlsx([{ name: 'S', rows: [['a'], [0]], cells: { A2: { t: 'n', v: 44197, z: '[DBNum1][$-804]yyyy"年"' } } }]);
    const read = readWorkbook(bytes, 'd.xlsx');
    if (!read.ok) throw new Error('unread');
    expect(cellText(read.workbook.sheets[0].rows[1][0])).toBe('2021');
  });
});

describe('a monthly statistics report (统计月报): 本月, 1-6月累计 and their changes under the title\'s period', () => {
  const row = ['规模以上工业增加值', '亿元'];
  it.each([
    ['2022年1-6月兰州市主要经济指标', ['指标', '单位', '本月', '1-6月累计', '同比增长(%)'], [...row, 52.1, 301.5, 4.2]],
    ['2022年6月兰州市主要经济指标', ['指标', '单位', '本月', '本年累计', '累计比上年同期增长(%)'], [...row, 52.1, 301.5, 4.2]],
    ['兰州市2022年1-6月主要经济指标', ['指标名称', '计量单位', '6月', '1-6月', '6月同比(%)', '1-6月同比(%)'], [...row, 52.1, 301.5, 3.1, 4.2]],
    ['兰州市主要经济指标(2022年6月)', ['指标', '单位', '当月', '本月止累计', '本月比上年同月增长%'], [...row, 52.1, 301.5, 3.1]],
  ])('%s: the month is June, the running total January to June, the growth columns are not values', async (title, header, data) => {
    const od = await runDraft('x.xlsx', book([[title], header, data]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2022年1—6月|301.5|亿元', '兰州市|规模以上工业增加值|2022年6月|52.1|亿元']);
  });

  it('a two-row header: 1-6月 and 上年同期 over 绝对值 | 增长%', async () => {
    const od = await runDraft('x.xlsx', book([['2022年1-6月兰州市主要经济指标'], ['指标', '单位', '1-6月', '', '上年同期', ''], ['', '', '绝对值', '增长%', '绝对值', '增长%'], ['规模以上工业增加值', '亿元', 301.5, 4.2, 289.3, 3.0]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2021年1—6月|289.3|亿元', '兰州市|规模以上工业增加值|2022年1—6月|301.5|亿元']);
  });

  it('绝对值 beside its growth: the value of the title\'s period, in the unit of each name', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年上半年主要经济指标'], ['指标', '绝对值', '比上年同期增长(%)'], ['地区生产总值(亿元)', 1523.4, 3.4], ['一般公共预算收入(亿元)', 120.1, -5.2]]));
    expect(flatten(od)).toEqual(['兰州市|一般公共预算收入|2022年1—6月|120.1|亿元', '兰州市|地区生产总值|2022年1—6月|1523.4|亿元']);
  });

  it('上月 | 本月 under January: December of the year before', async () => {
    const od = await runDraft('x.xlsx', book([['2022年1月兰州市经济指标'], ['指标', '单位', '上月', '本月'], [...row, 48.1, 52.1]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2021年12月|48.1|亿元', '兰州市|规模以上工业增加值|2022年1月|52.1|亿元']);
  });

  it('本季度 | 累计 under 1-6月: the second quarter and January to June', async () => {
    const od = await runDraft('x.xlsx', book([['2022年1-6月兰州市经济指标'], ['指标', '单位', '本季度', '累计'], [...row, 150.1, 301.5]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2022年1—6月|301.5|亿元', '兰州市|规模以上工业增加值|2022年第2季度|150.1|亿元']);
  });

  it('本月 under a whole year\'s title names no month: its cells are skipped as without a period, not stored as the year', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市经济指标'], ['指标', '单位', '本月', '本年累计'], [...row, 52.1, 601.5]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2022|601.5|亿元']);
    expect(od.draft.sheets[0].skips.map((s) => [s.cell, s.reason])).toEqual([['C3', 'no-period']]);
  });

  it('本年数 | 上年数 | 增减 under 2022年: 2022 and 2021, the change ignored; the place after the title\'s year is the region', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市行政复议情况'], ['指标', '本年数', '上年数', '增减'], ['行政复议案件数', 120, 100, 20]]));
    expect(flatten(od)).toEqual(['兰州市|行政复议案件数|2021|100|', '兰州市|行政复议案件数|2022|120|']);
  });

  it('halves and 前三季度 are their months, in a title and in a header', async () => {
    const halves = await runDraft('x.xlsx', book([['2022年兰州市主要经济指标'], ['指标', '单位', '上半年', '下半年'], [...row, 301.5, 320.2]]));
    expect(flatten(halves)).toEqual(['兰州市|规模以上工业增加值|2022年1—6月|301.5|亿元', '兰州市|规模以上工业增加值|2022年7—12月|320.2|亿元']);
    const nine = await runDraft('x.xlsx', book([['兰州市2022年前三季度主要经济指标'], ['指标', '单位', '前三季度', '上年同期'], [...row, 401.5, 380.2]]));
    expect(flatten(nine)).toEqual(['兰州市|规模以上工业增加值|2021年1—9月|380.2|亿元', '兰州市|规模以上工业增加值|2022年1—9月|401.5|亿元']);
  });

  it('months over 本月 | 累计: 累计 under 2月 runs from January; January\'s two equal figures are stored once, with no collision', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['2023年社会消费品零售总额'], ['地区', '1月', '', '2月', ''], ['', '本月', '累计', '本月', '累计'], ['兰州市', 100, 100, 90, 190]], merges: ['B2:C2', 'D2:E2', 'A2:A3'] }]));
    expect(flatten(od)).toEqual(['兰州市|社会消费品零售总额|2023年1—2月|190|', '兰州市|社会消费品零售总额|2023年1月|100|', '兰州市|社会消费品零售总额|2023年2月|90|']);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('under January, 本月 and 本年累计 that differ are both kept and listed as a collision', async () => {
    const od = await runDraft('x.xlsx', book([['2023年1月兰州市主要经济指标'], ['指标', '单位', '本月', '本年累计'], ['规模以上工业增加值', '亿元', 52.1, 52.3]]));
    expect(od.draft.collisionCount).toBe(1);
  });

  it('a kind of place after the year (2022年农村地区…) is not the region', async () => {
    const od = await runDraft('x.xlsx', book([['2022年农村地区人民调解情况'], ['指标', '数值'], ['调解案件数', 120]]));
    expect(od.draft.sheets[0].detection.context.region).toBe('');
  });
});

describe('relative periods against the table\'s own', () => {
  const june = { start: 2022, end: 2022, months: [1, 6] as [number, number] };
  it.each([
    ['本月', '2022年6月'], ['当月数', '2022年6月'], ['本年累计', '2022年1—6月'], ['累计数', '2022年1—6月'], ['上年同期', '2021年1—6月'],
    ['上年同月', '2021年6月'], ['上年同期累计', '2021年1—6月'], ['本季度', '2022年第2季度'], ['上月', '2022年5月'], ['本期', '2022年1—6月'],
  ])('%s under 2022年1—6月 is %s', (text, label) => {
    const p = relativePeriod(text, june);
    expect(p && periodLabel(periodKey(p))).toBe(label);
  });
  it('without months in the base, 本月 and 本季度 are none; 本年累计 is the year', () => {
    const year = { start: 2022, end: 2022 };
    expect(relativePeriod('本月', year)).toBeNull();
    expect(relativePeriod('本季度', year)).toBeNull();
    expect(relativePeriod('本年累计', year)).toEqual(year);
    expect(relativePeriod('上年数', year)).toEqual({ start: 2021, end: 2021 });
  });
  it('is not fooled by names: 本市, 累计开展, 月度', () => {
    for (const t of ['本市', '累计开展', '月度', '本月亮', '同期比']) expect(isRelativePeriod(t)).toBe(false);
  });
  it('1-6月累计 and 6月累计 run from January; 上半年 is a part of a year', () => {
    expect(parseSubPeriod('1-6月累计', { start: 2022, end: 2022 })).toEqual({ start: 2022, end: 2022, months: [1, 6] });
    expect(parseSubPeriod('6月累计', { start: 2022, end: 2022 })).toEqual({ start: 2022, end: 2022, months: [1, 6] });
    expect(parseSubPeriod('下半年', { start: 2022, end: 2022 })).toEqual({ start: 2022, end: 2022, months: [7, 12] });
    expect(parsePeriod('2022年上半年')).toEqual({ start: 2022, end: 2022, months: [1, 6] });
  });
});

describe('a series export of a data terminal (Wind EDB, iFinD, CEIC): labelled header rows, a row per date', () => {
  const wind = (freq: string, dates: unknown[], name = 'GDP:现价:北京') => book([
    ['指标名称', name, 'GDP:现价:天津'], ['频率', freq, freq], ['单位', '亿元', '亿元'], ['指标ID', 'M0001', 'M0002'], ['来源', '国家统计局', '国家统计局'], ['更新时间', '2023-01-20', '2023-01-20'],
    ...dates.map((d, i) => [d, 100 + i, 50 + i]), [], ['数据来源：Wind'],
  ]);

  it('annual: each 31 December is its year; the place in the name is the region, the unit is the 单位 row\'s', async () => {
    const od = await runDraft('EDB数据.xlsx', wind('年', ['2022-12-31', '2021-12-31']));
    expect(flatten(od)).toEqual(['北京市|GDP:现价|2021|101|亿元', '北京市|GDP:现价|2022|100|亿元', '天津市|GDP:现价|2021|51|亿元', '天津市|GDP:现价|2022|50|亿元']);
  });

  it('quarterly and monthly: as 频率 says', async () => {
    expect(flatten(await runDraft('EDB数据.xlsx', wind('季', ['2022-06-30', '2022-03-31'])))).toContain('北京市|GDP:现价|2022年第2季度|100|亿元');
    expect(flatten(await runDraft('EDB数据.xlsx', wind('月', ['2022-06-30', '2022-03-31'])))).toContain('北京市|GDP:现价|2022年6月|100|亿元');
  });

  it('with no 频率 row, date cells keep to their grain: quarter ends are quarters, 31 Decembers years', async () => {
    const rows = (dates: Date[]) => book([['指标名称', 'GDP:累计值:北京'], ['单位', '亿元'], ['指标ID', 'M01'], ...dates.map((d, i) => [d, 10 + i])]);
    const quarters = await runDraft('EDB.xlsx', rows([new Date(Date.UTC(2022, 5, 30)), new Date(Date.UTC(2022, 2, 31)), new Date(Date.UTC(2021, 11, 31))]));
    expect(flatten(quarters)).toEqual(['北京市|GDP:累计值|2021年第4季度|12|亿元', '北京市|GDP:累计值|2022年第1季度|11|亿元', '北京市|GDP:累计值|2022年第2季度|10|亿元']);
    const years = await runDraft('EDB.xlsx', rows([new Date(Date.UTC(2022, 11, 31)), new Date(Date.UTC(2021, 11, 31))]));
    expect(flatten(years)).toEqual(['北京市|GDP:累计值|2021|11|亿元', '北京市|GDP:累计值|2022|10|亿元']);
  });

  it('CEIC: a name row with a blank first cell, a 区域 row, a unit in words', async () => {
    const od = await runDraft('CEIC.xlsx', book([['', '地区生产总值: 北京', '地区生产总值: 上海'], ['区域', '北京', '上海'], ['频率', '年', '年'], ['单位', '人民币 十亿', '人民币 十亿'], ['来源', '国家统计局', '国家统计局'], ['系列号', '123', '456'], ['2021-12', 4104.56, 4321.49], ['2020-12', 3610.26, 3870.06]]));
    expect(flatten(od)).toEqual(['上海市|地区生产总值|2020|3870.06|人民币十亿', '上海市|地区生产总值|2021|4321.49|人民币十亿', '北京市|地区生产总值|2020|3610.26|人民币十亿', '北京市|地区生产总值|2021|4104.56|人民币十亿']);
  });

  it('is told by labelled rows above dates, not by a 指标 or 单位 label alone', () => {
    const header = (rows: unknown[][]) => {
      const read = readWorkbook(book(rows), 'x.xlsx');
      if (!read.ok) throw new Error('unread');
      return findSeriesHeader(read.workbook.sheets[0]);
    };
    expect(header([['指标名称', 'GDP:北京'], ['频率', '年'], ['单位', '亿元'], ['2022-12-31', 1]])).toEqual({ start: 0, end: 2 });
    expect(header([['指标', '单位', '2021'], ['行政复议纠错率', '%', 12.1]])).toBeNull();
    expect(header([['指标名称', '兰州市'], ['单位', '件'], ['行政复议受理数', 12]])).toBeNull();
    expect(header([['指标名称', '兰州市'], ['单位', '件'], ['2021', 12]])).toBeNull();
  });
});

describe('places and indicators both across a two-row header', () => {
  it('a place over its indicators, years down', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['年份', '兰州市', '', '天水市', ''], ['', '受理数', '纠错数', '受理数', '纠错数'], [2021, 120, 20, 60, 8]], merges: ['B1:C1', 'D1:E1', 'A1:A2'] }]));
    expect(flatten(od)).toEqual(['兰州市|受理数|2021|120|', '兰州市|纠错数|2021|20|', '天水市|受理数|2021|60|', '天水市|纠错数|2021|8|']);
  });

  it('an indicator over its places, years down', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['年份', '培训人次', '', '普法宣传活动次数', ''], ['', '兰州市', '天水市', '兰州市', '天水市'], [2021, 120, 60, 20, 8]], merges: ['B1:C1', 'D1:E1', 'A1:A2'] }]));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2021|120|人次', '兰州市|普法宣传活动次数|2021|20|次', '天水市|培训人次|2021|60|人次', '天水市|普法宣传活动次数|2021|8|次']);
  });

  it('a scope over places (全市各县区 over 西固区 | 合计) is no indicator, and 合计 stays a total', async () => {
    const od = await runDraft('2021年培训人次.xlsx', xlsx([{ name: 'Sheet1', rows: [['指标', '全市各县区', '', ''], ['', '西固区', '安宁区', '合计'], ['培训人次', 10, 20, 30]], merges: ['B1:D1'] }]));
    expect(flatten(od)).toEqual(['安宁区|培训人次|2021|20|人次', '西固区|培训人次|2021|10|人次']);
  });
});

describe('a probe of government report tables, first fixes', () => {
  const one = (title: string) => book([[title], ['指标', '数值'], ['行政复议案件数', 12]]);

  it.each([
    ['甘肃省天水市秦州区2022年法治政府建设情况', '秦州区'],
    ['表1  2022年兰州市行政复议情况', '兰州市'],
    ['附表1：兰州市2022年行政复议情况', '兰州市'],
    ['一、兰州市2022年行政复议情况', '兰州市'],
    ['兰州市人民政府2022年政府信息公开工作年度报告', '兰州市'],
  ])('the region of 「%s」 is %s: the finest of the places that open it, after a table number or list mark', async (title, region) => {
    const od = await runDraft('x.xlsx', one(title));
    expect(od.draft.sheets[0].detection.context.region).toBe(region);
  });

  it('a yearbook edition holds the year before: 兰州统计年鉴—2023 and 兰州统计年鉴2023.xlsx are 2022', async () => {
    const rows = [['地区', '地区生产总值'], ['城关区', 3343.5], ['七里河区', 343.5]];
    expect(flatten(await runDraft('x.xlsx', book([['兰州统计年鉴—2023'], ...rows])))).toContain('城关区|地区生产总值|2022|3343.5|');
    expect(flatten(await runDraft('兰州统计年鉴2023.xlsx', book(rows)))).toContain('城关区|地区生产总值|2022|3343.5|');
  });

  it('填报单位（盖章）：… | 填报日期：… is the form\'s heading line, not part of the header', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各县区行政执法情况统计表'], ['填报单位（盖章）：兰州市司法局', '', '', '填报日期：2023年1月5日', ''], ['序号', '县区', '行政处罚案件数', '行政强制件数', '行政检查次数'], [1, '城关区', 10, 2, 30]]));
    expect(flatten(od)).toEqual(['城关区|行政处罚案件数|2022|10|件', '城关区|行政强制件数|2022|2|', '城关区|行政检查次数|2022|30|']);
  });

  it.each([[[]], [['A4:B4']]])('合计 in the 序号 column, the place cell blank (merges %j): a total row, not the place above', async (merges) => {
    const od = await runDraft('2022年x.xlsx', xlsx([{ name: 'Sheet1', rows: [['序号', '县区', '培训人次'], [1, '城关区', 500], [2, '七里河区', 300], ['合计', '', 800]], merges }]));
    expect(flatten(od)).toEqual(['七里河区|培训人次|2022|300|人次', '城关区|培训人次|2022|500|人次']);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('a loose name keeps what it counts: 件, 人 and 项 do not stand for each other', () => {
    const idx = buildIndicatorIndex(BUILTIN_CATALOG.indicators);
    const of = (n: string) => {
      const m = matchIndicator(idx, n);
      return m.known ? m.id : null;
    };
    expect([of('行政许可件数'), of('行政处罚人数'), of('法律援助人数')]).toEqual([null, null, null]);
    expect([of('行政许可项数'), of('权力清单数量'), of('行政复议受理数'), of('法律援助数')]).toEqual(['行政许可事项数', '权力清单事项数', '行政复议受理件数', '法律援助件数']);
  });

  it('quarters: 本季度 | 上季度 | 本年累计 | 上年同期 under 2023年第二季度', async () => {
    const od = await runDraft('x.xlsx', book([['2023年第二季度兰州市主要经济指标'], ['指标', '单位', '本季度', '上季度', '本年累计', '上年同期'], ['规模以上工业增加值', '亿元', 150.1, 140.2, 290.3, 280.4]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2022年第2季度|280.4|亿元', '兰州市|规模以上工业增加值|2023年1—6月|290.3|亿元', '兰州市|规模以上工业增加值|2023年第1季度|140.2|亿元', '兰州市|规模以上工业增加值|2023年第2季度|150.1|亿元']);
  });

  it('本期 | 上期 | 累计 | 同期 under a month: the month, the month before, January on, a year before', async () => {
    const od = await runDraft('x.xlsx', book([['2023年6月兰州市主要经济指标'], ['指标', '单位', '本期', '上期', '累计', '同期'], ['规模以上工业增加值', '亿元', 50.1, 40.2, 290.3, 280.4]]));
    expect(flatten(od)).toEqual(['兰州市|规模以上工业增加值|2022年6月|280.4|亿元', '兰州市|规模以上工业增加值|2023年1—6月|290.3|亿元', '兰州市|规模以上工业增加值|2023年5月|40.2|亿元', '兰州市|规模以上工业增加值|2023年6月|50.1|亿元']);
  });
});

describe('one place in the title, categories down the rows, measures across (政府信息公开年报, 案件 tables)', () => {
  it.each([
    ['信息内容', ['兰州市人民政府2022年政府信息公开工作年度报告'], [['规章', 2, 1, 35], ['行政规范性文件', 18, 6, 142]], ['本年制发件数', '本年废止件数', '现行有效件数']],
    ['案件类别', ['兰州市2022年案件情况'], [['民事', 200, 180], ['刑事', 50, 45]], ['收案数', '结案数']],
    ['项目', ['兰州市2022年行政执法情况'], [['行政许可', 120, 3], ['行政处罚', 60, 1]], ['办理数', '撤销数']],
  ])('rows headed %s: the region is the title\'s, each row and column together name the indicator', async (word, title, rows, measures) => {
    const od = await runDraft('x.xlsx', book([title, [word, ...measures], ...rows]));
    const got = flatten(od);
    expect(got).toHaveLength(rows.length * measures.length);
    for (const r of rows) for (const [k, m] of measures.entries()) expect(got.some((x) => x.startsWith(`兰州市|${r[0]}${m}|2022|${r[k + 1]}|`))).toBe(true);
  });

  it('rows of measures beside a 单位 column, under one place: the rows are indicators, not places', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年国民经济主要指标'], ['', '单位', '2021年', '2022年'], ['工业增加值', '亿元', 780.1, 800.1]]));
    expect(flatten(od)).toEqual(['兰州市|工业增加值|2021|780.1|亿元', '兰州市|工业增加值|2022|800.1|亿元']);
  });

  it('places written without their suffix stay places: no 单位 column and no header word say otherwise', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年培训情况'], ['', '培训人次'], ['榆中', 100], ['皋兰', 50]]));
    expect(flatten(od)).toEqual(['榆中|培训人次|2022|100|人次', '皋兰|培训人次|2022|50|人次']);
  });

  it('a title over several places (各县区) keeps its rows as places (受理 and 纠错 under its 行政复议 are the catalog\'s)', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市各县区行政复议情况'], ['县区', '受理', '纠错'], ['城关区', 10, 2], ['七里河区', 5, 1]]));
    expect(flatten(od)).toEqual(['七里河区|行政复议受理件数|2022|5|件', '七里河区|行政复议纠错件数|2022|1|件', '城关区|行政复议受理件数|2022|10|件', '城关区|行政复议纠错件数|2022|2|件']);
  });
});

describe('a section line (一、综合) right under the header', () => {
  it('opens the data: the header above it is still the header, each year its own', async () => {
    const od = await runDraft('x.xlsx', book([['2022年天水市国民经济和社会发展主要指标'], ['指标', '单位', '2021年', '2022年'], ['一、综合', '', '', ''], ['地区生产总值', '亿元', 770.1, 800.1], ['二、农业', '', '', ''], ['粮食总产量', '万吨', 118.2, 120.5]]));
    expect(flatten(od)).toEqual(['天水市|地区生产总值|2021|770.1|亿元', '天水市|地区生产总值|2022|800.1|亿元', '天水市|粮食总产量|2021|118.2|万吨', '天水市|粮食总产量|2022|120.5|万吨']);
  });
});

describe('rows nested under a parent (indented, 其中：) whose names repeat under other parents', () => {
  it('第一产业 under 地区生产总值, 固定资产投资 and 从业人员: three indicators, no collision', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市国民经济主要指标'], ['指标', '单位', '2022年'], ['地区生产总值', '亿元', 3343.5], ['  第一产业', '亿元', 63.1], ['固定资产投资', '亿元', 1320], ['  第一产业', '亿元', 18.2], ['从业人员', '万人', 251], ['\u3000第一产业', '万人', 39.1]]));
    expect(flatten(od)).toEqual(['兰州市|从业人员:第一产业|2022|39.1|万人', '兰州市|从业人员|2022|251|万人', '兰州市|固定资产投资:第一产业|2022|18.2|亿元', '兰州市|固定资产投资|2022|1320|亿元', '兰州市|地区生产总值:第一产业|2022|63.1|亿元', '兰州市|地区生产总值|2022|3343.5|亿元']);
    expect(od.draft.collisionCount).toBe(0);
  });

  it('其中：维持 | 纠错 under 行政复议案件 and again under 行政诉讼案件: the siblings share the parent', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市法治政府建设情况'], ['指标', '2022年'], ['行政复议案件', 80], ['其中：维持', 60], ['纠错', 12], ['行政诉讼案件', 20], ['其中：维持', 10], ['纠错', 3]]));
    expect(flatten(od)).toEqual(['兰州市|行政复议案件:纠错|2022|12|', '兰州市|行政复议案件:维持|2022|60|', '兰州市|行政复议案件|2022|80|', '兰州市|行政诉讼案件:纠错|2022|3|', '兰州市|行政诉讼案件:维持|2022|10|', '兰州市|行政诉讼案件|2022|20|']);
  });

  it('a name repeated under two sections (一、行政复议 / 二、行政应诉) takes its section', async () => {
    const od = await runDraft('x.xlsx', book([['2022年天水市法治政府建设情况'], ['指标', '2022年'], ['一、行政复议', ''], ['受理件数', 80], ['二、行政应诉', ''], ['受理件数', 20]]));
    // 行政复议：受理件数 is the catalog's 行政复议受理件数.
    expect(flatten(od)).toEqual(['天水市|行政复议受理件数|2022|80|件', '天水市|行政应诉:受理件数|2022|20|']);
  });

  it('nested names that occur once keep their own (其中：不予受理 stays 不予受理)', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市行政复议情况'], ['指标', '2022年'], ['收案数', 80], ['其中：不予受理', 6]]));
    expect(flatten(od)).toEqual(['兰州市|不予受理|2022|6|', '兰州市|收案数|2022|80|']);
  });
});

describe('estimates, targets and plans beside actual years', () => {
  it('2023年（预计） and 2024年（目标） are indicators of their own, never the actual figure of that year', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市主要指标'], ['指标', '2022年', '2023年（预计）', '2024年（目标）'], ['一般公共预算收入', 250, 265, 280]]));
    expect(flatten(od)).toEqual(['兰州市|一般公共预算收入(目标)|2024|280|', '兰州市|一般公共预算收入(预计)|2023|265|', '兰州市|一般公共预算收入|2022|250|']);
  });
  it('2022年实际 is the figure itself; 2023年计划 stays apart', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市主要指标'], ['指标', '2022年实际', '2023年计划'], ['一般公共预算收入', 250, 265]]));
    expect(flatten(od)).toEqual(['兰州市|一般公共预算收入(计划)|2023|265|', '兰州市|一般公共预算收入|2022|250|']);
  });
  it('年均增长(%) in a plan table is a change, not a value of the plan period', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市十四五规划主要指标'], ['指标', '单位', '2020年', '2025年', '年均增长(%)', '指标属性'], ['地区生产总值', '亿元', 2886, 4000, 6.5, '预期性']]));
    expect(flatten(od)).toEqual(['兰州市|地区生产总值|2020|2886|亿元', '兰州市|地区生产总值|2025|4000|亿元']);
  });
});

describe('tables stacked on a sheet without titles of their own', () => {
  it('a second header of other words after a blank row starts a table, which takes the sheet\'s period and place', async () => {
    const od = await runDraft('x.xlsx', book([
      ['天水市人民政府2019年政府信息公开工作年度报告'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', 0, 0, 12], ['规范性文件', 10, 10, 142],
      [],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', 312, -5, 48211],
    ]));
    const got = flatten(od);
    expect(got).toContain('天水市|行政许可处理决定数量|2019|48211|');
    expect(got).toContain('天水市|规章对外公开总数量|2019|12|');
    expect(got.some((x) => x.includes('行政许可本年新'))).toBe(false);
    expect(od.draft.sheets.map((s) => s.table)).toEqual([1, 2]);
  });

  it('the same header again after a blank row is a page break of one table', async () => {
    const od = await runDraft('2022年x.xlsx', book([['县区', '培训人次'], ['城关区', 10], [], ['县区', '培训人次'], ['七里河区', 5]]));
    expect(od.draft.sheets.length).toBe(1);
    expect(flatten(od)).toEqual(['七里河区|培训人次|2022|5|人次', '城关区|培训人次|2022|10|人次']);
  });
});

describe('ordinary tables that the day\'s first rules misread (a reviewer\'s counterexamples)', () => {
  const body = [['指标', '单位', '2021年', '2022年'], ['地区生产总值', '亿元', 3231.3, 3343.5]];
  it.each(['兰州市主要经济指标在全省位次', '兰州市主要指标占全省比重', '兰州市与天水市主要指标对比', '兰州市常住人口按区县分布', '兰州市主城区主要指标', '兰州市经济技术开发区主要指标'])('「%s」 is 兰州市\'s: a phrase after the place is no finer place', async (title) => {
    const od = await runDraft('x.xlsx', book([[title], ...body]));
    expect(od.draft.sheets[0].detection.context.region).toBe('兰州市');
  });

  it('自治区本级 names no place', async () => {
    const od = await runDraft('x.xlsx', book([['2022年自治区本级一般公共预算收支'], ...body]));
    expect(od.draft.sheets[0].detection.context.region).toBe('');
  });

  it('地区生产总值 over 总量 | 增长%: every figure kept, under its group', async () => {
    const od = await runDraft('2022年各县区主要指标.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '地区生产总值', '', '一般公共预算收入', ''], ['', '总量', '增长%', '总量', '增长%'], ['城关区', 1200, 5, 50, 3]], merges: ['B1:C1', 'D1:E1', 'A1:A2'] }]));
    expect(flatten(od)).toHaveLength(4);
    expect(flatten(od)).toContain('城关区|地区生产总值总量|2022|1200|');
  });

  it('places written short across a 项目 header under one city stay places', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年法治政府建设统计'], ['项目', '城关', '七里河', '西固'], ['行政复议受理件数', 50, 30, 20]]));
    expect(flatten(od)).toEqual(['七里河|行政复议受理件数|2022|30|件', '城关|行政复议受理件数|2022|50|件', '西固|行政复议受理件数|2022|20|件']);
  });

  it.each([
    [['榆中县2022年乡镇人口'], ['乡镇', '单位', '2021年', '2022年'], ['城关镇', '人', 11000, 12000]],
    [['城关区街道常住人口'], ['', '单位', '2021年', '2022年'], ['张掖路街道', '人', 30000, 31000]],
  ])('towns and streets beside a 单位 column are places (%s)', async (title, header, row) => {
    const od = await runDraft('x.xlsx', book([title, header, row]));
    expect(flatten(od)[0].startsWith(`${row[0]}|`)).toBe(true);
  });

  it('a 单位 column of reporting departments (市公安局) is the place column, not a unit', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年行政执法数据统计表'], ['单位', '行政处罚案件数', '行政许可件数'], ['市公安局', 120, 30], ['市交通运输局', 80, 45]]));
    expect(flatten(od)).toContain('市公安局|行政处罚案件数|2022|120|件');
  });

  it('a data row of words over figures (榆中县 | 县 | 暂无) is not a new header', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各县区基本情况'], ['地区', '级别', '所属市', '人口(万人)', '面积(平方公里)'], ['城关区', '区', '兰州市', 130, 220], ['榆中县', '县', '兰州市', '暂无', '暂无'], ['皋兰县', '县', '兰州市', 15, 2500]]));
    expect(flatten(od)).toContain('皋兰县|人口|2022|15|万人');
    expect(od.draft.sheets.length).toBe(1);
  });

  it('a long table of places with nested rows keeps each indicator one', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各县区地区生产总值(亿元)'], ['地区', '指标', '2022年'], ['城关区', '地区生产总值', 1200], ['', '  第一产业', 5], ['七里河区', '地区生产总值', 500], ['', '  第一产业', 10]]));
    expect(flatten(od).filter((x) => x.includes(':'))).toEqual([]);
  });

  it('persons and items written bare, with 数 or (人), still find the catalog\'s counts', () => {
    const idx = buildIndicatorIndex(BUILTIN_CATALOG.indicators);
    expect(['执法资格考试通过数', '执法资格考试通过'].map((n) => matchIndicator(idx, n).id)).toEqual(['执法资格考试通过人数', '执法资格考试通过人数']);
    expect(matchIndicator(idx, '行政处罚').id).toBe('行政处罚案件数');
  });

  it('华北 | 华东 over provinces are groupings of places, not indicators', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['各省地区生产总值（亿元）'], ['年份', '华北', '', '华东', ''], ['', '北京', '天津', '上海', '江苏'], [2021, 40000, 15000, 43000, 116000]], merges: ['B2:C2', 'D2:E2', 'A2:A3'] }]));
    expect(flatten(od).every((x) => x.includes('|各省地区生产总值|'))).toBe(true);
  });

  it('a later table titled 全省… does not take the sheet title\'s city', async () => {
    const od = await runDraft('x.xlsx', book([['2022年兰州市主要经济指标'], ['指标', '单位', '数值'], ['地区生产总值', '亿元', 3343], [], [], ['全省主要经济指标'], ['指标', '单位', '数值'], ['地区生产总值', '亿元', 11201]]));
    expect(flatten(od)).toEqual(['兰州市|地区生产总值|2022|3343|亿元']);
  });
});

describe('stacked tables, second look', () => {
  it('a second header opening with a header word (县区 | …) starts a table, after a blank row or right after the data', async () => {
    for (const gap of [[[]], []]) {
      const od = await runDraft('x.xlsx', book([['2022年各县区法治建设情况'], ['县区', '培训人次', '培训班次'], ['城关区', 500, 12], ...gap, ['县区', '行政复议受理件数', '行政复议纠错件数'], ['城关区', 230, 22]]));
      expect(flatten(od)).toEqual(['城关区|培训人次|2022|500|人次', '城关区|培训班次|2022|12|次', '城关区|行政复议受理件数|2022|230|件', '城关区|行政复议纠错件数|2022|22|件']);
    }
  });
  it('a title\'s words do not find a count of items by its bare name (行政许可办理情况 is no 行政许可事项数)', async () => {
    const od = await runDraft('x.xlsx', book([['2023年行政许可办理情况'], ['县区', '一季度', '二季度'], ['城关区', 100, 120]]));
    expect(od.draft.sheets[0].detection.context.indicator).not.toBe('行政许可事项数');
  });
});

describe('two place columns, the coarser written again on every row (市州 | 县区)', () => {
  const districts = (a: string, b: string) => [[a, b, '培训人次'], ['兰州市', '城关区', 500], ['兰州市', '七里河区', 300], ['天水市', '秦州区', 200]];
  const expected = ['七里河区|培训人次|2022|300|人次', '城关区|培训人次|2022|500|人次', '秦州区|培训人次|2022|200|人次'];
  it.each([['市州', '县区'], ['市（州）', '县（市、区）'], ['地市', '区县'], ['城市', '区县'], ['市', '县'], ['所属市', '县区']])('%s | %s: each figure is the finer place\'s, the coarser its parent', async (a, b) => {
    const od = await runDraft('2022年.xlsx', book(districts(a, b)));
    expect(flatten(od)).toEqual(expected);
    expect(od.draft.collisionCount ?? 0).toBe(0);
    expect(od.draft.sheets[0].detection.labelCols).toEqual([{ col: 0, role: 'parent' }, { col: 1, role: 'region' }]);
  });

  it('县区 | 乡镇, and a long table of 地市 | 区县 | 年份 | 指标 | 数值', async () => {
    const towns = await runDraft('2022年.xlsx', book([['县区', '乡镇（街道）', '人民调解案件数'], ['榆中县', '城关镇', 50], ['榆中县', '和平镇', 30], ['皋兰县', '石洞镇', 20]]));
    expect(flatten(towns).map((x) => x.split('|')[0])).toEqual(['和平镇', '城关镇', '石洞镇']);
    const long = await runDraft('x.xlsx', book([['地市', '区县', '年份', '指标', '数值'], ['兰州市', '城关区', 2022, '培训人次', 500], ['兰州市', '七里河区', 2022, '培训人次', 300], ['兰州市', '城关区', 2023, '培训人次', 550]]));
    expect(flatten(long)).toEqual(['七里河区|培训人次|2022|300|人次', '城关区|培训人次|2022|500|人次', '城关区|培训人次|2023|550|人次']);
  });

  it('a row with the finer place blank is the coarser place\'s own; 小计 is a total; a finer cell merged down repeats its place', async () => {
    const own = await runDraft('2022年.xlsx', book([['市州', '县区', '培训人次'], ['兰州市', '', 1300], ['兰州市', '城关区', 500], ['兰州市', '七里河区', 300], ['天水市', '', 200], ['天水市', '秦州区', 200], ['天水市', '小计', 200]]));
    expect(flatten(own)).toEqual(['七里河区|培训人次|2022|300|人次', '兰州市|培训人次|2022|1300|人次', '城关区|培训人次|2022|500|人次', '天水市|培训人次|2022|200|人次', '秦州区|培训人次|2022|200|人次']);
    const merged = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['市州', '县区', '年份', '培训人次'], ['兰州市', '城关区', 2021, 500], ['兰州市', '', 2022, 600], ['兰州市', '七里河区', 2021, 300]], merges: ['B2:B3'] }]));
    expect(flatten(merged)).toEqual(['七里河区|培训人次|2021|300|人次', '城关区|培训人次|2021|500|人次', '城关区|培训人次|2022|600|人次']);
  });

  it('a place column beside a column that names each place again one to one is not a parent', async () => {
    const od = await runDraft('2022年.xlsx', book([['城市', '地区', '培训人次'], ['兰州市', '兰州', 500], ['天水市', '天水', 300], ['白银市', '白银', 200]]));
    expect(flatten(od).map((x) => x.split('|')[0]).sort()).toEqual(['兰州市', '天水市', '白银市']);
  });
});

describe('the period, place and unit stated on 「键：值」 lines above the table', () => {
  it.each([['年份：2022年', '2022'], ['年度：2022', '2022'], ['统计年度：2022', '2022'], ['报告期：2022年', '2022'], ['统计时间：2022年', '2022'], ['统计时段：2022年1月1日至2022年6月30日', '2022年1—6月'], ['统计期间：2022年1—6月', '2022年1—6月']])('「%s」 names the period', async (line, period) => {
    const od = await runDraft('x.xlsx', book([['地区：兰州市'], [line], ['指标', '数值'], ['培训人次', 3000], ['行政复议受理件数', 130]]));
    expect(flatten(od)).toEqual([`兰州市|培训人次|${period}|3000|人次`, `兰州市|行政复议受理件数|${period}|130|件`]);
  });

  it('a form\'s heading line: 填报单位 names the place, 统计时段 the period, also in one cell; 填报日期 is no period', async () => {
    for (const line of [['填报单位：榆中县司法局', '', '统计时段：2022年'], ['填报单位：榆中县司法局    统计时段：2022年    填报日期：2023年1月15日']]) {
      const od = await runDraft('统计表.xlsx', book([['法治政府建设情况统计表'], line, ['指标', '单位', '数值'], ['培训人次', '人次', 3000]]));
      expect(flatten(od)).toEqual(['榆中县|培训人次|2022|3000|人次']);
    }
    const dated = await runDraft('统计表.xlsx', book([['法治政府建设情况统计表'], ['填报单位：榆中县司法局', '填报日期：2023年1月15日'], ['指标', '单位', '数值'], ['培训人次', '人次', 3000]]));
    expect(dated.draft.sheets[0].problem).toBe('no-period');
  });

  it('a period written as a span of days is the months it covers (the whole year, the year)', () => {
    expect(['2022年1月1日至2022年12月31日', '2022年1月1日-6月30日', '2022年4月1日～2022年6月30日'].map((t) => periodLabel(periodKey(findPeriod(t)!)))).toEqual(['2022', '2022年1—6月', '2022年4—6月']);
  });
});

describe('years across with one column more: a change, a share, a rank, a department, a figure of its own', () => {
  const years = (extra: string, values: unknown[]) => [['地区', '2021年', '2022年', extra], ['兰州市', 3000, 3200, values[0]], ['天水市', 560, 600, values[1]]];
  const counts = ['兰州市|律师人数|2021|3000|', '兰州市|律师人数|2022|3200|', '天水市|律师人数|2021|560|', '天水市|律师人数|2022|600|'];
  it.each(['增减额', '净增', '增加人数', '2022年较2021年增减', '2022年比2021年增长(%)', '占比(%)', '2022年占全省比重(%)', '2022年排名', '责任单位'])('%s: the years keep the title\'s indicator, the extra column is not a figure of it', async (extra) => {
    const values = extra === '责任单位' ? ['市司法局', '市司法局'] : extra.includes('排名') ? [1, 2] : [200, 40];
    const od = await runDraft('律师人数.xlsx', book(years(extra, values)));
    expect(flatten(od)).toEqual(counts);
  });

  it('a column naming a figure of its own (每万人律师数) does not take the years\' indicator away', async () => {
    const od = await runDraft('律师人数.xlsx', book(years('每万人律师数', [7.1, 1.9])));
    expect(flatten(od).filter((x) => x.includes('|律师人数|'))).toEqual(counts);
  });
});

describe('spellings of figures and periods that forms and exports use', () => {
  it.each([['△120', -120], ['△ 12.5', -12.5], ['—120', -120], ['–3.2', -3.2], ['120.00-', -120], ['1,234.5-', -1234.5], ['1,234-', -1234]])('%s is a negative figure', (text, value) => {
    expect(parseValue(text)).toMatchObject({ ok: true, value });
  });

  it('a lone dash is still no figure, a range none, and an open class (50-) or span (2020-) no negative', () => {
    expect(['—', '——', '-', '--', '1-2', '50-', '2020-', '300-'].map((t) => parseValue(t).ok)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it.each([['2023-Q4', '2023年第4季度'], ['2023.4季度', '2023年第4季度'], ['Q4 2023', '2023年第4季度'], ['Q1-2023', '2023年第1季度'], ['2023 Q2', '2023年第2季度']])('%s is a quarter', (text, label) => {
    expect(periodLabel(periodKey(parsePeriod(text)!))).toBe(label);
  });

  it.each([
    ['月份', ['2023.06', '2023.07']],
    ['月份', [2023.06, 2023.07]],
    ['统计月份', ['202306', '202307']],
    ['年月', [202306, 202307]],
  ])('months written as codes down a %s column (%j)', async (head, codes) => {
    const od = await runDraft('x.xlsx', book([['地区', head, '公证件数'], ['兰州市', codes[0], 10], ['兰州市', codes[1], 11], ['天水市', codes[0], 3]]));
    expect(flatten(od)).toEqual(['兰州市|公证件数|2023年6月|10|件', '兰州市|公证件数|2023年7月|11|件', '天水市|公证件数|2023年6月|3|件']);
  });

  it('a number that drops its trailing zero (2023.1 for 2023.10) is still October; codes are no period in a column of figures', async () => {
    const od = await runDraft('x.xlsx', book([['地区', '月份', '公证件数'], ['兰州市', 2023.09, 10], ['兰州市', 2023.1, 11]]));
    expect(flatten(od).map((x) => x.split('|')[2])).toEqual(['2023年10月', '2023年9月']);
    const figures = await runDraft('2022年.xlsx', book([['地区', '地区生产总值', '工业增加值'], ['兰州市', 202306, 2023.06], ['天水市', 202311, 2021.04]]));
    expect(flatten(figures)).toContain('兰州市|地区生产总值|2022|202306|');
  });
});

describe('a pivot table copied with its page filters', () => {
  const pivot = [['行标签', '求和项:培训人次', '求和项:培训班次'], ['兰州市', 3000, 20], ['天水市', 1200, 8], ['总计', 4200, 28]];
  const expected = ['兰州市|培训人次|2022|3000|人次', '兰州市|培训班次|2022|20|次', '天水市|培训人次|2022|1200|人次', '天水市|培训班次|2022|8|次'];
  it.each([[['年份', 2022]], [['年份', '2022年']], [['年度', 2022]], [['统计年度', '2022']]])('a filter %j above it names the period', async (filter) => {
    const od = await runDraft('培训.xlsx', book([filter, [], ...pivot]));
    expect(flatten(od)).toEqual(expected);
  });

  it('two filters name the period and the indicator; (全部) names nothing; a CSV copy reads the same', async () => {
    const two = await runDraft('x.xlsx', book([['年份', 2022], ['指标', '培训人次'], [], ['行标签', '求和项:数值'], ['兰州市', 3000], ['天水市', 1200], ['总计', 4200]]));
    expect(flatten(two)).toEqual(['兰州市|培训人次|2022|3000|人次', '天水市|培训人次|2022|1200|人次']);
    const all = await runDraft('2022年培训.xlsx', book([['地区', '(全部)'], [], ...pivot]));
    expect(flatten(all)).toEqual(expected);
    const csv = new TextEncoder().encode('年份,2022\r\n,\r\n地区,培训人次\r\n兰州市,3000\r\n天水市,1200\r\n');
    expect(flatten(await runDraft('透视.csv', csv))).toEqual(['兰州市|培训人次|2022|3000|人次', '天水市|培训人次|2022|1200|人次']);
  });

  it('years down the row labels, 总计 below them, the place in the file name', async () => {
    const od = await runDraft('兰州市.xlsx', book([['行标签', '求和项:培训人次'], ['2021', 2800], ['2022', 3000], ['总计', 5800]]));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2021|2800|人次', '兰州市|培训人次|2022|3000|人次']);
  });
});

describe('target and actual columns, and a row of units under the years', () => {
  it('考核指标 | 责任单位 | 目标值 | 完成值: the completed figure is the indicator itself, the target its variant', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年法治政府建设考核指标完成情况'], ['考核指标', '责任单位', '目标值', '完成值'], ['培训人次', '市司法局', 2500, 3000], ['行政复议纠错率(%)', '市司法局', 10, 12.5]]));
    expect(flatten(od).map((x) => x.split('|').slice(0, 4).join('|'))).toEqual(['兰州市|培训人次(目标)|2022|2500', '兰州市|培训人次|2022|3000', '兰州市|行政复议纠错率(目标)|2022|10', '兰州市|行政复议纠错率|2022|12.5']);
  });

  it('目标值 | 完成值 under the indicator named above them, or by the title', async () => {
    const grouped = await runDraft('2022年.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '培训人次', '', '律师人数', ''], ['', '目标值', '完成值', '目标', '实际'], ['兰州市', 2500, 3000, 10, 12]], merges: ['B1:C1', 'D1:E1'] }]));
    expect(flatten(grouped).map((x) => x.split('|').slice(0, 4).join('|'))).toEqual(['兰州市|培训人次(目标)|2022|2500', '兰州市|培训人次|2022|3000', '兰州市|律师人数(目标)|2022|10', '兰州市|律师人数|2022|12']);
    const titled = await runDraft('2022年培训人次.xlsx', book([['地区', '目标值', '完成值'], ['兰州市', 2500, 3000]]));
    expect(flatten(titled).map((x) => x.split('|').slice(0, 4).join('|'))).toEqual(['兰州市|培训人次(目标)|2022|2500', '兰州市|培训人次|2022|3000']);
  });

  it('计划数 | 完成数 | 完成率 across indicators down the rows are measures, not places: the review asks for the place', async () => {
    const od = await runDraft('2022年.xlsx', book([['指标', '计划数', '完成数', '完成率(%)'], ['培训人次', 2500, 3000, 120], ['律师人数', 10, 12, 120]]));
    expect(od.draft.sheets[0].detection.headerRole).not.toBe('region');
    expect(od.draft.sheets[0].problem).toBe('no-region');
  });

  it('人 | 人 on a row under 2021年 | 2022年 is the unit of the title\'s indicator', async () => {
    const od = await runDraft('各市律师人数.xlsx', book([['地区', '2021年', '2022年'], ['', '人', '人'], ['兰州市', 3000, 3200]]));
    expect(flatten(od)).toEqual(['兰州市|律师人数|2021|3000|人', '兰州市|律师人数|2022|3200|人']);
  });
});

describe('the new rules stay where they belong (a review of ordinary tables under them)', () => {
  const cut = (xs: string[]) => xs.map((x) => x.split('|').slice(0, 4).join('|'));
  it('a share, a flow or a rank that is the table\'s own figure is kept: 占比 alone, 年初 | 增加 | 减少 | 年末, ranks only', async () => {
    const share = await runDraft('各市律师占比.xlsx', book([['2022年各市律师占比'], ['地区', '占比(%)'], ['兰州市', 45.2], ['天水市', 8.1]]));
    expect(cut(flatten(share))).toEqual(['兰州市|占比|2022|45.2', '天水市|占比|2022|8.1']);
    const flows = await runDraft('2022年律师人数变动.xlsx', book([['地区', '年初人数', '增加', '减少', '年末人数'], ['兰州市', 3000, 300, 100, 3200]]));
    expect(cut(flatten(flows))).toEqual(['兰州市|减少|2022|100', '兰州市|增加|2022|300', '兰州市|年初人数|2022|3000', '兰州市|年末人数|2022|3200']);
    const net = await runDraft('2022年市场主体.xlsx', book([['地区', '市场主体数', '净增加'], ['兰州市', 50000, 2000]]));
    expect(cut(flatten(net))).toEqual(['兰州市|净增加|2022|2000', '兰州市|市场主体数|2022|50000']);
    const ranks = await runDraft('各市考核排名.xlsx', book([['地区', '2021年排名', '2022年排名'], ['兰州市', 2, 1], ['天水市', 1, 2]]));
    expect(cut(flatten(ranks))).toEqual(['兰州市|排名|2021|2', '兰州市|排名|2022|1', '天水市|排名|2021|1', '天水市|排名|2022|2']);
  });

  it('a long panel whose district is written once per block, under a parent column, fills the district down', async () => {
    for (const parent of ['所属市', '市州']) {
      const od = await runDraft('panel.xlsx', book([[parent, '县区', '年份', '律师人数'], ['兰州市', '城关区', 2021, 800], ['兰州市', '', 2022, 850], ['兰州市', '七里河区', 2021, 300], ['兰州市', '', 2022, 320], ['天水市', '秦州区', 2021, 100], ['天水市', '', 2022, 110]]));
      expect(cut(flatten(od))).toEqual(['七里河区|律师人数|2021|300', '七里河区|律师人数|2022|320', '城关区|律师人数|2021|800', '城关区|律师人数|2022|850', '秦州区|律师人数|2021|100', '秦州区|律师人数|2022|110']);
    }
  });

  it('省 | 市 | 县: the district\'s parent is its city', async () => {
    const od = await runDraft('2022年.xlsx', book([['省', '市', '县', '培训人次'], ['甘肃省', '兰州市', '城关区', 500], ['甘肃省', '兰州市', '七里河区', 300], ['甘肃省', '天水市', '秦州区', 200]]));
    expect(od.draft.sheets[0].detection.labelCols).toEqual([{ col: 0, role: 'ignore' }, { col: 1, role: 'parent' }, { col: 2, role: 'region' }]);
  });

  it('age classes (50-) stay labels; 2023.1 down a 季度 column is no month; 报告期：2022年12月 under a title of 2022 is the year', async () => {
    const ages = await runDraft('年龄.xlsx', book([['2022年兰州市律师年龄结构'], ['年龄段', '人数'], ['30岁以下', 500], ['30-50岁', 1800], ['50-', 900]]));
    expect(flatten(ages).some((x) => x.includes('-50|') || x.includes('|-'))).toBe(false);
    const quarters = await runDraft('季报.xlsx', book([['地区', '季度', '公证件数'], ['兰州市', '2023.1', 10], ['兰州市', '2023.2', 12]]));
    expect(flatten(quarters).some((x) => x.includes('月'))).toBe(false);
    const report = await runDraft('2022年各市公证统计.xlsx', book([['2022年各市公证业务统计表'], ['报告期：2022年12月'], ['地区', '公证件数'], ['兰州市', 500]]));
    expect(cut(flatten(report))).toEqual(['兰州市|公证件数|2022|500']);
    const year = await runDraft('统计表.xlsx', book([['地区：兰州市'], ['统计时间：2022年1-12月'], ['指标', '数值'], ['培训人次', 3000]]));
    expect(cut(flatten(year))).toEqual(['兰州市|培训人次|2022|3000']);
  });
});

describe('本年 | 上年 | 增减 down the rows of a 项目 column, indicators across', () => {
  const table = (corner: string, rows: string[]) => [['兰州市2022年法治政府建设情况'], [corner, '行政复议受理件数', '培训人次'], [rows[0], 130, 3000], [rows[1], 120, 2800], ...(rows[2] ? [[rows[2], 8.3, 7.1]] : [])];
  const expected = ['兰州市|培训人次|2021|2800|人次', '兰州市|培训人次|2022|3000|人次', '兰州市|行政复议受理件数|2021|120|件', '兰州市|行政复议受理件数|2022|130|件'];
  it.each([
    ['项目', ['本年', '上年', '增减(%)']],
    ['项目', ['本期', '上年同期', '同比增减(%)']],
    ['项目', ['2022年', '2021年', '增减(%)']],
    ['', ['本年', '上年']],
  ])('%s | … with rows %j: this year and last; the change row is derived', async (corner, rows) => {
    const od = await runDraft('x.xlsx', book(table(corner, rows)));
    expect(flatten(od)).toEqual(expected);
    if (rows[2]) expect(od.draft.sheets[0].skips.map((k) => k.reason)).toContain('derived');
  });
});

describe('a part nested under its parent (其中：女性) names and counts as a part of it', () => {
  it('其中：女性 under 律师人数(人): 律师人数：女性, in 人; 城镇 | 农村 under 常住人口(万人) the same', async () => {
    const women = await runDraft('x.xlsx', book([['兰州市2022年法律服务'], ['指标', '2022年'], ['律师人数(人)', 3200], ['其中：女性', 1400], ['公证件数', 900]]));
    expect(flatten(women)).toEqual(['兰州市|公证件数|2022|900|件', '兰州市|律师人数:女性|2022|1400|人', '兰州市|律师人数|2022|3200|人']);
    const towns = await runDraft('x.xlsx', book([['兰州市2022年人口'], ['指标', '2022年'], ['常住人口(万人)', 441.5], ['其中：城镇', 370.2], ['农村', 71.3]]));
    expect(flatten(towns)).toEqual(['兰州市|常住人口:农村|2022|71.3|万人', '兰州市|常住人口:城镇|2022|370.2|万人', '兰州市|常住人口|2022|441.5|万人']);
  });

  it('a blank unit cell of a nested row is its parent\'s; a nested name that stands alone keeps it, with the parent\'s unit', async () => {
    const cell = await runDraft('x.xlsx', book([['兰州市2022年法律服务主要指标'], ['指标', '单位', '2022年'], ['律师人数', '人', 3200], ['  其中：女性', '', 1400], ['公证员人数', '人', 80]]));
    expect(flatten(cell)).toEqual(['兰州市|公证员人数|2022|80|人', '兰州市|律师人数:女性|2022|1400|人', '兰州市|律师人数|2022|3200|人']);
    const catalog = await runDraft('x.xlsx', book([['兰州市2022年行政复议'], ['指标', '2022年'], ['行政复议受理件数', 130], ['其中：涉企案件', 40]]));
    expect(flatten(catalog)).toEqual(['兰州市|涉企案件|2022|40|件', '兰州市|行政复议受理件数|2022|130|件']);
  });

  it('a row after the nested ones that is no part keeps its own unit', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年法律服务'], ['指标', '2022年'], ['律师人数(人)', 3200], ['其中：女性', 1400], ['法律援助经费(万元)', 120], ['行政复议纠错率', 12.5]]));
    expect(flatten(od)).toContain('兰州市|法律援助经费|2022|120|万元');
    expect(flatten(od)).toContain('兰州市|行政复议纠错率|2022|12.5|%');
  });
});

describe('a few more written figures and months', () => {
  it('超过300 and 逾300 are 300以上; 45注 is 45 with a note', () => {
    expect([parseValue('超过300'), parseValue('逾300')]).toEqual([{ ok: true, value: 300, unit: '', qualifier: '以上' }, { ok: true, value: 300, unit: '', qualifier: '以上' }]);
    expect(parseValue('45注')).toEqual({ ok: true, value: 45, unit: '', qualifier: '' });
    expect(parseValue('逾期').ok).toBe(false);
  });

  it('a 月份 column mixing 2023-06, 2023.07, 2023/08 and 202309', async () => {
    const od = await runDraft('x.xlsx', book([['地区', '月份', '公证件数'], ['兰州市', '2023-06', 10], ['兰州市', '2023.07', 11], ['兰州市', '2023/08', 12], ['兰州市', '202309', 13]]));
    expect(flatten(od).map((x) => x.split('|')[2])).toEqual(['2023年6月', '2023年7月', '2023年8月', '2023年9月']);
  });
});

describe('the rules of this round, after a second review of ordinary tables', () => {
  const cut = (xs: string[]) => xs.map((x) => x.split('|').slice(0, 4).join('|'));
  it('a share beside one year is derived; the year keeps the title\'s indicator', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各市律师人数'], ['地区', '2022年', '占比(%)'], ['兰州市', 3200, 84.2], ['天水市', 600, 15.8]]));
    expect(cut(flatten(od))).toEqual(['兰州市|律师人数|2022|3200', '天水市|律师人数|2022|600']);
  });

  it('a bare share is the share of the figure to its left (律师人数 | 占比 | 公证件数 | 占比)', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '律师人数', '占比', '公证件数', '占比'], ['兰州市', 3200, 84.2, 900, 60]]));
    expect(flatten(od)).toEqual(['兰州市|公证件数|2022|900|件', '兰州市|公证件数占比|2022|60|%', '兰州市|律师人数|2022|3200|', '兰州市|律师人数占比|2022|84.2|%']);
    expect(od.draft.collisionCount ?? 0).toBe(0);
  });

  it('计划数 | 完成数 | 完成率 under a title: its indicator planned and done; with only a file name to guess from, the headers\' own names', async () => {
    const titled = await runDraft('x.xlsx', book([['2022年各市培训人次完成情况'], ['地区', '计划数', '完成数', '完成率(%)'], ['兰州市', 3000, 3200, 106.7]]));
    expect(cut(flatten(titled))).toEqual(['兰州市|培训人次(计划)|2022|3000', '兰州市|培训人次|2022|3200', '兰州市|完成率|2022|106.7']);
    const guessed = await runDraft('2022年各市计划.xlsx', book([['地区', '计划数', '完成数'], ['兰州市', 3000, 3200]]));
    expect(cut(flatten(guessed))).toEqual(['兰州市|完成数|2022|3200', '兰州市|计划数|2022|3000']);
  });

  it('指标 | 计划 | 实际 names measures across, never places: the review asks for the place', async () => {
    const od = await runDraft('2022年.xlsx', book([['指标', '计划', '实际'], ['培训人次', 3000, 3200], ['公证件数', 500, 520]]));
    expect(od.draft.sheets[0].problem).toBe('no-region');
  });

  it('报告期 names a month the title\'s year keeps only in December, and never in a 月报', async () => {
    const june = await runDraft('x.xlsx', book([['2022年各市公证业务统计表'], ['报告期：2022年6月'], ['地区', '公证件数'], ['兰州市', 500]]));
    expect(cut(flatten(june))).toEqual(['兰州市|公证件数|2022年6月|500']);
    const monthly = await runDraft('x.xlsx', book([['2022年公证业务月报'], ['报告期：2022年12月'], ['地区', '公证件数'], ['兰州市', 500]]));
    expect(cut(flatten(monthly))).toEqual(['兰州市|公证件数|2022年12月|500']);
  });

  it('本期 | 累计 under a month are the month and the months to it; 合计 or 累计 below years is their total', async () => {
    const od = await runDraft('x.xlsx', book([['兰州市2022年6月公证业务'], ['项目', '公证件数', '律师人数'], ['本期', 100, 50], ['累计', 600, 300]]));
    expect(cut(flatten(od))).toEqual(['兰州市|公证件数|2022年1—6月|600', '兰州市|公证件数|2022年6月|100', '兰州市|律师人数|2022年1—6月|300', '兰州市|律师人数|2022年6月|50']);
    for (const total of ['合计', '累计']) {
      const years = await runDraft('兰州市.xlsx', book([['兰州市培训情况'], ['年份', '培训人次'], [2021, 2800], [2022, 3000], [total, 5800]]));
      expect(cut(flatten(years))).toEqual(['兰州市|培训人次|2021|2800', '兰州市|培训人次|2022|3000']);
      expect(years.draft.sheets[0].skips.map((k) => k.reason)).toEqual(['aggregate']);
    }
  });

  it('a city\'s own row after its districts, in a table of one figure a place, is the city\'s', async () => {
    const od = await runDraft('2022年.xlsx', book([['市州', '县区', '培训人次'], ['兰州市', '城关区', 500], ['兰州市', '七里河区', 300], ['兰州市', '', 1300], ['天水市', '秦州区', 100], ['天水市', '', 100]]));
    expect(cut(flatten(od))).toEqual(['七里河区|培训人次|2022|300', '兰州市|培训人次|2022|1300', '城关区|培训人次|2022|500', '天水市|培训人次|2022|100', '秦州区|培训人次|2022|100']);
  });

  it('a part names the last row that is none; a table of 男性 | 女性 is no part of anything; rates and other counts keep their own units', async () => {
    const two = await runDraft('x.xlsx', book([['兰州市2022年队伍'], ['指标', '2022年'], ['律师人数(人)', 3200], ['其中：女性', 1400], ['公证员人数(人)', 80], ['女性', 50]]));
    expect(cut(flatten(two))).toEqual(['兰州市|公证员人数:女性|2022|50', '兰州市|公证员人数|2022|80', '兰州市|律师人数:女性|2022|1400', '兰州市|律师人数|2022|3200']);
    const sexes = await runDraft('兰州市2022年律师性别.xlsx', book([['性别', '人数'], ['男性', 1800], ['女性', 1400]]));
    expect(cut(flatten(sexes)).map((x) => x.split('|')[1]).sort()).not.toContain('男性:女性');
    const own = await runDraft('x.xlsx', book([['兰州市2022年律师'], ['指标', '2022年'], ['律师人数(人)', 3200], ['其中：女性占比', 43.8], ['  律师事务所数', 150]]));
    expect(flatten(own).filter((x) => x.includes('占比') || x.includes('律师事务所')).every((x) => !x.endsWith('|人'))).toBe(true);
  });
});

describe('marks and notes around names, and spans written as dates', () => {
  it('a header\'s footnote mark is not its name (培训人次①, 律师人数², 纠错率（%）*, 公证件数（注1）, 律师人数[1]); km² keeps its power', async () => {
    const area = await runDraft('2022年.xlsx', book([['地区', '面积', '行政区域面积km²'], ['', 'km²', ''], ['兰州市', 13100, 13100]]));
    expect(flatten(area).map((x) => x.split('|').slice(1).join('|'))).toEqual(['行政区域面积km²|2022|13100|', '面积|2022|13100|km²']);
    const od = await runDraft('2022年.xlsx', book([['地区', '培训人次①', '行政复议纠错率（%）*', '公证件数（注1）', '律师人数[1]'], ['兰州市', 3000, 12.5, 900, 3200]]));
    expect(flatten(od)).toEqual(['兰州市|公证件数|2022|900|件', '兰州市|培训人次|2022|3000|人次', '兰州市|律师人数|2022|3200|', '兰州市|行政复议纠错率|2022|12.5|%']);
  });

  it.each([['一、兰州市', '兰州市'], ['1、兰州市', '兰州市'], ['(二)天水市', '天水市'], ['城关区(含高新区)', '城关区(含高新区)'], ['甘肃省兰州市', '兰州市'], ['内蒙古自治区呼和浩特市', '呼和浩特市'], ['兰州市城关区', '兰州市城关区']])('the place written %s is %s', (written, place) => {
    expect(matchRegion(buildRegionIndex([]), written).id).toBe(place);
  });

  it.each([['统计时间：2023-01-01 至 2023-06-30', '2023年1—6月'], ['统计期间：2023.01.01-2023.06.30', '2023年1—6月'], ['统计时间：2023/1/1-2023/12/31', '2023']])('「%s」 is %s', async (line, period) => {
    const od = await runDraft('x.xlsx', book([['地区：兰州市'], [line], ['指标', '数值'], ['培训人次', 3000]]));
    expect(flatten(od)).toEqual([`兰州市|培训人次|${period}|3000|人次`]);
  });
});

describe('columns of states beside the figures, and percentages written out', () => {
  it.each([[['是', '否', '是']], [['√', '×', '√']], [['已完成', '未完成', '已完成']]])('a column of %j is no label of the rows: the figures keep their own names', async (states) => {
    const od = await runDraft('2022年.xlsx', book([['县区', '完成情况', '培训人次', '是否达标'], ['城关区', states[0], 500, states[2]], ['七里河区', states[1], 300, states[1]], ['西固区', states[2], 200, states[0]]]));
    expect(flatten(od)).toEqual(['七里河区|培训人次|2022|300|人次', '城关区|培训人次|2022|500|人次', '西固区|培训人次|2022|200|人次']);
  });

  it('百分之十二 and 百分之八点五 are 12% and 8.5%', async () => {
    expect([parseValue('百分之十二'), parseValue('百分之八点五'), parseValue('百分之十点二五')].map((v) => (v.ok ? `${v.value}${v.unit}` : v.reason))).toEqual(['12%', '8.5%', '10.25%']);
    const od = await runDraft('2022年.xlsx', book([['县区', '行政复议纠错率'], ['城关区', '百分之十'], ['七里河区', '百分之八']]));
    expect(flatten(od)).toEqual(['七里河区|行政复议纠错率|2022|8|%', '城关区|行政复议纠错率|2022|10|%']);
  });
});

describe('offices beside places, and sheets that explain the workbook', () => {
  it('单位名称 or 填报单位 of offices (城关区司法局) beside 行政区划 or 所属地区: the places are the rows\' places', async () => {
    for (const [office, place] of [['单位名称', '行政区划'], ['填报单位', '所属地区']]) {
      const od = await runDraft('2022年.xlsx', book([[office, place, '公证件数'], ['兰州市城关区司法局', '城关区', 1300], ['兰州市七里河区司法局', '七里河区', 800]]));
      expect(flatten(od)).toEqual(['七里河区|公证件数|2022|800|件', '城关区|公证件数|2022|1300|件']);
    }
  });

  it('a 填表说明 sheet\'s deadline and phone number are no figures; the data sheet beside it imports', async () => {
    const od = await runDraft('2022年法治统计.xlsx', xlsx([
      { name: '填表说明', rows: [['填表说明'], ['1. 请于2023年1月15日前报送。', 3], ['联系电话', 9318888888]] },
      { name: '统计表', rows: [['地区', '培训人次'], ['兰州市', 3000]] },
    ]));
    expect(flatten(od)).toEqual(['兰州市|培训人次|2022|3000|人次']);
    expect(od.draft.sheets[0].problem).toBe('no-data');
  });
});

describe('places under the years, and measures under a title naming their subject', () => {
  it('2022年 over 全市 | 城关区 | 七里河区, indicators down: the year\'s places (全市, their total)', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['指标', '单位', '2022年', '', ''], ['', '', '全市', '城关区', '七里河区'], ['培训人次', '人次', 800, 500, 300], ['公证件数', '件', 2000, 1300, 700]], merges: ['C1:E1', 'A1:A2', 'B1:B2'] }]));
    expect(flatten(od)).toEqual(['七里河区|公证件数|2022|700|件', '七里河区|培训人次|2022|300|人次', '城关区|公证件数|2022|1300|件', '城关区|培训人次|2022|500|人次']);
    const two = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['指标', '2021年', '', '2022年', ''], ['', '城关区', '七里河区', '城关区', '七里河区'], ['培训人次', 450, 280, 500, 300]], merges: ['B1:C1', 'D1:E1', 'A1:A2'] }]));
    expect(flatten(two)).toEqual(['七里河区|培训人次|2021|280|人次', '七里河区|培训人次|2022|300|人次', '城关区|培训人次|2021|450|人次', '城关区|培训人次|2022|500|人次']);
  });

  it('受理件数 under 「各县区行政复议案件受理情况」 is 行政复议受理件数; under a 法律援助 title it stays as written', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各县区行政复议案件受理情况'], ['县区', '受理件数'], ['城关区', 120]]));
    expect(flatten(od)).toEqual(['城关区|行政复议受理件数|2022|120|件']);
    const aid = await runDraft('x.xlsx', book([['2022年各县区法律援助案件情况'], ['县区', '受理件数'], ['城关区', 420]]));
    expect(flatten(aid)).toEqual(['城关区|受理件数|2022|420|']);
  });
});

describe('a 考核 score sheet: items down, 分值 | 得分 across, the place in the title or the file name', () => {
  it('the items are no places: the title\'s county keeps the scores; 扣分原因 is text about them; the 合计 row is a total', async () => {
    const od = await runDraft('x.xlsx', xlsx([{ name: 'Sheet1', rows: [['城关区2022年度法治政府建设考核评分表'], ['序号', '考核项目', '考核内容', '分值', '得分', '扣分原因'], [1, '依法全面履行政府职能', '权力清单动态调整', 5, 4.5, '未及时公布调整结果'], [2, null, '行政审批制度改革', 5, 5, ''], ['合计', '', '', 10, 9.5, '']], merges: ['A1:F1', 'B3:B4', 'A5:C5'] }]));
    const got = flatten(od);
    expect(got.every((x) => x.startsWith('城关区|'))).toBe(true);
    expect(got.some((x) => x.includes('|9.5|') || x.includes('未及时'))).toBe(false);
    expect(got.filter((x) => x.includes('得分|')).map((x) => x.split('|')[3])).toEqual(['4.5', '5']);
    const file = await runDraft('城关区2022年考核得分.xlsx', book([['考核指标', '得分'], ['组织领导', 9], ['依法行政', 18]]));
    expect(flatten(file).map((x) => x.split('|').slice(0, 4).join('|'))).toEqual(['城关区|依法行政|2022|18', '城关区|组织领导|2022|9']);
  });
});

describe('this round\'s rules where they do not belong (a third review)', () => {
  const cut = (xs: string[]) => xs.map((x) => x.split('|').slice(0, 4).join('|'));
  it('兰州市 and 兰州市(含兰州新区) are two territories, kept apart', async () => {
    const od = await runDraft('2022年.xlsx', book([['地区', '律师人数'], ['兰州市', 3400], ['兰州市(含兰州新区)', 3600]]));
    expect(cut(flatten(od))).toEqual(['兰州市(含兰州新区)|律师人数|2022|3600', '兰州市|律师人数|2022|3400']);
  });

  it('是 | 否 as the only labels of the rows stay the rows\' categories', async () => {
    const od = await runDraft('2022年兰州市法律顾问.xlsx', book([['是否建立法律顾问制度', '单位数'], ['是', 30], ['否', 5]]));
    expect(od.draft.collisionCount ?? 0).toBe(0);
    expect(flatten(od)).toHaveLength(2);
  });

  it('街道办事处 and 村民委员会 are places; two offices of one district, or offices under no 单位 header, stay rows of their own', async () => {
    const streets = await runDraft('2022年.xlsx', book([['县区', '街道', '公证件数'], ['城关区', '张掖路街道办事处', 30], ['城关区', '酒泉路街道办事处', 20]]));
    expect(streets.draft.collisionCount ?? 0).toBe(0);
    const two = await runDraft('2022年.xlsx', book([['单位名称', '所属地区', '执法案件数'], ['城关区市场监管局', '城关区', 30], ['城关区城管执法局', '城关区', 20], ['七里河区市场监管局', '七里河区', 10]]));
    expect(two.draft.collisionCount ?? 0).toBe(0);
    expect(flatten(two)).toHaveLength(3);
  });

  it('a workbook whose one sheet is named 说明 holds its table', async () => {
    const od = await runDraft('2022年各市律师人数.xlsx', xlsx([{ name: '说明', rows: [['地区', '律师人数'], ['兰州市', 3200], ['天水市', 600]] }]));
    expect(flatten(od)).toHaveLength(2);
  });

  it('a year over 市级 | 县区 | 乡镇 or 开发区 | 工业园区 splits it by kinds of place, not places', async () => {
    const od = await runDraft('兰州市2022年分级.xlsx', xlsx([{ name: 'Sheet1', rows: [['指标', '2022年', '', ''], ['', '市级', '县区', '乡镇'], ['培训人次', 500, 300, 100]], merges: ['B1:D1', 'A1:A2'] }]));
    expect(flatten(od).some((x) => /^(市级|县区|乡镇)\|/.test(x))).toBe(false);
  });

  it('a title naming two subjects (行政复议和行政诉讼) does not say whose 受理件数 a column is', async () => {
    const od = await runDraft('x.xlsx', book([['2022年各市行政复议和行政诉讼案件受理情况'], ['地区', '受理件数'], ['兰州市', 130]]));
    expect(flatten(od)).toEqual(['兰州市|受理件数|2022|130|']);
  });
});

describe('spans of days as a header or down a period column', () => {
  it('a header 2023-01-01至2023-06-30 and a 统计期间 column of such spans are the months they cover', async () => {
    const header = await runDraft('律师人数.xlsx', book([['地区', '2023-01-01至2023-06-30', '2023-07-01至2023-12-31'], ['兰州市', 3000, 3100]]));
    expect(flatten(header)).toEqual(['兰州市|律师人数|2023年1—6月|3000|', '兰州市|律师人数|2023年7—12月|3100|']);
    const column = await runDraft('x.xlsx', book([['地区', '统计期间', '公证件数'], ['兰州市', '2023年1月1日至2023年6月30日', 500], ['兰州市', '2023年1月1日至2023年12月31日', 1100]]));
    expect(flatten(column)).toEqual(['兰州市|公证件数|2023|1100|件', '兰州市|公证件数|2023年1—6月|500|件']);
  });
});
