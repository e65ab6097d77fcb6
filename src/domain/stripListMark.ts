import { normalizeText } from './normalizeText';

/** Marks that send a reader to a footnote, after a figure or a name: 1234*, 平凉市①. */
export const NOTE_MARKS = '[*※#①-⑳]';

// How annex tables and reports number and nest their items: 1. 2、 (3) （二） 三、 ① #, 其中：.
const NUMBERING_MARKS: RegExp[] = [
  /^[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*/,
  /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*(?=[^\d\s.．])/,
];
const LIST_MARKS: RegExp[] = [/^其中\s*[:：]?\s*/, /^[#＃]+\s*/, /^[①-⑳⑴-⒇⒈-⒛]\s*/, ...NUMBERING_MARKS];

/** 一、综合, （二）农业, 1.行政复议: a line numbered as a list's item or section, with words after the number. */
export function isNumbered(text: string): boolean {
  const s = normalizeText(text).trim();
  return NUMBERING_MARKS.some((re) => {
    const m = re.exec(s);
    return !!m && m[0].length < s.length;
  });
}

/**
 * A name without the numbering or nesting mark a list put before it: 「1.行政复议受理件数」,
 * 「（二）培训人次」, 「①公证件数」, 「其中：纠错件数」 name the same indicators as the bare
 * names. A name that is nothing but a mark keeps it.
 */
export function stripListMark(text: string): string {
  let s = normalizeText(text);
  for (let again = true; again; ) {
    again = false;
    for (const re of LIST_MARKS) {
      const m = re.exec(s);
      if (m && m[0].length < s.length) {
        s = s.slice(m[0].length);
        again = true;
      }
    }
  }
  return s;
}
