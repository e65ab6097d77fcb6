// A report's prose → candidate observations, pure and catalog-driven. The steps:
//   1. segment the text into paragraphs and sentences, marking quotes and parentheses;
//   2. read the region and period from the title (else the text, else the file name);
//   3. find every number, telling values from names (years, ordinals, “七五”普法, 1211推进机制);
//   4. match each value to an indicator by the trigger table (src/import/report/reportTriggers.ts);
//   5. drop parts of a total (其中…), keep one figure per indicator, period and region.
import type { Indicator, Period } from '../domain/model';
import { periodKey } from '../domain/parsePeriod';
import { buildReportMatchers } from './report/buildReportMatchers';
import { findNumbers, type NumberToken } from './report/findNumbers';
import { cleanClause, isEnumerated, isScopeCount, matchNumber, type NumberMatch } from './report/matchNumber';
import { readReportHeader } from './report/readReportHeader';
import { segmentReport, type Sentence } from './report/segmentReport';
import type { ReportCandidate, ReportExtraction } from './report/types';

export type { ReportCandidate, ReportExtraction, ReportNumber, HeaderSource, TextSpan } from './report/types';

export interface ExtractReportOptions {
  fileName?: string;
}

const [COMMA, SEMICOLON, COLON] = [',', ';', ':'].map((c) => c.charCodeAt(0));
const SENTENCE_YEAR = /^(?:截至|截止|到)?(\d{4})\s*年(?:底|末|度|全年)?(?!以来|至今|起|开始|以前)/;
const TOWN = '([\\u4e00-\\u9fff]{1,5}?(?:镇|乡|街道))';
const SUB_UNIT = [new RegExp(`(?:至|向|给|在|对|由|其中)${TOWN}`), new RegExp(`^${TOWN}`)];
const SUB_DISTRICT = /其中([\u4e00-\u9fff]{2,5}?(?:区|县|市))(?![直级本属])/;
const NOT_SUB_UNIT = /^(?:各|全|本|该|每|我|所有|基层|街道$|乡镇|城镇|村镇|城乡|试点|重点|发达|建制|省级|县级|市级|区级|市直|县直)/;
const AGGREGATE = /全市|全区|全县|全省|累计|共计|合计|总计|各类|全年|共/;

/** The place a figure belongs to when it is a sub-unit's: 「下放至某镇的150项…」 → 某镇. */
function subUnitOf(lead: string, region: string): string {
  const m = SUB_UNIT[0].exec(lead) ?? SUB_UNIT[1].exec(lead) ?? SUB_DISTRICT.exec(lead);
  if (!m || NOT_SUB_UNIT.test(m[1]) || /[至向给在对由的]|下放|其中/.test(m[1]) || m[1] === region) return '';
  return m[1];
}

function sentencePeriod(s: Sentence, period: Period | null): Period | null {
  const m = SENTENCE_YEAR.exec(s.text);
  if (!m) return period;
  const y = +m[1];
  return y >= 1949 && y <= 2100 ? { start: y, end: y } : period;
}

export function extractReport(text: string, catalog: readonly Indicator[], opts: ExtractReportOptions = {}): ReportExtraction {
  // 1–3: segments, header, numbers.
  const seg = segmentReport(text);
  const header = readReportHeader(seg, opts.fileName);
  const tokens = findNumbers(seg);
  const rm = buildReportMatchers(catalog);
  const { norm, aside } = seg;
  const found: (ReportCandidate & { aggregate: boolean; partOf: boolean })[] = [];
  const used = new Set<number>();

  // 4: each sentence's numbers, clause by clause.
  let k = 0;
  let prevIds = new Set<string>();
  let prevEnd = -10;
  seg.sentences.forEach((s, si) => {
    const previousFound = prevEnd >= s.start - 2 ? prevIds : new Set<string>();
    while (k < tokens.length && tokens[k].start < s.start) k++;
    const inSentence: NumberToken[] = [];
    while (k < tokens.length && tokens[k].end <= s.end) inSentence.push(tokens[k++]);
    if (!inSentence.length) return;
    const marks: number[] = [];
    for (let i = s.start; i < s.end; i++) {
      const c = norm.charCodeAt(i);
      if ((c === COMMA || c === SEMICOLON || c === COLON) && !aside[i]) marks.push(i);
    }
    // 「1,234」: a comma inside a number is no clause mark.
    let j = 0;
    const clauseMarks = marks.filter((i) => {
      while (j < inSentence.length && inSentence[j].end <= i) j++;
      return !(j < inSentence.length && inSentence[j].start < i);
    });
    const previousSentence = si > 0 && seg.sentences[si - 1].paragraph >= s.paragraph - 1 ? seg.sentences[si - 1].text : '';
    const period = sentencePeriod(s, header.period);
    const parts = [...s.text.matchAll(/其中/g)].map((x) => x.index);
    let partIdx = -1;
    /** Where in the sentence each indicator × region was first seen. */
    const seen = new Map<string, number>();
    let previous: NumberMatch[] | null = null;
    let respective: NumberMatch[] = [];
    let lastEnd = s.start;
    let mark = 0; // marks[mark] is the first clause mark at or after the current number
    let clauseTokens: NumberToken[] = [];
    let clauseOf = -1;
    for (const t of inSentence) {
      const joiner = cleanClause(norm.slice(lastEnd, t.start));
      lastEnd = t.end;
      while (mark < clauseMarks.length && clauseMarks[mark] < t.start) mark++;
      const clauseStart = (mark > 0 ? clauseMarks[mark - 1] : s.start - 1) + 1;
      const clauseEnd = mark < clauseMarks.length ? clauseMarks[mark] : s.end;
      const priorMark = mark > 1 ? clauseMarks[mark - 2] : s.start - 1;
      const previousClause = clauseStart > s.start ? cleanClause(norm.slice(Math.max(priorMark + 1, clauseStart - 1 - 160), clauseStart - 1)) : '';
      if (clauseOf !== clauseStart) [clauseTokens, clauseOf] = [[], clauseStart];
      const enumerated = t.name !== '' && t.chinese && (t.name === 'quoted' || t.name === 'phrase') && isEnumerated(norm, t, clauseStart);
      if ((t.name && !enumerated) || t.aside) {
        previous = null;
        continue;
      }
      const before = clauseTokens.slice(-4);
      clauseTokens.push(t);
      // 「…分别为9.8%和21.3%」: the figures after the first take the listed indicators in turn.
      const matches: NumberMatch[] =
        respective.length && /^[、和及与,]?$/.test(joiner)
          ? [respective.shift()!]
          : matchNumber(rm, { norm, token: t, clauseStart, clauseEnd, before, sentenceStart: s.start, sentence: s.text, previousSentence, previousClause, enumerated }, previous);
      if (matches[0]?.respective) respective = [...matches[0].respective];
      else if (!/^[、和及与,]?$/.test(joiner)) respective = [];
      previous = matches.length ? matches : isScopeCount(norm, t) ? previous : null;
      const at = t.start - s.start;
      while (partIdx + 1 < parts.length && parts[partIdx + 1] <= at - 2) partIdx++;
      const part = partIdx >= 0 ? parts[partIdx] : -1;
      const head = s.text.slice(Math.max(0, at - 160), at);
      for (const m of matches) {
        const region = subUnitOf(m.lead, header.region) || header.region;
        // 「共办理…115件,其中市政府办理43件」: after 其中, the same indicator again is a part of the total.
        const id = `${m.indicator}\u0000${region}`;
        const partOf = part >= 0 && ((seen.get(id) ?? Infinity) < part || (part === 0 && previousFound.has(id)));
        if (!seen.has(id)) seen.set(id, at);
        found.push({
          indicator: m.indicator, known: m.known, value: t.value, unit: t.unit, qualifier: t.qualifier, raw: text.slice(t.start, t.end),
          sentence: text.slice(s.start, s.end), paragraph: s.paragraph, sentenceStart: s.start, sentenceEnd: s.end,
          numberStart: t.start, numberEnd: t.end, stated: t.unit === '%', period, region,
          aggregate: AGGREGATE.test(m.lead) || AGGREGATE.test(head), partOf,
        });
      }
    }
    prevIds = new Set(seen.keys());
    prevEnd = s.end;
  });

  // 5: parts out; one figure per indicator × period × region (the total-like one, else the first).
  const best = new Map<string, (typeof found)[number]>();
  for (const c of found) {
    if (c.partOf) continue;
    const key = `${c.indicator}\u0000${c.region}\u0000${c.period ? periodKey(c.period) : ''}`;
    const had = best.get(key);
    if (!had || (c.aggregate && !had.aggregate)) best.set(key, c);
  }
  const candidates: ReportCandidate[] = [...best.values()]
    .sort((a, b) => a.numberStart - b.numberStart)
    .map(({ aggregate: _a, partOf: _p, ...c }) => c);
  for (const c of candidates) used.add(c.numberStart);

  return {
    region: header.region,
    period: header.period,
    regionSource: header.regionSource,
    periodSource: header.periodSource,
    paragraphs: seg.paragraphs,
    candidates,
    numbers: tokens.filter((t) => !t.name || used.has(t.start)).map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), used: used.has(t.start) })),
  };
}
