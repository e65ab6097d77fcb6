import type { chartKinds as zh } from './chartKinds.zh-CN';

export const chartKinds: Record<keyof typeof zh, string> = {
  'chart.words.title': "{name} ({period})",
  'chart.words.year': "{year}",
  'chart.words.years': "{from}–{to}",
  'chart.words.latest': "latest year of each region",
  'chart.words.edited': "includes hand corrections",
  'chart.target': "Target {value}",
  'chart.average': "Average {value}",
  'chart.family': "{category}, {unit}",
  'chart.otherIndicators': "{name} and {n} more indicators",
} as const;
