import type { Indicator } from './model';

// The built-in catalog as data: [name, English name, unit, category, aliases, numerator, denominator].
// Every indicator name of shared/data/seed-indicators.csv is a canonical name here.
type Row = [string, string, string, string, string[]?, string?, string?];

const ROWS: Row[] = [
  ['行政复议受理件数', 'Administrative reconsideration cases accepted', '件', '行政复议', ['行政复议受理', '复议受理件数', '受理行政复议案件数', '行政复议立案受理件数', '行政复议收案数', '复议收案数', '行政复议收案件数']],
  ['行政复议办理件数', 'Administrative reconsideration cases handled', '件', '行政复议', ['行政复议办理', '复议办理件数', '办理行政复议案件数']],
  ['行政复议审结件数', 'Administrative reconsideration cases concluded', '件', '行政复议', ['行政复议审结', '行政复议办结件数', '复议审结件数', '行政复议结案件数']],
  ['行政复议纠错件数', 'Administrative reconsideration corrections', '件', '行政复议', ['行政复议纠错', '行政复议直接纠错件数', '复议纠错件数']],
  ['行政复议维持驳回件数', 'Reconsideration decisions upheld or dismissed', '件', '行政复议', ['行政复议维持驳回', '行政复议维持件数']],
  ['行政复议调解和解终止件数', 'Reconsideration cases mediated, settled or terminated', '件', '行政复议', ['行政复议调解和解', '行政复议调解和解件数', '行政复议和解调解件数']],
  ['行政复议纠错率', 'Administrative reconsideration correction rate', '%', '行政复议', ['复议纠错率', '行政复议直接纠错率'], '行政复议纠错件数', '行政复议审结件数'],
  ['行政复议调解和解率', 'Reconsideration mediation and settlement rate', '%', '行政复议', ['行政复议和解调解率', '复议调解和解率'], '行政复议调解和解终止件数', '行政复议审结件数'],
  ['行政复议法定期限内办结率', 'Reconsideration cases closed within the statutory term', '%', '行政复议', ['行政复议按期办结率']],
  ['行政应诉案件数', 'Administrative litigation cases responded to', '件', '行政应诉', ['行政应诉件数', '行政诉讼应诉案件数', '行政诉讼应诉一审案件', '行政应诉一审案件', '一审行政应诉案件数', '行政诉讼一审应诉案件数']],
  ['行政机关负责人出庭应诉件数', 'Cases with agency heads appearing in court', '件', '行政应诉', ['负责人出庭应诉件数', '负责人出庭件数', '行政诉讼应诉负责人出庭', '行政应诉负责人出庭', '负责人出庭应诉案件数']],
  ['行政机关负责人出庭应诉率', 'Agency heads appearing in court', '%', '行政应诉', ['负责人出庭应诉率', '出庭应诉率']],
  ['一审行政诉讼调解率', 'First-instance administrative litigation mediation rate', '%', '行政应诉'],
  ['代理诉讼案件数', 'Lawsuits handled by legal advisers', '件', '行政应诉'],
  ['培训人次', 'Training attendances', '人次', '学法培训', ['法治培训人次', '依法行政培训人次']],
  ['培训班次', 'Training sessions', '次', '学法培训', ['培训期数', '培训班期数']],
  ['领导干部培训人次', 'Leading cadres trained (attendances)', '人次', '学法培训'],
  ['执法人员培训人次', 'Law-enforcement staff trained (attendances)', '人次', '学法培训'],
  ['领导干部法制讲座次数', 'Legal lectures for leading cadres', '次', '学法培训'],
  ['会议学法次数', 'Law study at meetings', '次', '学法培训'],
  ['执法人员法律知识培训人数', 'Enforcement staff in legal-knowledge training', '人', '学法培训'],
  ['执法资格考试通过人数', 'Enforcement qualification exam passes', '人', '行政执法'],
  ['执法资格考试通过率', 'Enforcement qualification exam pass rate', '%', '行政执法'],
  ['权力清单事项数', 'Power list items', '项', '清单管理', ['权力清单', '权力清单项数', '行政权力清单事项数']],
  ['权责清单事项数', 'Powers-and-duties list items', '项', '清单管理', ['权责清单', '权责清单项数']],
  ['负面清单事项数', 'Negative list items', '项', '清单管理', ['负面清单', '负面清单项数']],
  ['随机抽查事项清单事项数', 'Random inspection list items', '项', '清单管理', ['随机抽查事项清单', '随机抽查事项数']],
  ['两轻一免清单事项数', '"Two light, one exempt" list items', '项', '清单管理', ['两轻一免清单', '两轻一免事项数']],
  ['清单张数', 'Lists published', '张', '清单管理'],
  ['保留行政审批项目数', 'Administrative approvals retained', '项', '审批改革', ['保留行政审批事项数']],
  ['取消下放行政审批事项数', 'Administrative approvals cancelled or delegated', '项', '审批改革'],
  ['行政处罚事项数', 'Administrative penalty items', '项', '清单管理'],
  ['行政许可事项数', 'Administrative licensing items', '项', '清单管理'],
  ['网上办理事项数', 'Services available online', '项', '审批改革'],
  ['告知承诺制证明事项数', 'Certificates replaced by notification and commitment', '项', '审批改革'],
  ['规范性文件报备率', 'Normative documents filed for record (rate)', '%', '规范性文件', ['报备率', '规范性文件备案率']],
  ['报备规范性文件件数', 'Normative documents filed for record', '件', '规范性文件', ['报备规范性文件数']],
  ['备案审查规范性文件件数', 'Normative documents reviewed on filing', '件', '规范性文件', ['备案审查规范性文件数', '备案审查件数']],
  ['清理出规范性文件件数', 'Normative documents identified in clean-up', '件', '规范性文件'],
  ['拟废止规范性文件件数', 'Normative documents proposed for repeal', '件', '规范性文件'],
  ['前置审查规范性文件件数', 'Normative documents pre-reviewed', '件', '规范性文件'],
  ['废止规范性文件件数', 'Normative documents repealed', '件', '规范性文件'],
  ['审查政府文件件数', 'Government documents reviewed', '件', '合法性审查'],
  ['审查政府合同件数', 'Government contracts reviewed', '件', '合法性审查', ['政府合同审查件数']],
  ['合法性审查件次', 'Legality reviews', '件次', '合法性审查'],
  ['政府法律顾问人数', 'Government legal advisers', '人', '合法性审查'],
  ['案卷评查次数', 'Case-file reviews held', '次', '行政执法'],
  ['案卷评查卷数', 'Case files reviewed', '卷', '行政执法', ['评查案卷数', '案卷评查数']],
  ['行政处罚案件数', 'Administrative penalty cases', '件', '行政执法', ['行政处罚件数', '办理行政处罚案件数']],
  ['在岗执法人员数', 'Enforcement staff on duty', '人', '行政执法', ['执法人员数', '在岗执法人员']],
  ['行政执法部门数', 'Law-enforcement agencies', '个', '行政执法', ['执法部门数']],
  ['执法监督检查次数', 'Enforcement supervision inspections', '次', '行政执法'],
  ['行政裁量权基准项数', 'Discretion benchmark items', '项', '行政执法'],
  ['柔性执法案件数', 'Flexible enforcement cases', '件', '行政执法'],
  ['主动公开政府信息条数', 'Government information proactively disclosed', '条', '政务公开'],
  ['双公示信息条数', '"Double publicity" records', '条', '政务公开'],
  ['普法宣传活动次数', 'Legal awareness events', '次', '普法', ['普法活动次数', '宣传活动次数']],
  ['发放宣传资料份数', 'Legal awareness materials distributed', '份', '普法'],
  ['法律明白人人数', 'Community "legal understanders"', '人', '普法'],
  ['法律援助件数', 'Legal aid cases', '件', '法律服务', ['法律援助案件数']],
  ['公证件数', 'Notarisations', '件', '法律服务'],
];

/** The catalog every new database starts with; the user extends it (never renames it). */
export const BUILTIN_INDICATORS: readonly Indicator[] = ROWS.map(
  ([name, nameEn, unit, category, aliases = [], numerator, denominator]) => ({
    id: name,
    name,
    nameEn,
    unit,
    category,
    aliases,
    ...(numerator ? { numerator, denominator } : {}),
    builtin: true,
  }),
);

/** Rows that total other rows; never charted as a region. */
export const AGGREGATE_REGION_NAMES: readonly string[] = [
  '合计', '总计', '小计', '全省', '全市', '全区', '全县', '全国', '总数', '汇总', '平均', '均值', '合 计', '总 计',
  // The regions of the national yearbooks group provinces: rows that total others.
  '东部地区', '中部地区', '西部地区', '东北地区', '华北', '华东', '华南', '华中', '西南', '西北', '东北', '华北地区', '华东地区', '华南地区', '华中地区', '西南地区', '西北地区',
];

/**
 * The 34 provincial-level units: full official name, then the short names files use.
 * Full and short names are one region, stored under the full name.
 */
export const PROVINCES: readonly (readonly string[])[] = [
  ['北京市', '北京'], ['天津市', '天津'], ['河北省', '河北'], ['山西省', '山西'], ['内蒙古自治区', '内蒙古'],
  ['辽宁省', '辽宁'], ['吉林省', '吉林'], ['黑龙江省', '黑龙江'], ['上海市', '上海'], ['江苏省', '江苏'],
  ['浙江省', '浙江'], ['安徽省', '安徽'], ['福建省', '福建'], ['江西省', '江西'], ['山东省', '山东'],
  ['河南省', '河南'], ['湖北省', '湖北'], ['湖南省', '湖南'], ['广东省', '广东'], ['广西壮族自治区', '广西', '广西自治区'],
  ['海南省', '海南'], ['重庆市', '重庆'], ['四川省', '四川'], ['贵州省', '贵州'], ['云南省', '云南'],
  ['西藏自治区', '西藏'], ['陕西省', '陕西'], ['甘肃省', '甘肃'], ['青海省', '青海'], ['宁夏回族自治区', '宁夏', '宁夏自治区'],
  ['新疆维吾尔自治区', '新疆', '新疆自治区', '新疆维吾尔'], ['台湾省', '台湾'], ['香港特别行政区', '香港', '香港特区'], ['澳门特别行政区', '澳门', '澳门特区'],
];

/** The same units as English-language panels and yearbooks write them (pinyin, or the English name). */
export const PROVINCES_LATIN: readonly (readonly string[])[] = [
  ['北京市', 'Beijing', 'Peking'], ['天津市', 'Tianjin'], ['河北省', 'Hebei'], ['山西省', 'Shanxi'], ['内蒙古自治区', 'Inner Mongolia', 'Nei Mongol', 'Neimenggu'],
  ['辽宁省', 'Liaoning'], ['吉林省', 'Jilin'], ['黑龙江省', 'Heilongjiang'], ['上海市', 'Shanghai'], ['江苏省', 'Jiangsu'],
  ['浙江省', 'Zhejiang'], ['安徽省', 'Anhui'], ['福建省', 'Fujian'], ['江西省', 'Jiangxi'], ['山东省', 'Shandong'],
  ['河南省', 'Henan'], ['湖北省', 'Hubei'], ['湖南省', 'Hunan'], ['广东省', 'Guangdong'], ['广西壮族自治区', 'Guangxi'],
  ['海南省', 'Hainan'], ['重庆市', 'Chongqing'], ['四川省', 'Sichuan'], ['贵州省', 'Guizhou'], ['云南省', 'Yunnan'],
  ['西藏自治区', 'Tibet', 'Xizang'], ['陕西省', 'Shaanxi'], ['甘肃省', 'Gansu'], ['青海省', 'Qinghai'], ['宁夏回族自治区', 'Ningxia'],
  ['新疆维吾尔自治区', 'Xinjiang'], ['台湾省', 'Taiwan'], ['香港特别行政区', 'Hong Kong', 'Hongkong'], ['澳门特别行政区', 'Macao', 'Macau'],
];
