import { parsePeriod, parseSubPeriod } from '../domain/parsePeriod';
import { splitHeaderUnit, unitOnly } from '../domain/splitHeaderUnit';
import { CJK, withoutTranslation } from '../domain/withoutTranslation';
import { headerWord } from './detectColumns';
import { cellText, type RawSheet } from './rawSheet';
import { findSeriesHeader, isUnitKey, seriesRowKey } from './seriesHeader';

/**
 * The header text of every column as its stack of parts, top to bottom, with merged
 * cells spread over their range and group headers carried right over the columns they
 * head (「行政复议」 written once over 「受理」「纠错」「审结」).
 */
export function headerParts(sheet: RawSheet, start: number, end: number): string[][] {
  const n = sheet.nCols;
  const parts: string[][] = Array.from({ length: n }, () => []);
  if (end < start) return parts;
  const grid: string[][] = [];
  // A series export's 频率, 指标ID, 来源 rows describe its series; they are not part of their names.
  const series = findSeriesHeader(sheet);
  for (let r = start; r <= end; r++) {
    const row: string[] = [];
    const describing = series && r >= series.start && r <= series.end && seriesRowKey(sheet, r) === 'describing';
    for (let c = 0; c < n; c++) row.push(describing ? '' : cellText(sheet.rows[r]?.[c]));
    grid.push(row);
  }
  pivotHeader(grid);
  for (const m of sheet.merges) {
    if (m.e.r < start || m.s.r > end) continue;
    const text = cellText(sheet.rows[m.s.r]?.[m.s.c]);
    for (let r = Math.max(m.s.r, start); r <= Math.min(m.e.r, end); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, n - 1); c++) grid[r - start][c] = text;
    }
  }
  // An upper header cell left blank after a group name belongs to that group, as long as
  // the row below names something there. Lower rows first, so a CSV (which has no merges)
  // of three header rows spreads 「2011—2015」 over 「清单管理」 once that is spread itself.
  for (let i = grid.length - 2; i >= 0; i--) {
    for (let c = 1; c < n; c++) {
      if (!grid[i][c] && grid[i][c - 1] && grid[i + 1][c] && grid[i + 1][c - 1]) grid[i][c] = grid[i][c - 1];
    }
  }
  for (let c = 0; c < n; c++) {
    for (let i = 0; i < grid.length; i++) {
      const t = grid[i][c];
      if (t && parts[c][parts[c].length - 1] !== t) parts[c].push(t);
    }
  }
  return parts;
}

// A pivot table's header (Excel, WPS): its data field as 求和项:培训人次 or Sum of X, its
// placeholders 行标签 and 列标签 naming nothing.
const PIVOT_FIELD_RE = /^(?:求和项|计数项|平均值项|最大值项|最小值项|乘积项|数值计数项)\s*[:：]\s*(.+)$|^(?:sum|count|average|max|min|product) of\s+(.+)$/i;
const PIVOT_PLACEHOLDER_RE = /^(?:行标签|列标签|row labels|column labels)$/i;

/**
 * A pivot table's header in words a plain table would use: its placeholders blank, a data
 * field its field's name, and that field written in the corner (over the row labels) carried
 * over the value columns to its right as their group.
 */
function pivotHeader(grid: string[][]): void {
  const fields: [number, number][] = [];
  let pivot = false;
  grid.forEach((row, i) => {
    for (let c = 0; c < row.length; c++) {
      if (PIVOT_PLACEHOLDER_RE.test(row[c])) [row[c], pivot] = ['', true];
      const m = PIVOT_FIELD_RE.exec(row[c]);
      if (m) {
        [row[c], pivot] = [(m[1] ?? m[2]).trim(), true];
        fields.push([i, c]);
      }
    }
  });
  if (!pivot) return;
  for (const [i, c] of fields) {
    // The corner: over the row labels, whose header below it is blank or a label word (地区).
    if (i === grid.length - 1 || grid.slice(i + 1).some((below) => below[c] && headerWord(below[c]) === null)) continue;
    const row = grid[i];
    const field = row[c];
    row[c] = '';
    // A value word (求和项:数值) names no indicator: the title's or file's does. Beside the corner,
    // the column field's caption (年份) names the axis; the field goes over the value columns.
    if (headerWord(field) === 'value') continue;
    for (let k = c + 1; k < row.length; k++) if (!row[k] || headerWord(row[k]) !== null) row[k] = field;
  }
}

const cleaned = new WeakMap<RawSheet, Map<string, { parts: string[]; unit: string }[]>>();

/** cleanHeaderParts of the sheet's header rows, worked out once per sheet and rows (detection and normalising both ask). */
export function cleanHeader(sheet: RawSheet, start: number, end: number): readonly { readonly parts: readonly string[]; readonly unit: string }[] {
  let bySheet = cleaned.get(sheet);
  if (!bySheet) cleaned.set(sheet, (bySheet = new Map()));
  const key = `${start}:${end}`;
  let found = bySheet.get(key);
  if (!found) bySheet.set(key, (found = withSeriesUnits(sheet, start, end, cleanHeaderParts(headerParts(sheet, start, end)))));
  return found;
}

/** A series export's 单位 row holds each series' unit as written (人民币 十亿, 元/吨), whatever the words. */
function withSeriesUnits(sheet: RawSheet, start: number, end: number, cols: { parts: string[]; unit: string }[]): { parts: string[]; unit: string }[] {
  const series = findSeriesHeader(sheet);
  if (!series || series.start > end || series.end < start) return cols;
  for (let r = Math.max(start, series.start); r <= Math.min(end, series.end); r++) {
    if (!isUnitKey(cellText(sheet.rows[r]?.[0]))) continue;
    cols.forEach((col, c) => {
      const unit = c > 0 ? cellText(sheet.rows[r]?.[c]).trim() : '';
      if (!unit) return;
      col.unit = unit.replace(/\s+/g, '');
      const at = col.parts.lastIndexOf(unit);
      if (at >= 0 && col.parts.length > 1) col.parts.splice(at, 1);
    });
  }
  return cols;
}

/**
 * Each column's parts without those that only name a unit, and that unit: 「地区生产总值」 over a
 * row of 「(亿元)」 is 地区生产总值 in 亿元, not an indicator named 地区生产总值(亿元). A bare unit word
 * is taken so only where it cannot end a name (亿元, 万人, %, km2; 培训 over 人次 is 培训人次) or a
 * 单位 label heads its row, or the name above is a whole measure (医院数 over 个). Codes (CSMAR's
 * 「Gdp0101」) and English words (a yearbook's 「Gross Regional Product」, 「Industry」) beside a
 * Chinese name are not part of it; an acronym in capitals (GDP, CPI) may be the name, and stays. Periods (2019, Q1) always stay. Either is dropped only where
 * it told no two columns apart.
 */
// 培训人次①, 律师人数², 纠错率（%）*, 公证件数（注1）, 律师人数[1]: a footnote's mark, not the name.
// A superscript after a letter is a unit's power (km², m³), not a mark.
const HEADER_NOTE_RE = /(?:\s*(?:[①-⑳]+|(?<=[\u4e00-\u9fff)）])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|※|[[【]\s*(?:注\s*)?\d{1,2}\s*[\]】]|[(（]\s*注\s*\d{0,2}\s*[)）]))+$/;

function withoutNoteMark(part: string): string {
  const bare = part.replace(HEADER_NOTE_RE, '');
  return bare.trim() ? bare : part;
}

export function cleanHeaderParts(columns: readonly string[][]): { parts: string[]; unit: string }[] {
  const asWritten = columns.map((parts) => ({ parts: [...parts], unit: '' }));
  const unitLabel = columns.some((parts) => parts.some((p) => /^(?:计量)?单位$/.test(p.trim())));
  const noUnits = columns.map((bilingual) => {
    const written = bilingual.map((p) => withoutNoteMark(withoutTranslation(p)));
    // 「2019年(亿元)」: the year is the part, its parenthesis the unit.
    const yearUnits = written.map((p) => {
      const { name, unit } = splitHeaderUnit(p);
      if (unit && parsePeriod(name)) return { name, unit };
      // 「2019年 亿元」: the unit after a space (「2021⏎年」 is a year as a whole).
      if (parsePeriod(p)) return null;
      const spaced = /^(.+?)\s+(\S+)$/.exec(p.trim());
      return spaced && parsePeriod(spaced[1]) && unitOnly(spaced[2]) ? { name: spaced[1], unit: unitOnly(spaced[2]) } : null;
    });
    const parts = written.map((p, i) => yearUnits[i]?.name ?? p);
    // A bare unit under a whole measure name (医院数 over 个, 可支配收入 over 元) is its unit.
    const units = parts.map((p, i) => yearUnits[i]?.unit ?? (unitLabel || !canEndName(p) || (i > 0 && MEASURE_NAME_RE.test(parts[i - 1])) ? unitOnly(p) : ''));
    const rest = parts.filter((_, i) => !units[i] || yearUnits[i]);
    return rest.length ? { parts: rest, unit: units.find(Boolean) ?? '' } : { parts: [...parts], unit: '' };
  });
  const noLatin = noUnits.map(({ parts, unit }) => {
    const named = parts.some((p) => CJK.test(p) && !parsePeriod(p) && !parseSubPeriod(p));
    if (!named) return { parts, unit };
    const rest = parts.filter((p) => !(CODE_RE.test(p) || PHRASE_RE.test(p) || WORD_RE.test(p)) || parsePeriod(p) || parseSubPeriod(p));
    return { parts: rest.length ? rest : parts, unit };
  });
  // 「1-6月」 or 「地区生产总值」 over 「绝对值 | 增长%」: the value word says only that the column holds the figure of what is above.
  for (const col of noLatin) {
    const last = col.parts[col.parts.length - 1];
    // (数量 stays: 行政复议 over 数量 is 行政复议数量.)
    if (col.parts.length > 1 && headerWord(last) === 'value' && !/^(数量|amount)$/i.test(last.trim())) col.parts = col.parts.slice(0, -1);
    // 年份 over 2019 | 2020 (a pivot's column field, a merged 年度): the word names the axis, not an indicator.
    if (col.parts.length > 1) col.parts = col.parts.filter((p, i) => !(headerWord(p) === 'period' && col.parts.slice(i + 1).some((q) => parsePeriod(q) || parseSubPeriod(q))));
  }
  const distinct = (cols: { parts: string[] }[]) => new Set(cols.filter((c) => c.parts.length).map((c) => c.parts.join('\u0001'))).size;
  const n = distinct(asWritten);
  return distinct(noLatin) === n ? noLatin : distinct(noUnits) === n ? noUnits : asWritten;
}

/** A bare unit that names often end with (人次, 件, 人, 元): part of the name unless in parentheses. */
function canEndName(part: string): boolean {
  const t = part.trim();
  return !/^[(（]/.test(t) && !/[万亿千百%‰]|[a-z]/i.test(t);
}

/** Names that are whole measures already: 医院数, 生产总值, 收入, 比重, 面积. */
const MEASURE_NAME_RE = /(数|额|量|率|值|入|出|比|重|积|度|长|口)$/;

/** Gdp0101, Pop0101, A01: letters then digits. */
const CODE_RE = /^[A-Za-z]{1,8}[_-]?\d{1,8}[A-Za-z]?$/;
/** One English word in small letters (Industry): a translation; GDP, CPI in capitals may be the name. */
const WORD_RE = /^[A-Za-z][a-z]+$/;
/** Two or more English words: a translation. */
const PHRASE_RE = /^[A-Za-z][A-Za-z.,'&()-]*(?:\s+[A-Za-z.,'&()-]+)+$/;
