import { unitOnly } from './splitHeaderUnit';

/** A Chinese character. */
export const CJK = /[\u3400-\u9fff]/;

/**
 * A bilingual yearbook cell, Chinese over English on lines of its own (「北  京\nBeijing」,
 * 「地区生产总值\nGross Regional Product」): the Chinese lines. Anything else as it is.
 */
export function withoutTranslation(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const chinese = lines.filter((l) => CJK.test(l));
  if (!chinese.length || chinese.length === lines.length || !lines.every((l) => CJK.test(l) || /^[A-Za-z][A-Za-z0-9 ,.'&()/-]*$/.test(l))) return text;
  // A Latin line that is a unit (面积 over km2) is the name's unit, kept as written beside it.
  const unit = lines.map((l) => (CJK.test(l) ? '' : unitOnly(l))).find(Boolean);
  return chinese.join('') + (unit ? `(${unit})` : '');
}
