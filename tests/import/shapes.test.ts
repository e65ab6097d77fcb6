// The shapes that real offices' and statistics bureaus' tables come in, one generated fixture
// each, with the exact observations they must give (and what decided them, in the test name).
import { describe, expect, it } from 'vitest';
import { encodings, xlsx } from '../fixtures/fixtures';
import { BUILTIN_CATALOG, flatten, runDraft } from './runDraft';
import { SHAPES } from '../fixtures/shapeFixtures';

describe('every shape of the issue, with its exact observations', () => {
  it.each(SHAPES.map((f) => [f.shape, f] as const))('%s', async (_, f) => {
    const od = await runDraft(f.file, f.bytes());
    expect(flatten(od)).toEqual(f.expected);
    expect(od.draft.collisionCount).toBe(0);
  });
});

const csv = (rows: unknown[][]) => rows.map((r) => r.map((c) => String(c ?? '')).join(',')).join('\r\n');

describe('a county table as offices send it', () => {
  const county = SHAPES.find((f) => f.file === '县区统计.xlsx')!;

  it('reads both header rows (merged ranges are evidence), groups 受理/审结/纠错 under 行政复议, and 纠错率 beside them as 行政复议纠错率', async () => {
    const od = await runDraft(county.file, county.bytes());
    const s = od.draft.sheets[0];
    expect([s.detection.headerStart, s.detection.headerEnd, s.detection.dataStart]).toEqual([2, 3, 4]);
    expect(od.draft.collisionCount).toBe(0);
    const got = flatten(od);
    expect(got.filter((r) => r.startsWith('城关区'))).toEqual([
      '城关区|行政复议受理件数|2023|120|件',
      '城关区|行政复议审结件数|2023|100|件',
      '城关区|行政复议纠错件数|2023|12|件',
      '城关区|行政复议纠错率|2023|12|%',
      '城关区|行政应诉案件数|2023|40|件',
      '城关区|行政机关负责人出庭应诉件数|2023|38|件',
    ].sort());
    expect(got).toHaveLength(12);
    expect(s.skips.map((k) => `${k.cell} ${k.reason}`)).toContain('A7 aggregate');
  });
});

describe('no indicator named anywhere', () => {
  const wide = [['地区', '2024年', '2023年', '2015年'], ['北京市', 1, '', 3], ['广西', 4, 5, '']];
  it.each([
    ['maincity.csv', () => encodings.utf8(csv(wide))],
    ['maincity.csv', () => encodings.gbk(csv(wide))],
    ['分省年度数据.xls', () => xlsx([{ name: 'Sheet1', rows: wide }], 'biff8')],
  ])('%s: the file name stem is the indicator, marked as taken from the file name', async (file, bytes) => {
    const od = await runDraft(file, bytes());
    const s = od.draft.sheets[0];
    const stem = file.replace(/\.\w+$/, '');
    expect(s.detection.context).toMatchObject({ indicator: stem, indicatorSource: 'file' });
    expect(s.usedContext.indicator).toBe(4);
    expect(flatten(od)).toEqual([`北京市|${stem}|2015|3|`, `北京市|${stem}|2024|1|`, `广西壮族自治区|${stem}|2023|5|`, `广西壮族自治区|${stem}|2024|4|`]);
  });

  it('with a generic file name it asks for the indicator instead of storing nothing silently', async () => {
    const od = await runDraft('export.csv', encodings.utf8(csv(wide)));
    expect(od.draft.sheets[0]).toMatchObject({ problem: 'no-indicator', count: 0 });
  });

  it('a title names it before the sheet or file name does', async () => {
    const od = await runDraft('maincity.csv', encodings.utf8(csv([['2015-2024年各省普法宣传场次统计表'], ...wide])));
    expect(od.draft.sheets[0].detection.context).toMatchObject({ indicator: '普法宣传场次', indicatorSource: 'title' });
  });
});

describe('the only place column has another name', () => {
  it.each(['省份', '城市', '地市', '区县', '县区', '单位', '名称', '市州', '地区名称', '行政区划', 'province', 'city'])(
    '%s heads the place column of a long panel and of a wide table',
    async (head) => {
      const long = await runDraft('panel.csv', encodings.utf8(csv([['年份', head, 'GDP总量', '第三产业占比'], [2015, '甘肃省', 6790, 49.2], [2016, '甘肃省', 7200, 51.4]])));
      expect(flatten(long)).toEqual(['甘肃省|GDP总量|2015|6790|', '甘肃省|GDP总量|2016|7200|', '甘肃省|第三产业占比|2015|49.2|', '甘肃省|第三产业占比|2016|51.4|']);
      const wide = await runDraft('GDP.csv', encodings.utf8(csv([[head, 2015, 2016], ['甘肃', 6790, 7200]])));
      expect(flatten(wide)).toEqual(['甘肃省|GDP|2015|6790|', '甘肃省|GDP|2016|7200|']);
    },
  );

  it('省份 is the parent only beside a finer place column', async () => {
    const od = await runDraft('2020.csv', encodings.utf8(csv([['省份', '城市', '培训人次'], ['甘肃省', '兰州市', 13337], ['浙江省', '温州市', 15872]])));
    expect(flatten(od)).toEqual(['温州市|培训人次|2020|15872|人次', '兰州市|培训人次|2020|13337|人次'].sort());
    expect(od.draft.sheets[0].regionMeta).toEqual([['兰州市', '', '甘肃省'], ['温州市', '', '浙江省']]);
  });
});

describe('key–value lines above the table', () => {
  const lines = (colon: string, region = '上海') => [
    `数据库${colon}主要城市年度数据`,
    `地区${colon}${region}`,
    `时间${colon}最近20年`,
    '指标,2019年,2018年',
    '地区生产总值(亿元),38155.3,36011.8',
    '年末常住人口(万人),2428,',
    '数据来源：国家统计局',
  ].join('\n');
  it.each([['：'], [':']])('地区%s names the region of the whole table', async (colon) => {
    const od = await runDraft('主要城市年度数据.csv', encodings.gbk(lines(colon)));
    expect(flatten(od)).toEqual(['上海市|地区生产总值|2018|36011.8|亿元', '上海市|地区生产总值|2019|38155.3|亿元', '上海市|年末常住人口|2019|2428|万人']);
    expect(od.draft.sheets[0].detection.context).toMatchObject({ region: '上海市', regionSource: 'meta' });
  });

  it('cells ending in a tab (北京市\\t,47353.7\\t,) are read as their text', async () => {
    const od = await runDraft('分省年度数据.csv', encodings.utf8('数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：2023年\n地区\t,2023年\t,\n北京市\t,47353.7\t,\n天津市\t,16737.3\t,\n'));
    expect(flatten(od)).toEqual(['北京市|地区生产总值|2023|47353.7|亿元', '天津市|地区生产总值|2023|16737.3|亿元']);
  });
});

describe('names of the provincial-level units', () => {
  it('full and short names are one region; a county-suffix match is a guess the review shows', async () => {
    const catalog = { ...BUILTIN_CATALOG, regions: [{ id: '城关区', name: '城关区', aliases: [], level: '', parent: '' }] };
    const od = await runDraft('2020.csv', encodings.utf8(csv([['地区', '培训人次'], ['宁夏', 1], ['新疆', 2], ['内蒙古', 3], ['城关', 4]])), catalog);
    expect(flatten(od).map((r) => r.split('|')[0])).toEqual(['内蒙古自治区', '城关区', '宁夏回族自治区', '新疆维吾尔自治区']);
    expect(od.draft.sheets[0].regionGuesses).toEqual([['城关', '城关区']]);
    const sig = od.draft.sheets[0].detection.signature;
    const rejected = await runDraft('2020.csv', encodings.utf8(csv([['地区', '培训人次'], ['城关', 4]])), catalog, { [sig]: { rejectedRegions: ['城关'] } });
    expect(flatten(rejected)).toEqual(['城关|培训人次|2020|4|人次']);
  });
});

describe('months are periods, not indicators', () => {
  it('a monthly export with every January empty lands by month', async () => {
    const od = await runDraft('分省月度数据.csv', encodings.gbk(csv([['地区', '2023年4月', '2023年3月', '2023年2月', '2023年1月', '2022年12月'], ['北京市', 5, 4, 3, '', 1]])));
    expect(flatten(od)).toEqual(['北京市|分省月度数据|2022年12月|1|', '北京市|分省月度数据|2023年2月|3|', '北京市|分省月度数据|2023年3月|4|', '北京市|分省月度数据|2023年4月|5|']);
  });

  it.each([
    ['2022-10', '2022年10月'], ['2022.10', '2022年10月'], ['2022年1-2月', '2022年1—2月'], ['2022年第三季度', '2022年第3季度'], ['2022Q3', '2022年第3季度'],
  ])('%s headers are %s', async (head, label) => {
    const od = await runDraft('培训人次.csv', encodings.utf8(csv([['地区', head], ['兰州市', 7]])));
    expect(flatten(od)).toEqual([`兰州市|培训人次|${label}|7|人次`]);
  });

  it('decimal months lose October\'s zero: 2016.1 between 2016.09 and 2016.11 is October, and the review says so', async () => {
    const od = await runDraft('交通和通信.csv', encodings.utf8(csv([['省份', '2016.09', '2016.1', '2016.11'], ['辽宁', 1, 2, 3]])));
    expect(flatten(od)).toEqual(['辽宁省|交通和通信|2016年10月|2|', '辽宁省|交通和通信|2016年11月|3|', '辽宁省|交通和通信|2016年9月|1|']);
    expect(od.draft.sheets[0].periodNotes).toEqual([['2016.1', '2016年10月']]);
  });
});

describe('collisions are shown before anything is stored', () => {
  it('two columns read as one indicator are listed with both cells and the likely cause', async () => {
    const od = await runDraft('2023.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '复议受理件数', '行政复议受理件数'], ['兰州市', 10, 11]] }]));
    expect(od.draft.collisionCount).toBe(1);
    expect(od.draft.collisions[0]).toMatchObject({ region: '兰州市', indicator: '行政复议受理件数', first: { cell: 'B2', value: 10 }, second: { cell: 'C2', value: 11 }, cause: 'header-rows' });
  });
});

describe('decimal month headers stored as numbers', () => {
  it('an xlsx whose header cells are the numbers 2016.09, 2016.1, 2016.11 reads them as months', async () => {
    const od = await runDraft('交通和通信.xlsx', xlsx([{ name: 'Sheet1', rows: [['省份', 2016.09, 2016.1, 2016.11], ['辽宁', 1, 2, 3]] }]));
    expect(flatten(od)).toEqual(['辽宁省|交通和通信|2016年10月|2|', '辽宁省|交通和通信|2016年11月|3|', '辽宁省|交通和通信|2016年9月|1|']);
  });
});
