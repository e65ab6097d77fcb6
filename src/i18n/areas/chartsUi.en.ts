import type { chartsUi as zh } from './chartsUi.zh-CN';

export const chartsUi: Record<keyof typeof zh, string> = {
  'chartsUi.words': 'Words on the chart',
  'chartsUi.wordsHint': 'Enter or leaving the field saves, Esc cancels; leave blank for the generated text.',
  'chartsUi.word.title': 'Title',
  'chartsUi.word.subtitle': 'Subtitle',
  'chartsUi.word.notes': 'Notes',
  'chartsUi.word.source': 'Source',
  'chartsUi.wordEmpty': '(none)',
  'chartsUi.marks': 'Highlight and reference lines',
  'chartsUi.highlight': 'Highlight',
  'chartsUi.highlightNone': 'none',
  'chartsUi.highlightClear': 'Clear all',
  'chartsUi.target': 'Target line',
  'chartsUi.targetValue': 'Target',
  'chartsUi.targetLabel': 'Target line label',
  'chartsUi.targetLabelPlaceholder': 'Target',
  'chartsUi.targetClear': 'Remove the target line',
  'chartsUi.average': 'Show the average line',
  'chartsUi.decimals': 'Decimal places',
  'chartsUi.decimalsAuto': 'Automatic',
  'chartsUi.decimalsN': '{n}',
} as const;
