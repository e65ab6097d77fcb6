import { EXACT, exactKey, type IndicatorIndex } from '../domain/matchIndicator';

/**
 * A bare measure under a title that names its subject: 受理件数 under 「各县区行政复议案件受理情况」
 * is the catalog's 行政复议受理件数, whose name is the title's subject and the measure. Only where
 * one catalog indicator fits; null else (受理件数 under a 法律援助 title stays as it is).
 */
export function titleSubject(name: string, titles: readonly string[], index: IndicatorIndex): string | null {
  const measure = exactKey(name);
  if (measure.length < 2 || !titles.length) return null;
  const title = exactKey(titles.join(''));
  let found: string | null = null;
  for (const [key, id] of index) {
    if (!key.startsWith(EXACT) || key.length <= measure.length + EXACT.length + 1 || !key.endsWith(measure)) continue;
    const subject = key.slice(EXACT.length, key.length - measure.length);
    if (subject.length < 2 || !title.includes(subject)) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}
