const collator = new Intl.Collator('zh-CN');

/**
 * Names in Chinese (pinyin) order, the order of localeCompare with 'zh-CN', from one collator made
 * once: several times faster per comparison (a chart sorts 3,000 region names at each switch).
 */
export const compareZh: (a: string, b: string) => number = collator.compare;
