// A report's text cut into paragraphs (lines) and sentences, with the marks every later rule
// reads: which characters sit inside quotes or title marks (names: “七五”普法, 《…(2016-2020)》)
// and which inside parentheses (asides: 审结920件(含上年结转案件176件)). Offsets stay those of
// the original text: normalisation maps one character to one character.
import type { TextSpan } from './types';

export interface Sentence extends TextSpan {
  paragraph: number;
  /** The normalised text of the sentence. */
  text: string;
}

export interface SegmentedReport {
  /** Same length as the input: full-width ASCII folded to half-width, odd spaces to ' '. */
  norm: string;
  paragraphs: TextSpan[];
  sentences: Sentence[];
  /** 1 where the character is inside “…” ‘…’ 「…」 《…》 〔…〕 【…】 or "…". */
  quoted: Uint8Array;
  /** 1 where the character is inside (…). */
  aside: Uint8Array;
}

const UTF16 = new TextDecoder('utf-16le');

/** One character for one: full-width ASCII to half-width, ideographic and no-break spaces to ' '. */
export function normalizeChars(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x09 ? 0x20 : c;
  }
  return UTF16.decode(codes);
}

// Character codes, not one-character strings: a CJK character as a string key is slow to look up.
const code = (s: string) => s.charCodeAt(0);
const SENTENCE_END = new Set(['。', '!', '?', '！', '？'].map(code));
const FULL_STOP = code('。');
const OPEN = new Map([...'“‘「『《〔【〈'].map((c, i) => [code(c), code('”’」』》〕】〉'[i])]));
const CLOSE = new Set(OPEN.values());
const [NL, CR, QUOTE, LPAREN, RPAREN] = ['\n', '\r', '"', '(', ')'].map(code);
const BLANK = new Set([' ', '|', '\n', '\r', '\u200b', '\ufeff'].map(code));

function trimSpan(norm: string, start: number, end: number): TextSpan {
  while (start < end && BLANK.has(norm.charCodeAt(start))) start++;
  while (end > start && BLANK.has(norm.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function segmentReport(text: string): SegmentedReport {
  const norm = normalizeChars(text);
  const paragraphs: TextSpan[] = [];
  const sentences: Sentence[] = [];
  const quoted = new Uint8Array(norm.length);
  const aside = new Uint8Array(norm.length);

  // Paragraphs are lines; sentences end at 。！？ (or the line).
  let lineStart = 0;
  for (let i = 0; i <= norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (i < norm.length && c !== NL && c !== CR) continue;
    const p = trimSpan(norm, lineStart, i);
    lineStart = i + 1;
    if (p.end <= p.start) continue;
    const paragraph = paragraphs.length;
    paragraphs.push(p);
    let s = p.start;
    for (let j = p.start; j <= p.end; j++) {
      if (j < p.end) {
        const c = norm.charCodeAt(j);
        if (c !== FULL_STOP && (c > 0x7f && c < 0xff00 ? true : !SENTENCE_END.has(c))) continue;
      }
      const span = trimSpan(norm, s, Math.min(j + 1, p.end));
      s = j + 1;
      if (span.end > span.start) sentences.push({ ...span, paragraph, text: norm.slice(span.start, span.end) });
    }
  }

  // Quotes, title marks and parentheses, per sentence (an unbalanced mark does not run on).
  for (const s of sentences) {
    const stack: number[] = [];
    let ascii = false;
    let depth = 0;
    for (let i = s.start; i < s.end; i++) {
      const ch = norm.charCodeAt(i);
      // Only “‘’” (U+2018–201D), 〈…〕 (U+3008–3015) and ASCII can be marks: skip the rest fast.
      if ((ch >= 0x2018 && ch <= 0x201d) || (ch >= 0x3008 && ch <= 0x3015)) {
        const close = OPEN.get(ch);
        if (close !== undefined) stack.push(close);
        else if (CLOSE.has(ch)) {
          const k = stack.lastIndexOf(ch);
          if (k >= 0) stack.length = k;
        }
      } else if (ch === QUOTE) ascii = !ascii;
      else if (ch === LPAREN) depth++;
      else if (ch === RPAREN) depth = Math.max(0, depth - 1);
      if (stack.length || ascii) quoted[i] = 1;
      if (depth) aside[i] = 1;
    }
  }
  return { norm, paragraphs, sentences, quoted, aside };
}
