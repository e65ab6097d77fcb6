import { splitHeaderUnit } from '../domain/splitHeaderUnit';
import { stripListMark } from '../domain/stripListMark';
import { cellText, type RawSheet } from './rawSheet';

/** A row nested under the one above: indented, or marked 其中：, #, ①. */
const CHILD_RE = /^(?:[\s\u3000]+|其中\s*[:：]?|[#＃]|[①-⑳])/;

// Parts that say nothing alone (女性 of what?): named with their parent even where they occur once,
// so the 女性 of 律师人数 and of 公务员人数 never meet as one indicator.
const PART_NAME_RE = /^(?:女性?|男性?|城镇|农村|城市|乡村|城区|国有|集体|私营|个体|外资|内资|公办|民办|户籍|外来|在职|离退休)(?:人口|人员|人数)?$/;

/** A row's name (its parent's before it where it needs one), and whether it is nested under a parent. */
export interface NestedName {
  name: string;
  nested: boolean;
}

/**
 * Row names that repeat under different parents or sections — 第一产业 under 地区生产总值, under
 * 固定资产投资 and under 从业人员; 维持 under 行政复议 and under 行政诉讼 — would store several
 * figures as one indicator. Those rows are named with what they are part of (地区生产总值：第一产业);
 * names that occur under one parent only keep their own, and so does a parent row whose name is
 * unique, but a part that says nothing alone (其中：女性). Row index → its name, and whether it is nested.
 */
export function qualifyRepeats(
  sheet: RawSheet,
  from: number,
  to: number,
  nameCol: number,
  valueCols: readonly number[],
  /** 地区：内蒙古自治区 lines that start a block of their own: names repeat from one block to the next by design. */
  startsBlock: (row: RawSheet['rows'][number] | undefined) => boolean,
): Map<number, NestedName> {
  const rows: { r: number; name: string; block: number; parent: string; nested: boolean }[] = [];
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
      rows.push({ r, name, block, parent: siblingsOf, nested: true });
    } else if (parent && PART_NAME_RE.test(splitHeaderUnit(name).name) && !PART_NAME_RE.test(splitHeaderUnit(parent).name)) {
      // 农村 after 其中：城镇, 女性 after 公证员人数: a part of the last row that is none.
      rows.push({ r, name, block, parent, nested: true });
    } else {
      // The parent's own name again (地区生产总值 of the next county) is a parent, not its child.
      if (name === siblingsOf) siblingsOf = '';
      rows.push({ r, name, block, parent: siblingsOf || section, nested: false });
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
  const out = new Map<number, NestedName>();
  for (const x of rows) {
    if (!x.parent) continue;
    const qualify = (parents.get(key(x))?.size ?? 0) > 1 || (x.nested && PART_NAME_RE.test(splitHeaderUnit(x.name).name));
    if (qualify || x.nested) out.set(x.r, { name: qualify ? `${splitHeaderUnit(x.parent).name}：${x.name}` : x.name, nested: x.nested });
  }
  return out;
}
