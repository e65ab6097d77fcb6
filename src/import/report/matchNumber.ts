// One number in its sentence → the indicators it is a value of, by the trigger table: the clause
// before it (since the previous figure), the text after it, the sentence's topic, the subject of
// a training clause, and the exceptions — blockers, asides, changes against last year, rates
// sharing one figure (参学率、及格率均为100%), shares (占审结案件的21.5%), enumerated names.
import { indicatorKey } from '../../domain/matchIndicator';
import type { Matcher, ReportMatchers } from './buildReportMatchers';
import type { NumberToken } from './findNumbers';
import { BLOCKERS, CHANGE_FROM, CHANGE_TO, FILLER, SCOPE_AFTER, SCOPE_PREFIX, SUBJECT_WORDS, TOPICS } from './reportTriggers';

export interface NumberContext {
  norm: string;
  token: NumberToken;
  /** Start of the clause holding the number, and end. */
  clauseStart: number;
  clauseEnd: number;
  /** Value tokens of the same clause before this one. */
  before: NumberToken[];
  /** The sentence (normalised) and the one before it. */
  sentenceStart: number;
  sentence: string;
  previousSentence: string;
  /** The clause before this one in the sentence ('' if none). */
  previousClause: string;
  /** A quoted count that equals the list before it (「…“五张清单”」): only enumerated rows apply. */
  enumerated: boolean;
}

export interface NumberMatch {
  indicator: string;
  known: boolean;
  /** The clause text the trigger was found in (for sub-unit regions, aggregates). */
  lead: string;
  /** 「纠错率和调解和解率分别为9.8%和21.3%」: the indicators of the figures that follow, in order. */
  respective?: NumberMatch[];
}

const BLOCK_RE = new RegExp(BLOCKERS);
const CHANGE_TO_RE = new RegExp(CHANGE_TO);
const CHANGE_FROM_RE = new RegExp(CHANGE_FROM);
const SCOPE_RE = new RegExp(SCOPE_AFTER);
const SCOPE_PREFIX_RE = new RegExp(SCOPE_PREFIX);
const SUBJECT_RE = new RegExp(SUBJECT_WORDS);
const TOPIC_RE = new RegExp(TOPICS.map(([, w]) => w).join('|'), 'g');
const TOPIC_OF = TOPICS.map(([topic, w]) => [topic, new RegExp(`^(?:${w})$`)] as const);
/** Triggers with their gaps and fillers are shorter than this: a longer lead is cut from the left. */
const MAX_LEAD = 48;
/** How far around a number any rule reads (a sentence without stops stays linear). */
const WINDOW = 160;
const RATE_LIST_RE = new RegExp(`([\\u4e00-\\u9fff]+率)((?:[、和及与][\\u4e00-\\u9fff]{1,6}?率)+)${FILLER}$`);
const RESPECTIVELY_RE = /分别(?:为|是|达到?)?$/;
const RATE_ITEM_RE = /[、和及与]([\u4e00-\u9fff]{1,6}?率)/g;
const RATE_RE = new RegExp(`([\\u4e00-\\u9fff]{2,24}率)${FILLER}$`);
const SHARE_RE = /占([^,;:。]{0,14}?)(?:总数|总量|总件数)?的?$/;

/** Clause text as triggers read it: no quotes, spaces or parenthesised asides. */
export function cleanClause(text: string): string {
  return text.replace(/\([^()]*\)/g, '').replace(/[“”‘’"「」『』《》〈〉\s]/g, '');
}

/** A value token that only counts the scope of the next figure: 「全市42个部门共梳理…」. */
export function isScopeCount(norm: string, t: NumberToken): boolean {
  return (t.unit === '个' || t.unit === '家') && SCOPE_RE.test(t.unit + norm.slice(t.end, t.end + 12));
}

function topicOf(text: string): string {
  let last = '';
  for (const m of text.matchAll(TOPIC_RE)) last = m[0];
  return TOPIC_OF.find(([, re]) => re.test(last))?.[0] ?? '';
}

function leadOf(ctx: NumberContext): string {
  const { norm, token, clauseStart, before } = ctx;
  const prev = [...before].reverse().find((t) => !isScopeCount(norm, t));
  let lead = cleanClause(norm.slice(Math.max(prev ? prev.end : clauseStart, token.start - WINDOW), token.start));
  // 「纠错率由上年的12.1%下降到9.8%」: the second figure is the trigger's, read before 由.
  if (prev && CHANGE_TO_RE.test(lead)) {
    const head = cleanClause(norm.slice(Math.max(clauseStart, prev.start - WINDOW), prev.start));
    const from = CHANGE_FROM_RE.exec(head);
    if (from) lead = head.slice(0, from.index);
  }
  return lead.length > MAX_LEAD ? lead.slice(-MAX_LEAD) : lead;
}

function passes(m: Matcher, ctx: NumberContext, lead: string, topic: () => string, subject: () => string): boolean {
  if (m.topic && topic() !== m.topic) return false;
  if (m.subject && !m.subject.test(subject())) return false;
  if (m.context && !m.context.test(ctx.previousSentence.slice(-WINDOW * 2) + ctx.sentence.slice(Math.max(0, ctx.token.start - ctx.sentenceStart - WINDOW * 2), ctx.token.end - ctx.sentenceStart + WINDOW)))
    return false;
  if (m.not && m.not.test(lead)) return false;
  return true;
}

/** A catalog rate named by the end of `name` (行政规范性文件报备率 → 规范性文件报备率). */
function rateByName(rm: ReportMatchers, name: string): string | null {
  for (let i = 0; i + 3 <= name.length; i++) {
    const id = rm.index.get(indicatorKey(name.slice(i)));
    if (id && rm.byId.get(id)?.unit === '%') return id;
  }
  return null;
}

/**
 * The indicators a number is a value of (several when rates share it), or none. `previous` is
 * what the figure just before it in the sentence was matched to (for shares).
 */
export function matchNumber(rm: ReportMatchers, ctx: NumberContext, previous: NumberMatch[] | null): NumberMatch[] {
  const { norm, token } = ctx;
  const lead = leadOf(ctx);
  if (BLOCK_RE.test(lead)) return [];
  let topicMemo: string | undefined;
  const at = token.start - ctx.sentenceStart;
  const topic = () => (topicMemo ??= topicOf(ctx.previousSentence.slice(-WINDOW * 2) + ctx.sentence.slice(Math.max(0, at - WINDOW * 2), at)));
  const subject = () => (SUBJECT_RE.test(lead) ? lead : /训/.test(ctx.previousClause) ? ctx.previousClause : '');
  const afterText = cleanClause(norm.slice(token.end, Math.min(ctx.clauseEnd, token.end + WINDOW)));
  const pct = token.unit === '%';

  // Rates sharing one figure: 「参学率、及格率均为100%」「报备率、及时率、规范率达到100%」.
  const list = pct ? RATE_LIST_RE.exec(lead) : null;
  if (list) {
    const items = [...list[2].matchAll(RATE_ITEM_RE)].map((x) => x[1]);
    const own = list[1].slice(-items[0].length);
    const prefix = list[1].slice(0, -items[0].length).replace(SCOPE_PREFIX_RE, '');
    const words = [own, ...items];
    const all = words.map((item): NumberMatch => {
      const name = prefix + item;
      const byRow = rm.byUnit.get('%')?.find((m) => m.before.some((re) => re.test(name)) && passes(m, ctx, name, topic, subject));
      const id = byRow?.indicator ?? rateByName(rm, name);
      return { indicator: id ?? name, known: id ? (byRow ? byRow.known : true) : false, lead };
    });
    // New rates take the subject as the catalog spells it for a known one of the list
    // (行政规范性文件报备率 is 规范性文件报备率, so 及时率 is 规范性文件及时率).
    const spelled = all.findIndex((m, i) => m.known && m.indicator.endsWith(words[i]));
    if (spelled >= 0) {
      const subjectName = all[spelled].indicator.slice(0, -words[spelled].length);
      all.forEach((m, i) => {
        if (!m.known) m.indicator = subjectName + words[i];
      });
    }
    return RESPECTIVELY_RE.test(lead) ? [{ ...all[0], respective: all.slice(1) }] : all;
  }

  // A share of the figure before it: 「以调解、和解方式结案86件,占审结案件总数的21.5%」.
  const share = pct ? SHARE_RE.exec(lead) : null;
  if (share) {
    const count = previous?.[0];
    if (!count) return [];
    for (const ind of rm.byId.values()) {
      if (ind.numerator !== count.indicator || !ind.denominator) continue;
      const words = rm.shareOf.get(ind.denominator);
      if (share[1] && words && !words.test(share[1])) continue;
      return [{ indicator: ind.id, known: true, lead }];
    }
    return [];
  }

  for (const m of rm.byUnit.get(token.unit) ?? []) {
    if (Boolean(m.row.enumerated) !== ctx.enumerated) continue;
    const hit = m.before.some((re) => re.test(lead)) || m.after.some((re) => re.test(afterText));
    if (hit && passes(m, ctx, lead, topic, subject)) return [{ indicator: m.indicator, known: m.known, lead }];
  }

  // A rate the catalog names: 「行政机关负责人出庭应诉率达到100%」.
  const rate = pct ? RATE_RE.exec(lead) : null;
  const id = rate ? rateByName(rm, rate[1]) : null;
  return id ? [{ indicator: id, known: true, lead }] : [];
}

/** 「建立并公布A、B、C、D、E“五张清单”」: the quoted count equals the items listed before it. */
export function isEnumerated(norm: string, token: NumberToken, clauseStart: number): boolean {
  let open = token.start - 1;
  const from = Math.max(clauseStart, token.start - 200);
  while (open >= from && !/[“「"《]/.test(norm[open])) open--;
  const list = norm.slice(from, open >= from ? open : token.start);
  const items = list.split('、').filter((s) => s.trim().length >= 2);
  return items.length >= 2 && items.length === token.value;
}
