import { stripListMark } from '../domain/stripListMark';
import { cellText, type RawSheet } from './rawSheet';

/** A row nested under the one above: indented, or marked 其中：, #, ①. */
const CHILD_RE = /^(?:[\s\u3000]+|其中\s*[:：]?|[#＃]|[①-⑳])/;

/**
 * Row names that repeat under different parents or sections — 第一产业 under 地区生产总值, under
 * 固定资产投资 and under 从业人员; 维持 under 行政复议 and under 行政诉讼 — would store several
 * figures as one indicator. Those rows are named with what they are part of (地区生产总值：第一产业);
 * names that occur under one parent only keep their own, and so does a parent row whose name is
 * unique. Row index → qualified name.
 */
export function qualifyRepeats(
  sheet: RawSheet,
  from: number,
  to: number,
  nameCol: number,
  valueCols: readonly number[],
  /** 地区：内蒙古自治区 lines that start a block of their own: names repeat from one block to the next by design. */
  startsBlock: (row: RawSheet['rows'][number] | undefined) => boolean,
): Map<number, string> {
  const rows: { r: number; name: string; block: number; parent: string }[] = [];
  let block = 0;
  let section = '';
  let parent = '';
  // Rows right after a 其中： row may be its siblings (其中：维持 | 纠错): they share its parent.
  let siblingsOf = '';
  for (let r = from; r <= to; r++) {
    const row = sheet.rows[r];
    if (startsBlock(row)) {
      [block, section, parent, siblingsOf] = [block + 1, '', '', ''];
      continue;
    }
    const cell = row?.[nameCol];
    const name = stripListMark(cellText(cell));
    if (!name) continue;
    // A line with its name alone heads a section (一、行政复议); a row of blank figures is only blank.
    if (valueCols.every((c) => !cellText(row?.[c])) && (row ?? []).every((c, k) => k === nameCol || !cellText(c))) {
      [section, parent, siblingsOf] = [name, '', ''];
      continue;
    }
    const written = String(cell?.w ?? cell?.v ?? '');
    if (CHILD_RE.test(written)) {
      siblingsOf = parent || section;
      rows.push({ r, name, block, parent: siblingsOf });
    } else {
      // The parent's own name again (地区生产总值 of the next county) is a parent, not its child.
      if (name === siblingsOf) siblingsOf = '';
      rows.push({ r, name, block, parent: siblingsOf || section });
      parent = name;
    }
  }
  const parents = new Map<string, Set<string>>();
  const key = (x: { name: string; block: number }) => `${x.block}\u0001${x.name}`;
  for (const x of rows) {
    let set = parents.get(key(x));
    if (!set) parents.set(key(x), (set = new Set()));
    set.add(x.parent);
  }
  const out = new Map<number, string>();
  for (const x of rows) if (x.parent && (parents.get(key(x))?.size ?? 0) > 1) out.set(x.r, `${x.parent}：${x.name}`);
  return out;
}
