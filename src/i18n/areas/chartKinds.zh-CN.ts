/** zh-CN strings of one area (one writer per file; merged in ./zh-CN.ts). */
export const chartKinds = {
  'chart.words.title': "{name}（{period}）",
  'chart.words.year': "{year}年",
  'chart.words.years': "{from}—{to}年",
  'chart.words.latest': "各地区最新年份",
  'chart.words.edited': "含手工修正",
  'chart.target': "考核目标 {value}",
  'chart.average': "平均 {value}",
  'chart.family': "{category}{unit}",
  'chart.otherIndicators': "{name}等{n}项指标",
} as const;
