import { EXACT, exactKey, type IndicatorIndex } from '../domain/matchIndicator';

/**
 * A bare measure under a title that names its subject: 受理件数 under 「各县区行政复议案件受理情况」
 * is the catalog's 行政复议受理件数, whose name is the title's subject and the measure. Only where
 * one catalog indicator fits; null else (受理件数 under a 法律援助 title stays as it is).
 */
export function titleSubject(name: string, titles: readonly string[], index: IndicatorIndex): string | null {
  const measure = exactKey(name);
  if (measure.length < 2 || !titles.length) return null;
  const title = titles.map(exactKey).join('\u0001');
  const written = titles.join('\u0001');
  let found: string | null = null;
  for (const [key, id] of index) {
    if (!key.startsWith(EXACT) || key.length <= measure.length + EXACT.length + 1 || !key.endsWith(measure)) continue;
    const subject = key.slice(EXACT.length, key.length - measure.length);
    // 「行政复议和行政诉讼案件」 names two subjects: which one a bare measure has, the title does not say.
    if (subject.length < 2 || !title.includes(subject) || TWO_SUBJECTS_RE.test(written)) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}

const TWO_SUBJECTS_RE = /[\u4e00-\u9fff]{2}(?:和|与|及|、|以及)[\u4e00-\u9fff]{2}/;
