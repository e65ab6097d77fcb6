// The report patterns as data: one row per indicator (or several, most specific first), saying
// which words lead to its number, which units the number may carry, and what else the sentence
// must say. A new indicator is a new row. Rows are regex sources over the clause text before the
// number (quotes and spaces removed): `~` is a short gap of words (no digits, no 上年/去年), and
// the fillers (共/达到/为/均为…) between trigger and number are added by the matcher.
// Catalog indicators without a row are found by their name and aliases (see buildReportMatchers).

/** The sentence's topic: the last of these words before the number decides it. */
export const TOPICS: readonly [topic: string, words: string][] = [
  ['复议', '复议'],
  ['诉讼', '诉讼|应诉'],
  ['仲裁', '仲裁'],
  ['信访', '信访'],
];

export interface TriggerRow {
  /** Catalog id (canonical name), or the name of a new indicator. */
  indicator: string;
  /** Trigger patterns that end right before the number (then fillers). */
  before?: string[];
  /** Patterns right after the number and its unit: 「237个事项列入随机抽查事项清单」. */
  after?: string[];
  /** Units the figure may carry. */
  units: readonly string[];
  /** The sentence must be about this (TOPICS): 审结/纠错 alone are 行政复议's only under 复议. */
  topic?: string;
  /** Who was trained: must match the subject words of the clause (or of the clause before). */
  subject?: string;
  /** Must occur in the sentence or the one before it. */
  context?: string;
  /** Must not occur in the clause text before the number. */
  not?: string;
  /** A quoted name such as “五张清单” counts only right after a list of that many items. */
  enumerated?: boolean;
  /** Words for this indicator as a share's denominator: 「占审结案件的21.5%」. */
  shareOf?: string;
}

const CASES = ['件', '起', '宗', '份'];
const ITEMS = ['项', '个', '条'];
const PERSONS = ['人', '名'];
const ATTENDANCES = ['人次', '人'];
const TIMES = ['次', '场', '场次'];
const PCT = ['%'];
/** A count of items changed (取消行政许可事项12项) is not the count of items. */
const CHANGED = '取消|下放|调整|精简|削减|承接|新增|增加|减少|合并';

/** Subjects of training sentences. */
export const SUBJECT_WORDS = '领导干部|执法人员|公务员|干部|学员|律师|调解员';

/** Words between a trigger and its number that keep the number the trigger's. */
export const FILLER = '(?:的|了|共|共计|合计|总计|累计|计|达|达到|到|为|是|有|分别为|均为|均达到|均达|均|全部|已|实现|超过|约|近)*';

/** A short gap inside a trigger (`~`): words, no digits, no previous-year marker; `~~` is a longer one. */
export const GAP = '(?:(?!上年|去年|同期|上一年)[^,;:。\\d%]){0,10}';
export const LONG_GAP = '(?:(?!上年|去年|同期|上一年)[^,;:。\\d%]){0,24}';

/**
 * The clause before a number says it is not a value of this period and place: a plan or target,
 * a per-unit figure, a change against another year, a sub-category (适用/涉及…的案件), a
 * previous-year figure.
 */
export const BLOCKERS =
  '每|不少于|不低于|不超过|不高于|力争|争取|目标|预计|比上年|比去年|同比|较上年|较去年|上年同期|去年同期|上年度|上一年度|上年结转|去年结转|适用|涉及|撤回|' +
  '(?:增长|增加|减少|下降|提高|降低|上升|提升)了?$';

/** 「纠错率由上年的12.1%下降到9.8%」: the clause before 由/从 names the second number. */
export const CHANGE_TO = '^(?:下降|上升|提高|增加|减少|降低|增长|提升)(?:了)?(?:到|至|为)了?$';
export const CHANGE_FROM = '(?:由|从)(?:上年|去年|上一年|同期|年初)?(?:的)?$';

export const REPORT_TRIGGERS: readonly TriggerRow[] = [
  // 行政复议
  { indicator: '行政复议办理件数', before: ['办理~复议案件'], units: CASES },
  { indicator: '行政复议受理件数', before: ['受理~复议(?:案件|申请)', '(?:立案)?受理'], units: CASES, topic: '复议' },
  { indicator: '行政复议审结件数', before: ['(?:审结|办结)(?:~复议)?(?:案件)?'], units: CASES, topic: '复议', shareOf: '审结|办结|结案' },
  { indicator: '行政复议纠错件数', before: ['(?:直接)?纠错', '撤销、?变更(?:或|和|、)?确认违法'], units: CASES, topic: '复议' },
  { indicator: '行政复议维持驳回件数', before: ['维持~驳回(?:复议申请)?', '(?:决定)?维持(?:原具体行政行为)?'], units: CASES, topic: '复议' },
  {
    indicator: '行政复议调解和解终止件数',
    before: ['(?:调解|和解)(?:[、和或及与]*(?:调解|和解|终止))+', '以?(?:调解|和解)(?:[、和或及与]*(?:调解|和解))*(?:的?方式)?结案'],
    units: CASES,
    topic: '复议',
  },
  { indicator: '行政复议纠错率', before: ['(?:直接)?纠错率'], units: PCT, topic: '复议' },
  { indicator: '一审行政诉讼调解率', before: ['一审行政诉讼(?:案件)?调解率'], units: PCT },
  { indicator: '行政复议调解和解率', before: ['(?:调解|和解)(?:[、和或及与]*(?:调解|和解|终止))*率'], units: PCT, topic: '复议' },
  { indicator: '行政复议法定期限内办结率', before: ['(?:法定期限内|按期)办结率'], units: PCT, topic: '复议' },
  // 行政应诉
  { indicator: '行政应诉案件数', before: ['行政应诉(?:一审)?案件', '行政诉讼应诉(?:一审)?案件'], units: CASES },
  { indicator: '行政应诉案件数', before: ['(?:一审)?行政诉讼(?:一审)?案件'], units: CASES, not: '代理|法院|审结|判决|败诉|胜诉' },
  { indicator: '行政机关负责人出庭应诉件数', before: ['负责人出庭(?:应诉)?(?:案件)?'], units: CASES },
  { indicator: '行政机关负责人出庭应诉率', before: ['负责人出庭(?:应诉)?率'], units: PCT },
  { indicator: '代理诉讼案件数', before: ['代理~诉讼案件'], units: CASES },
  // 学法培训 (the class count first: 「举办执法人员培训班8期,参训1200余人次」)
  { indicator: '执法资格考试通过人数', after: ['^(?:行政)?执法人员~通过~~考试'], before: ['通过~?(?:执法)?资格考试(?:的)?(?:执法人员|人员)?'], units: PERSONS },
  { indicator: '执法人员法律知识培训人数', after: ['^(?:行政)?执法人员'], units: PERSONS, context: '法律知识培训|法律培训' },
  { indicator: '执法资格考试通过率', before: ['(?:资格)?考试通过率'], units: PCT },
  { indicator: '领导干部法制讲座次数', before: ['领导干部~?(?:法制|法治)讲座'], units: [...TIMES, '期'] },
  { indicator: '会议学法次数', before: ['会议学法', '会前学法'], units: TIMES },
  { indicator: '培训班次', before: ['培训班'], units: ['次', '期', '个', '班次', '场'] },
  { indicator: '培训班次', before: ['培训'], units: ['期', '班次', '场'] },
  { indicator: '培训班次', before: ['(?:举办|开办|开设)'], units: ['期', '班次'], context: '培训' },
  { indicator: '领导干部培训人次', before: ['(?:培训|参训|轮训)~', '~(?:培训|参训|轮训)'], units: ATTENDANCES, subject: '领导干部' },
  { indicator: '执法人员培训人次', before: ['(?:培训|参训|轮训)~', '~(?:培训|参训|轮训)'], units: ATTENDANCES, subject: '执法人员' },
  { indicator: '培训人次', before: ['(?:培训|参训|轮训)~?'], units: ATTENDANCES },
  // 清单管理, 审批改革
  { indicator: '清单张数', after: ['^清单'], units: ['张'], enumerated: true },
  { indicator: '权力清单事项数', before: ['(?:行政)?权力清单(?:事项)?'], units: ITEMS, not: CHANGED },
  { indicator: '权责清单事项数', before: ['权责清单(?:事项)?'], units: ITEMS, not: CHANGED },
  { indicator: '负面清单事项数', before: ['负面清单(?:事项)?'], units: ITEMS, not: CHANGED },
  { indicator: '随机抽查事项清单事项数', before: ['随机抽查事项清单(?:事项)?'], after: ['^(?:事项)?(?:列入|纳入)~?随机抽查(?:事项)?清单'], units: ITEMS },
  { indicator: '两轻一免清单事项数', before: ['两轻一免清单(?:事项)?'], units: ITEMS },
  { indicator: '行政处罚事项数', before: ['行政处罚(?:事项)?'], units: ['项'], not: CHANGED },
  { indicator: '行政许可事项数', before: ['行政许可(?:事项)?'], units: ['项'], not: CHANGED },
  { indicator: '保留行政审批项目数', before: ['保留~?行政审批(?:项目|事项)'], units: ITEMS },
  { indicator: '取消下放行政审批事项数', before: ['(?:取消|下放)(?:[、和及或与]*(?:取消|下放|调整))*~?行政审批(?:事项|项目)'], units: ITEMS },
  { indicator: '下放管理权限事项数', before: ['下放~?(?:管理)?权限'], after: ['^(?:县级|市级)?(?:行政)?管理权限'], units: ['项'], context: '下放' },
  { indicator: '网上办理事项数', before: ['网上办理事项', '网上可办(?:事项)?'], units: ITEMS },
  { indicator: '告知承诺制证明事项数', before: ['告知承诺制?~?证明事项'], units: ITEMS },
  { indicator: '行政裁量权基准项数', before: ['(?:行政)?裁量权?基准'], units: ['项', '条'] },
  // 规范性文件, 合法性审查
  { indicator: '规范性文件报备率', before: ['(?:规范性文件)?报备率', '规范性文件备案率'], units: PCT },
  { indicator: '报备规范性文件件数', before: ['报备~?规范性文件'], units: CASES },
  { indicator: '备案审查规范性文件件数', before: ['备案审查~?规范性文件', '备案~规范性文件', '报送备案(?:的)?(?:规范性)?文件'], units: CASES },
  { indicator: '清理出规范性文件件数', before: ['(?:清理|梳理)出?~?规范性文件'], units: CASES },
  { indicator: '拟废止规范性文件件数', before: ['拟废止(?:~规范性文件)?'], units: CASES, context: '规范性文件' },
  { indicator: '前置审查规范性文件件数', before: ['前置审查~?规范性文件'], units: CASES },
  { indicator: '废止规范性文件件数', before: ['废止~?规范性文件'], units: CASES },
  { indicator: '废止规范性文件件数', before: ['废止'], units: CASES, context: '规范性文件' },
  { indicator: '审查政府文件件数', before: ['审查~?政府文件'], units: CASES },
  { indicator: '审查政府合同件数', before: ['(?:审查|把关)~?(?:政府)?合同(?:协议)?', '(?:合同|协议)(?:的)?(?:法律|合法性)审查'], units: CASES },
  { indicator: '合法性审查件次', before: ['合法性审查'], units: ['件次', '件', '次'] },
  { indicator: '政府法律顾问人数', before: ['(?:政府)?法律顾问'], units: PERSONS },
  // 行政执法
  { indicator: '案卷评查次数', before: ['案卷评查'], units: ['次', '场次'] },
  { indicator: '案卷评查卷数', before: ['评查~?案卷', '案卷'], units: ['卷'], context: '评查' },
  { indicator: '行政处罚案件数', before: ['行政处罚案件'], units: CASES },
  { indicator: '在岗执法人员数', before: ['在岗~?执法人员', '(?:共有|现有|持证)~?(?:行政)?执法人员'], units: PERSONS },
  { indicator: '行政执法部门数', before: ['行政执法部门'], after: ['^(?:行政)?执法部门'], units: ['个', '家'] },
  { indicator: '执法监督检查次数', before: ['(?:执法)?监督检查'], units: TIMES },
  { indicator: '柔性执法案件数', before: ['柔性执法案件'], units: CASES },
  // 政务公开, 普法, 法律服务
  { indicator: '主动公开政府信息条数', before: ['主动公开~?(?:政府)?信息'], units: ['条', '件'] },
  { indicator: '双公示信息条数', before: ['双公示(?:信息)?'], units: ['条'] },
  { indicator: '普法宣传活动次数', before: ['(?:普法)?宣传活动', '普法活动'], units: TIMES },
  { indicator: '发放宣传资料份数', before: ['(?:发放)?~?宣传资料'], units: ['份', '册', '本'] },
  { indicator: '法律明白人人数', before: ['法律明白人'], units: PERSONS },
  { indicator: '法律援助件数', before: ['法律援助(?:案件)?'], units: CASES },
  { indicator: '公证件数', before: ['公证(?:案件)?'], units: CASES },
];

/** Units of a catalog indicator's own unit, for indicators found by name (no row). */
export const UNIT_FAMILIES: Record<string, readonly string[]> = {
  件: CASES, 项: ITEMS, 人: PERSONS, 名: PERSONS, 人次: ATTENDANCES, 次: [...TIMES, '期'], 期: ['期', '次'], 条: ['条', '件'],
  份: ['份', '册'], 卷: ['卷'], 张: ['张'], 个: ['个', '家'], 件次: ['件次', '件'], '%': PCT,
};

/** Scope counts before a value (「全市42个部门共梳理…」) are not values themselves. */
export const SCOPE_AFTER = '^(?:个|家)(?:市直|县直|区直|省直)?(?:部门|单位|成员单位|执法单位|县|区|县区|县\\(市、区\\)|乡镇|镇|街道|社区|村)';

/** Region and level prefixes that a rate's name may carry but are not part of it. */
export const SCOPE_PREFIX = '^(?:全市|全区|全县|全省|我市|我区|我县|市本级|区本级|县本级|各级|市级|区级|县级)';
