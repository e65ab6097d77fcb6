// The report extractor on sentences written in the genre of the 法治政府建设 reports (not copied
// from the seeds): one block per hard pattern of issue 14, each with its exact candidates.
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import type { Indicator } from '../../src/domain/model';
import { extractReport } from '../../src/import/extractReport';
import { REPORT_TRIGGERS } from '../../src/import/report/reportTriggers';

const TITLE = '金城市2020年法治政府建设情况报告\n';

type Brief = [indicator: string, value: number, qualifier?: string];

function run(body: string, catalog: readonly Indicator[] = BUILTIN_INDICATORS) {
  return extractReport(TITLE + body, catalog);
}

/** [indicator, value, qualifier] of every candidate, in text order (qualifier only when there is one). */
function brief(body: string, catalog?: readonly Indicator[]): Brief[] {
  return run(body, catalog).candidates.map((c): Brief => (c.qualifier ? [c.indicator, c.value, c.qualifier] : [c.indicator, c.value]));
}

const cases = (rows: [string, Brief[]][]) => it.each(rows)('%s', (body, expected) => expect(brief(body)).toEqual(expected));

describe('1. another number between the keyword and the value', () => {
  cases([
    ['举办执法人员培训班8期,参训1200余人次。', [['培训班次', 8], ['执法人员培训人次', 1200, '余']]],
    ['全年举办领导干部法治专题培训班6期,参训领导干部530人次。', [['培训班次', 6], ['领导干部培训人次', 530]]],
    ['各部门共举办业务培训班45次,培训2.3万人次。', [['培训班次', 45], ['培训人次', 23000]]],
    ['组织执法人员分5批参加法律知识轮训,参训680人次。', [['执法人员培训人次', 680]]],
    ['开展综合法律知识培训12场,累计培训执法人员3400余人次。', [['培训班次', 12], ['执法人员培训人次', 3400, '余']]],
    ['培训副处级以上领导干部96人次,培训行政执法人员1850人次。', [['领导干部培训人次', 96], ['执法人员培训人次', 1850]]],
  ]);
});

describe('2. a scope count before the value is not the value', () => {
  cases([
    ['全市42个部门共梳理行政许可事项356项。', [['行政许可事项数', 356]]],
    ['全县18个乡镇累计开展普法宣传活动260余场次。', [['普法宣传活动次数', 260, '余']]],
    ['全市12个县(市、区)共办理法律援助案件5621件。', [['法律援助件数', 5621]]],
    ['36家市直单位公布权责清单事项4218项。', [['权责清单事项数', 4218]]],
  ]);
});

describe('3. numerals that are names, not values', () => {
  cases([
    ['深入实施“七五”普法规划,全面启动“八五”普法。', []],
    ['七五普法顺利通过验收,八五普法开局良好。', []],
    ['建立“五张清单”管理制度,推行五张清单动态调整。', []],
    ['构建“1211推进机制”,落实“2+5+N”考评指标,围绕市委1139工作部署。', []],
    ['贯彻党的十九届四中全会精神,落实“三项制度”,开展第3轮执法检查。', []],
    ['依据《法治政府建设实施纲要(2021-2025年)》和金政办〔2021〕15号文件,于2020年11月24日召开推进会。', []],
    // A quoted count is stated when the sentence lists exactly that many items before it.
    ['建立并公布权力清单、责任清单、负面清单“三张清单”。', [['清单张数', 3]]],
    // A quoted name can be the indicator itself.
    ['梳理公布“两轻一免”清单事项380项。', [['两轻一免清单事项数', 380]]],
  ]);

  it('names are not offered as numbers to click either', () => {
    const { numbers } = run('构建“1211推进机制”,落实“2+5+N”考评指标,于2020年11月24日启动“八五”普法,受理复议案件12件。');
    expect(numbers.map((n) => n.text)).toEqual(['12件']);
  });
});

describe('4. a sub-category or a part is not the total', () => {
  cases([
    ['适用“两轻一免”办理行政处罚案件3.2万余件。', []],
    ['全市共办理行政处罚案件15620件,其中适用简易程序9800件。', [['行政处罚案件数', 15620]]],
    ['全市各级行政复议机关共办理行政复议案件268件,其中市政府办理行政复议案件96件,县区政府办理行政复议案件172件。', [['行政复议办理件数', 268]]],
    ['经调解后申请人撤回行政复议申请的有41件。', []],
    ['受理行政复议申请520件,其中申请人主动撤回行政复议申请的有27件。', [['行政复议受理件数', 520]]],
    ['共办理行政复议案件88件,其中涉及行政处罚案件38件。', [['行政复议办理件数', 88]]],
    ['全市共办理行政复议案件115件,其中市政府办理43件。', [['行政复议办理件数', 115]]],
  ]);

  it('a part in the next sentence (其中…) is a part too', () => {
    expect(brief('共梳理出规范性文件210件。其中市本级梳理出规范性文件86件。')).toEqual([['清理出规范性文件件数', 210]]);
  });
});

describe('5. one number shared by two indicators', () => {
  it('「参学率、及格率均为100%」 gives two candidates on one number', () => {
    const { candidates } = run('组织领导干部年度学法考试,参学率、及格率均为100%。');
    expect(candidates.map((c) => [c.indicator, c.known, c.value, c.stated])).toEqual([
      ['参学率', false, 100, true],
      ['及格率', false, 100, true],
    ]);
    expect(candidates[0].numberStart).toBe(candidates[1].numberStart);
  });

  cases([
    // The subject written once belongs to every rate of the list.
    ['全市规范性文件报备率、及时率均达到100%。', [['规范性文件报备率', 100], ['规范性文件及时率', 100]]],
    ['行政规范性文件报备率、及时率、规范率达到100%。', [['规范性文件报备率', 100], ['规范性文件及时率', 100], ['规范性文件规范率', 100]]],
    ['行政复议纠错率和调解和解率分别为9.8%和21.3%。', [['行政复议纠错率', 9.8], ['行政复议调解和解率', 21.3]]],
  ]);
});

describe('6. a sub-unit’s figure belongs to the sub-unit', () => {
  it.each([
    ['下放至天目湖镇的150项县级管理权限已全部承接到位。', [{ indicator: '下放管理权限事项数', known: false, value: 150, region: '天目湖镇' }]],
    ['下放至某镇的150项县级管理权限。', [{ indicator: '下放管理权限事项数', value: 150, region: '某镇' }]],
    ['向某镇下放县级管理权限86项。', [{ indicator: '下放管理权限事项数', value: 86, region: '某镇' }]],
    [
      '全市共公布权力清单事项4215项,其中城关镇公布权力清单事项312项。',
      [
        { indicator: '权力清单事项数', value: 4215, region: '金城市' },
        { indicator: '权力清单事项数', value: 312, region: '城关镇' },
      ],
    ],
    [
      '全市共办理行政复议案件560件,其中鹿城区办理行政复议案件120件。',
      [
        { indicator: '行政复议办理件数', value: 560, region: '金城市' },
        { indicator: '行政复议办理件数', value: 120, region: '鹿城区' },
      ],
    ],
  ])('%s', (body, expected) => {
    expect(run(body).candidates).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe('7. previous-year and comparison figures', () => {
  cases([
    ['全年审结行政复议案件920件(含上年结转案件176件)。', [['行政复议审结件数', 920]]],
    ['行政复议纠错率由上年的12.1%下降到9.8%。', [['行政复议纠错率', 9.8]]],
    ['行政机关负责人出庭应诉率从去年的76%提高到95%。', [['行政机关负责人出庭应诉率', 95]]],
    ['共受理行政复议案件486件,比上年增加38件,同比增长8.5%。', [['行政复议受理件数', 486]]],
    ['上年同期受理行政复议案件448件。', []],
  ]);

  it('「去年」 opening a report written the year after is the report’s year', () => {
    const { candidates } = run('去年全市各级行政复议机关共办理行政复议案件115件。');
    expect(candidates).toEqual([expect.objectContaining({ indicator: '行政复议办理件数', value: 115, period: { start: 2020, end: 2020 } })]);
  });

  it('a sentence that opens with another year is that year’s', () => {
    const { candidates } = run('2019年,全区办理法律援助案件320件。2020年以来,办理法律援助案件410件。');
    expect(candidates.map((c) => [c.value, c.period])).toEqual([
      [320, { start: 2019, end: 2019 }],
      [410, { start: 2020, end: 2020 }],
    ]);
  });
});

describe('8. shares without counts are stated rates', () => {
  it.each([
    [
      '全年审结行政复议案件400件,以调解、和解方式结案86件,占审结案件总数的21.5%。',
      [['行政复议审结件数', 400, false], ['行政复议调解和解终止件数', 86, false], ['行政复议调解和解率', 21.5, true]],
    ],
    ['加大行政复议纠错力度,直接纠错38件,占审结案件的9.5%。', [['行政复议纠错件数', 38, false], ['行政复议纠错率', 9.5, true]]],
    // The share is of a count that is no indicator: no rate to give it to.
    ['经调解后申请人撤回行政复议申请的有133件,占办结案件总数的35%。', []],
    // 纠错率's denominator is 审结, not 受理: a share of 受理 is not the catalog's 纠错率.
    ['受理行政复议案件500件,直接纠错60件,占受理案件的12%。', [['行政复议受理件数', 500, false], ['行政复议纠错件数', 60, false]]],
    ['全年行政复议纠错率为9.8%。', [['行政复议纠错率', 9.8, true]]],
  ])('%s', (body, expected) => {
    expect(run(body).candidates.map((c) => [c.indicator, c.value, c.stated])).toEqual(expected);
  });
});

describe('values as DESIGN.md writes them, in prose', () => {
  it.each([
    ['全市办理法律援助2.45万件。', { indicator: '法律援助件数', value: 24500, unit: '件', qualifier: '', raw: '2.45万件' }],
    ['全年办理公证１２３４件。', { indicator: '公证件数', value: 1234, raw: '１２３４件' }],
    ['办理行政复议案件三十七件。', { indicator: '行政复议办理件数', value: 37, unit: '件', raw: '三十七件' }],
    ['办理行政复议案件两起。', { indicator: '行政复议办理件数', value: 2, unit: '起', raw: '两起' }],
    ['聘请政府法律顾问约300人。', { indicator: '政府法律顾问人数', value: 300, qualifier: '约', raw: '约300人' }],
    ['聘请政府法律顾问300人左右。', { indicator: '政府法律顾问人数', value: 300, qualifier: '左右' }],
    ['发放宣传资料12万余份。', { indicator: '发放宣传资料份数', value: 120000, qualifier: '余', raw: '12万余份' }],
    ['在岗执法人员1,234人。', { indicator: '在岗执法人员数', value: 1234 }],
    ['规范性文件报备率１００％。', { indicator: '规范性文件报备率', value: 100, unit: '%', stated: true }],
    ['依法分类处理,行政机关负责人出庭应诉率达到96%以上。', { indicator: '行政机关负责人出庭应诉率', value: 96, qualifier: '以上' }],
  ])('%s', (body, expected) => {
    expect(run(body).candidates).toEqual([expect.objectContaining(expected)]);
  });
});

describe('region and period from the title and first lines', () => {
  it.each([
    ['兰州市2014年依法行政工作情况汇报\n一、主要工作', '兰州市', 'title', { start: 2014, end: 2014 }, 'title'],
    ['关于瀍河回族区2018年度法治政府建设的报告\n正文', '瀍河回族区', 'title', { start: 2018, end: 2018 }, 'title'],
    ['兰州市司法局关于2023年法治政府建设情况的报告 | |||\n正文', '兰州市', 'title', { start: 2023, end: 2023 }, 'title'],
    ['《温州市人民政府关于2018年度法治政府建设工作情况的报告》\n正文', '温州市', 'title', { start: 2018, end: 2018 }, 'title'],
    ['无障碍阅读\n网站首页\n政务公开\n关于金城县2019年度法治政府建设工作的报告\n日期:2020-01-21浏览次数:311', '金城县', 'title', { start: 2019, end: 2019 }, 'title'],
    [
      '移动端应用\n第一部分:2011—2015年工作总结\n出台《溧阳市重大行政决策程序规定》,修订《溧阳市人民政府工作规则》,按常州市政府要求。',
      '溧阳市', 'text', { start: 2011, end: 2015 }, 'title',
    ],
    ['金城市“十三五”时期法治政府建设工作总结\n正文', '金城市', 'title', { start: 2016, end: 2020 }, 'title'],
  ])('%j', (text, region, regionSource, period, periodSource) => {
    expect(extractReport(text, BUILTIN_INDICATORS)).toMatchObject({ region, regionSource, period, periodSource });
  });

  it('falls back to the file name', () => {
    expect(extractReport('一、主要工作\n办理法律援助案件320件。', BUILTIN_INDICATORS, { fileName: 'reports/金城县2019年工作报告.txt' })).toMatchObject({
      region: '金城县', regionSource: 'file', period: { start: 2019, end: 2019 }, periodSource: 'file',
    });
  });

  it('says so when nothing names them', () => {
    expect(extractReport('办理法律援助案件320件。', BUILTIN_INDICATORS)).toMatchObject({ region: '', regionSource: null, period: null, periodSource: null });
  });
});

describe('the result a review works with', () => {
  const text = `${TITLE}一、行政复议\n全年受理行政复议案件486件,审结452件。出动执法人员1200人次。`;
  const r = extractReport(text, BUILTIN_INDICATORS);

  it('offsets point into the text as given, for underlining', () => {
    for (const c of r.candidates) {
      expect(text.slice(c.numberStart, c.numberEnd)).toBe(c.raw);
      expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      expect(text.slice(r.paragraphs[c.paragraph].start, r.paragraphs[c.paragraph].end)).toContain(c.sentence);
    }
    expect(r.candidates.map((c) => [c.indicator, c.sentence, c.paragraph])).toEqual([
      ['行政复议受理件数', '全年受理行政复议案件486件,审结452件。', 2],
      ['行政复议审结件数', '全年受理行政复议案件486件,审结452件。', 2],
    ]);
  });

  it('every number is listed, candidates\' as used and the rest as unused', () => {
    expect(r.numbers.map((n) => [n.text, n.used])).toEqual([
      ['486件', true],
      ['452件', true],
      ['1200人次', false],
    ]);
  });

  it('candidates carry the report’s region and period', () => {
    expect(r.candidates.every((c) => c.region === '金城市' && c.period?.start === 2020)).toBe(true);
  });

  it('is pure: the same input gives the same result, and the catalog is not touched', () => {
    const catalog = structuredClone(BUILTIN_INDICATORS) as Indicator[];
    const before = JSON.stringify(catalog);
    const a = extractReport(text, catalog);
    expect(extractReport(text, catalog)).toEqual(a);
    expect(JSON.stringify(catalog)).toBe(before);
  });

  it('takes no text at all', () => {
    expect(extractReport('', BUILTIN_INDICATORS)).toEqual({
      region: '', period: null, regionSource: null, periodSource: null, paragraphs: [], candidates: [], numbers: [],
    });
  });
});

describe('catalog-driven', () => {
  const custom: Indicator = { id: '人民调解案件数', name: '人民调解案件数', nameEn: '', unit: '件', category: '法律服务', aliases: ['调处矛盾纠纷'] };

  it('a catalog indicator without a table row is found by its name and aliases', () => {
    const body = '全市人民调解组织调处矛盾纠纷1.2万件,办理人民调解案件9800件。';
    expect(brief(body)).toEqual([]);
    expect(brief(body, [...BUILTIN_INDICATORS, custom])).toEqual([['人民调解案件数', 12000]]);
  });

  it('a merge is followed: a row’s indicator merged into another lands on the target', () => {
    const catalog = [
      ...BUILTIN_INDICATORS.map((i) => (i.id === '公证件数' ? { ...i, mergedInto: '公证服务件数' } : i)),
      { id: '公证服务件数', name: '公证服务件数', nameEn: '', unit: '件', category: '法律服务', aliases: [] },
    ];
    expect(brief('全年办理公证5.53万件。', catalog)).toEqual([['公证服务件数', 55300]]);
  });

  it('a table row for an indicator the catalog lacks gives a new indicator (known: false)', () => {
    const catalog = BUILTIN_INDICATORS.filter((i) => i.id !== '法律明白人人数');
    expect(run('培养“法律明白人”2150人。', catalog).candidates).toEqual([
      expect.objectContaining({ indicator: '法律明白人人数', known: false, value: 2150 }),
    ]);
  });

  it('every row of the trigger table compiles and names its units', () => {
    for (const row of REPORT_TRIGGERS) {
      expect(row.units.length, row.indicator).toBeGreaterThan(0);
      expect((row.before ?? []).length + (row.after ?? []).length, row.indicator).toBeGreaterThan(0);
    }
  });
});

describe('one figure per indicator, period and region', () => {
  it('keeps the total-like figure when a report states an indicator twice', () => {
    const body = '开展“宪法进万家”普法宣传活动12场次。全年累计开展各类普法宣传活动860余场次。';
    expect(brief(body)).toEqual([['普法宣传活动次数', 860, '余']]);
  });
});

describe('size', () => {
  it('a 30,000-character text with no sentence stop stays fast (time printed)', () => {
    const body = '受理行政复议案件1,234件,审结1200件,纠错57件,'.repeat(1000).slice(0, 30_000);
    const t0 = performance.now();
    const r = run(body);
    console.log(`extractReport, one 30,000-character sentence: ${(performance.now() - t0).toFixed(1)} ms, ${r.numbers.length} numbers`);
    expect(r.candidates.map((c) => [c.indicator, c.value])).toEqual([
      ['行政复议受理件数', 1234],
      ['行政复议审结件数', 1200],
      ['行政复议纠错件数', 57],
    ]);
  });
});
