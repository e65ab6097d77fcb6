import type { Period, Qualifier } from '../domain/model';
import { parsePeriod } from '../domain/parsePeriod';
import { parseValue } from '../domain/parseValue';
import type { ReportDraft } from '../import/draft';
import type { HeaderSource, ReportCandidate, ReportNumber, TextSpan } from '../import/report/types';

export type Verdict = 'pending' | 'accepted' | 'rejected';

/** One candidate under review: what the extractor found (or a number the user clicked), as edited. */
export interface ReviewRow {
  /** The candidate as found: its sentence and offsets stay; the fields below are what will be stored. */
  base: ReportCandidate;
  /** Catalog id, or the name of a new indicator ('' until the user picks one). */
  indicator: string;
  known: boolean;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The candidate's own period; null takes the report's. */
  period: Period | null;
  verdict: Verdict;
  /** Made by the user from a number in the text. */
  added: boolean;
}

/** A number of the text as the review marks it: taken by candidates, or unused (clickable). */
export interface TextMark extends TextSpan {
  /** The first row taking this number, -1 if none. */
  row: number;
  /** Its index in the extraction's numbers, -1 if only a candidate names it. */
  num: number;
  kind: 'cand' | 'rejected' | 'unused';
}

export interface TextPiece extends TextSpan {
  text: string;
  mark: TextMark | null;
  /** Inside the highlighted sentence. */
  hl: boolean;
}

/** The number as the value field shows it: 约300, 2600余. */
export function valueText(value: number, qualifier: Qualifier): string {
  if (!Number.isFinite(value)) return '';
  return qualifier === '约' ? `约${value}` : `${value}${qualifier}`;
}

/**
 * The numbers of the text as marks, in text order and never overlapping: a number some row takes
 * is a candidate (rejected when every row taking it is rejected); any other is unused.
 */
export function textMarks(numbers: readonly ReportNumber[], rows: readonly ReviewRow[]): TextMark[] {
  const byStart = new Map<number, TextMark>();
  rows.forEach((r, i) => {
    const key = r.base.numberStart;
    const m = byStart.get(key);
    const kind = r.verdict === 'rejected' ? 'rejected' : 'cand';
    if (!m) byStart.set(key, { start: r.base.numberStart, end: r.base.numberEnd, row: i, num: -1, kind });
    else if (kind === 'cand') m.kind = 'cand';
  });
  numbers.forEach((n, i) => {
    const m = byStart.get(n.start);
    if (m) m.num = i;
    else byStart.set(n.start, { start: n.start, end: n.end, row: -1, num: i, kind: 'unused' });
  });
  const out: TextMark[] = [];
  // Candidates first, so that an unused number overlapping a candidate's gives way.
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start || (a.row < 0 ? 1 : 0) - (b.row < 0 ? 1 : 0));
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (last.row < 0 && m.row >= 0) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** One paragraph's text as plain pieces: numbers marked, the highlighted span flagged. */
export function paragraphPieces(text: string, para: TextSpan, marks: readonly TextMark[], highlight: TextSpan | null): TextPiece[] {
  const inside = marks.filter((m) => m.start >= para.start && m.end <= para.end);
  const cuts = new Set<number>([para.start, para.end]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  if (highlight) for (const x of [highlight.start, highlight.end]) if (x > para.start && x < para.end) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (k < inside.length && inside[k].end <= start) k++;
    const mark = k < inside.length && inside[k].start <= start && inside[k].end >= end ? inside[k] : null;
    const hl = !!highlight && start >= highlight.start && end <= highlight.end;
    pieces.push({ start, end, text: text.slice(start, end), mark, hl });
  }
  return pieces;
}

/** The sentence around a row's number, cut to a window, as [before, number, after]. */
export function sentenceWindow(c: Pick<ReportCandidate, 'sentence' | 'sentenceStart' | 'numberStart' | 'numberEnd'>, before = 24, after = 16): [string, string, string] {
  const s = c.sentence;
  const a = Math.max(0, Math.min(s.length, c.numberStart - c.sentenceStart));
  const b = Math.max(a, Math.min(s.length, c.numberEnd - c.sentenceStart));
  const head = a > before ? `…${s.slice(a - before, a)}` : s.slice(0, a);
  const tail = s.length - b > after ? `${s.slice(b, b + after)}…` : s.slice(b);
  return [head, s.slice(a, b), tail];
}

/** The sentence (per the candidates' boundaries, else the text's punctuation) around an offset. */
function sentenceAround(text: string, para: TextSpan, rows: readonly ReviewRow[], at: number): TextSpan {
  const known = rows.find((r) => r.base.sentenceStart <= at && r.base.sentenceEnd > at);
  if (known) return { start: known.base.sentenceStart, end: known.base.sentenceEnd };
  let start = at;
  while (start > para.start && !/[。；！？]/.test(text[start - 1])) start--;
  let end = at;
  while (end < para.end && !/[。；！？]/.test(text[end])) end++;
  return { start, end: Math.min(para.end, end + 1) };
}

/**
 * The review of one report: its region and period (from the title, editable), each candidate's
 * verdict and edits, and which one is selected. Lives in the DraftView, not in the component.
 */
export class ReportReview {
  rows = $state<ReviewRow[]>([]);
  region = $state('');
  period = $state.raw<Period | null>(null);
  regionSource = $state<HeaderSource | 'user'>(null);
  periodSource = $state<HeaderSource | 'user'>(null);
  selected = $state(0);

  constructor(readonly report: ReportDraft) {
    const x = report.extraction;
    this.region = x.region;
    this.period = x.period;
    this.regionSource = x.region ? x.regionSource : null;
    this.periodSource = x.period ? x.periodSource : null;
    this.rows = x.candidates.map((c) => ({
      base: c, indicator: c.indicator, known: c.known, value: c.value, unit: c.unit, qualifier: c.qualifier, period: c.period,
      verdict: 'pending', added: false,
    }));
  }

  /** Accepted rows with everything a stored value needs. */
  get complete(): number {
    return this.rows.filter((r) => r.verdict === 'accepted' && this.isComplete(r)).length;
  }

  /** Accepted rows lacking an indicator, a value, a region or a period: the commit is refused while any. */
  get incomplete(): number {
    return this.rows.filter((r) => r.verdict === 'accepted' && !this.isComplete(r)).length;
  }

  counts(): Record<Verdict, number> {
    const c: Record<Verdict, number> = { pending: 0, accepted: 0, rejected: 0 };
    for (const r of this.rows) c[r.verdict]++;
    return c;
  }

  isComplete(r: ReviewRow): boolean {
    return !!r.indicator && Number.isFinite(r.value) && !!(r.base.region || this.region) && !!(r.period ?? this.period);
  }

  select(i: number): void {
    if (this.rows.length) this.selected = Math.max(0, Math.min(this.rows.length - 1, i));
  }

  /** Accept or reject row i, then move to the next row. */
  decide(i: number, verdict: Verdict): void {
    const r = this.rows[i];
    if (!r) return;
    r.verdict = r.verdict === verdict ? 'pending' : verdict;
    if (r.verdict !== 'pending') this.select(i + 1);
  }

  acceptAll(): void {
    for (const r of this.rows) if (r.verdict === 'pending') r.verdict = 'accepted';
  }

  /** An edit of a row is its acceptance. */
  setIndicator(i: number, indicator: string, known: boolean): void {
    const r = this.rows[i];
    if (!r || !indicator) return;
    r.indicator = indicator;
    r.known = known;
    r.verdict = 'accepted';
  }

  /** The value as typed (parseValue's rules); false when it is no number. */
  setValue(i: number, text: string): boolean {
    const r = this.rows[i];
    const v = parseValue(text);
    if (!r || !v.ok) return false;
    r.value = v.value;
    r.qualifier = v.qualifier;
    if (v.unit) r.unit = v.unit;
    r.verdict = 'accepted';
    return true;
  }

  setUnit(i: number, unit: string): void {
    const r = this.rows[i];
    if (!r) return;
    r.unit = unit.trim();
    r.verdict = 'accepted';
  }

  /** The row's own period ('' → the report's); false when the text is no period. */
  setRowPeriod(i: number, text: string): boolean {
    const r = this.rows[i];
    if (!r) return false;
    const p = text.trim() ? parsePeriod(text) : null;
    if (text.trim() && !p) return false;
    r.period = p;
    r.verdict = 'accepted';
    return true;
  }

  setRegion(text: string): void {
    this.region = text.trim();
    this.regionSource = this.region ? 'user' : null;
  }

  /** The report's period as typed; false when the text is no period. */
  setPeriod(text: string): boolean {
    const p = text.trim() ? parsePeriod(text) : null;
    if (text.trim() && !p) return false;
    this.period = p;
    this.periodSource = p ? 'user' : null;
    return true;
  }

  /** Make a candidate of an unused number of the text (value and unit read from it; the user picks the indicator). */
  addNumber(numIndex: number): number {
    const x = this.report.extraction;
    const n = x.numbers[numIndex];
    if (!n) return -1;
    const existing = this.rows.findIndex((r) => r.base.numberStart === n.start);
    if (existing >= 0) return (this.selected = existing);
    const paragraph = Math.max(0, x.paragraphs.findIndex((p) => p.start <= n.start && p.end >= n.end));
    const para = x.paragraphs[paragraph] ?? { start: 0, end: this.report.text.length };
    const s = sentenceAround(this.report.text, para, this.rows, n.start);
    const v = parseValue(n.text);
    const base: ReportCandidate = {
      indicator: '', known: false, value: v.ok ? v.value : NaN, unit: v.ok ? v.unit : '', qualifier: v.ok ? v.qualifier : '', raw: n.text,
      sentence: this.report.text.slice(s.start, s.end), paragraph, sentenceStart: s.start, sentenceEnd: s.end,
      numberStart: n.start, numberEnd: n.end, stated: false, period: null, region: '',
    };
    const row: ReviewRow = {
      base, indicator: '', known: false, value: base.value, unit: base.unit, qualifier: base.qualifier, period: null, verdict: 'pending', added: true,
    };
    let at = this.rows.findIndex((r) => r.base.numberStart > n.start);
    if (at < 0) at = this.rows.length;
    this.rows.splice(at, 0, row);
    this.selected = at;
    return at;
  }

  /** The accepted rows as plain candidates for reportBlocks (no reactive proxies). */
  acceptedCandidates(): ReportCandidate[] {
    return this.rows
      .filter((r) => r.verdict === 'accepted')
      .map((r) => {
        const b = $state.snapshot(r.base) as ReportCandidate;
        const period = $state.snapshot(r.period) as Period | null;
        return { ...b, indicator: r.indicator, known: r.known, value: r.value, unit: r.unit, qualifier: r.qualifier, period };
      });
  }
}
