import { normalizeText } from './normalizeText';

// 2023年（预计）, 2024年目标, 2025年规划目标值, 2023年计划数: a year's figure that is not yet the
// year's actual one. The word goes into the indicator's name, so it never stands for the actual.
const VARIANT_RE = /^(.+?)\s*[(（]?\s*(预计|预估|估计|目标|规划目标|计划|规划|预期)(?:数|值)?\s*[)）]?$/;
/** 2022年实际, 2022年完成数: the figure itself. */
const ACTUAL = '[(（]?\\s*(?:实际|实绩|完成)(?:数|值)?\\s*[)）]?';
const ACTUAL_RE = new RegExp(`^(.+?)\\s*${ACTUAL}$`);
const ACTUAL_WORD_RE = new RegExp(`^${ACTUAL}$`);

/** 实际, (实际), 完成数 alone: a word that says the figure is the actual one. */
export function isActualWord(text: string): boolean {
  return ACTUAL_WORD_RE.test(normalizeText(text).trim());
}

const VARIANT_WORD_RE = /^[(（]?\s*(预计|预估|估计|目标|规划目标|计划|规划|预期)(?:数|值)?\s*[)）]?$/;

/** 目标值, 计划数, (预计) alone: the variant it names, as `splitPlanVariant` writes it; '' when the text is none. */
export function variantWord(text: string): string {
  const m = VARIANT_WORD_RE.exec(normalizeText(text).trim());
  return m ? variantName(m[1]) : '';
}

function variantName(word: string): string {
  return `(${word === '预估' || word === '估计' ? '预计' : word === '规划目标' || word === '规划' ? '目标' : word})`;
}

/** The period text and the word that qualifies it ('' for an actual figure), or null when the header has neither. */
export function splitPlanVariant(header: string): { period: string; variant: string } | null {
  const text = normalizeText(header).trim();
  const v = VARIANT_RE.exec(text);
  if (v) return { period: v[1], variant: variantName(v[2]) };
  const a = ACTUAL_RE.exec(text);
  return a ? { period: a[1], variant: '' } : null;
}
