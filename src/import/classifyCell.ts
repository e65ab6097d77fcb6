import { parsePeriod } from '../domain/parsePeriod';
import { isYearLike, parseValue, type ValueResult } from '../domain/parseValue';
import type { Qualifier } from '../domain/model';
import { cellText, type RawCell } from './rawSheet';

export type CellKind = 'empty' | 'number' | 'missing' | 'text' | 'error';

/** Rough kind of a cell, for detecting a table's shape. */
export function classifyCell(cell: RawCell | undefined): CellKind {
  if (!cell || cell.t === 'z') return 'empty';
  if (cell.t === 'e') return 'error';
  if (cell.t === 'n') return 'number';
  if (cell.t === 'b' || cell.t === 'd') return 'text';
  if (cell.t === 's' && !Number.isNaN(plainCellNumber(cell))) return 'number';
  const text = cellText(cell);
  if (!text) return 'empty';
  if (PLAIN_NUMBER_RE.test(text)) return 'number';
  if (EXCEL_ERROR_RE.test(text)) return 'error';
  const r = parseValue(text);
  // 「2019(亿元)」 heads a column (a value cell of 2000(万元) is still read as 2000 万元).
  if (r.ok) return isYearLike(r.value) && /^[(（]/.test(r.unit) ? 'text' : 'number';
  return r.reason === 'missing' ? 'missing' : 'text';
}

/** A header or label cell that names a period (2014, 2014年, 2011—2015, 十三五). */
export function cellPeriod(cell: RawCell | undefined) {
  if (!cell) return null;
  if (cell.t === 'n' && typeof cell.v === 'number') return parsePeriod(cell.v);
  return parsePeriod(cellText(cell));
}

/** BIFF error codes, for error cells read without their display text. */
const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

const PLAIN_NUMBER_RE = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** Error values as CSV exports write them. */
const EXCEL_ERROR_RE = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!)$/;

/**
 * The number of a cell whose raw text would add nothing to it, else NaN: a number read without
 * display text, or a text that is a plain decimal written as JavaScript writes it (most cells of
 * a CSV). The common cell of a million is told without a result object or a regex of parseValue.
 */
export function plainCellNumber(cell: RawCell): number {
  const v = cell.v;
  if (cell.t === 'n') {
    // Its raw text would be the number written out (a million String(v) for a dense sheet).
    return typeof v === 'number' && cell.w === undefined && Number.isFinite(v) && !(typeof cell.z === 'string' && cell.z.includes('%')) ? v : NaN;
  }
  if (cell.t !== 's' || typeof v !== 'string' || (cell.w !== undefined && cell.w !== v)) return NaN;
  return writesItself(v) ? Number(v) : NaN;
}

/**
 * A decimal JavaScript writes back as the same text: at most 15 characters, no padding zeros
 * (01, 1.50), not -0 and not 0.00000x (written with an exponent). A scan, not two regexes: it
 * is asked of every cell of a CSV.
 */
export function writesItself(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  const i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  const first = text.charCodeAt(i);
  if (first < 48 || first > 57) return false;
  if (first === 48 && i + 1 === n) return i === 0;
  if (first === 48 && text.charCodeAt(i + 1) !== 46) return false;
  let dot = -1;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 46 && dot < 0) dot = j;
    else if (c < 48 || c > 57) return false;
  }
  if (dot < 0) return true;
  if (dot === n - 1 || text.charCodeAt(n - 1) === 48) return false;
  return !(first === 48 && text.startsWith('00000', dot + 1));
}

/**
 * Whether `raw` is exactly how JavaScript writes `value` (then the raw text adds nothing), mostly
 * told without turning a million numbers into text.
 */
export function writesNumber(raw: string, value: number): boolean {
  return writesItself(raw) ? Number(raw) === value : raw === String(value);
}

export type CellValue =
  | { ok: true; value: number; unit: string; qualifier: Qualifier; raw: string }
  | { ok: false; reason: 'missing' | 'not-number' | 'error' | 'boolean' | 'date'; raw: string };

/**
 * A value cell → number, unit, qualifier and raw text. Numeric cells are taken as Excel
 * holds them (a formula's cached value); a percent-formatted cell is a percentage
 * (0.173 shown as 17.3% → 17.3 %). Text goes through parseValue. `raw` is '' where the
 * cell's text is only its number.
 */
export function readCellValue(cell: RawCell | undefined): CellValue {
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return { ok: false, reason: 'missing', raw: '' };
  const plain = plainCellNumber(cell);
  if (plain === plain) return { ok: true, value: plain, unit: '', qualifier: '', raw: '' };
  const raw = cellText(cell);
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (!Number.isFinite(v)) return { ok: false, reason: 'not-number', raw };
      const fmt = typeof cell.z === 'string' ? cell.z : '';
      if (fmt.includes('%') && !/"[^"]*%[^"]*"/.test(fmt)) {
        const pct = Number((v * 100).toPrecision(15));
        return { ok: true, value: pct, unit: '%', qualifier: '', raw: cell.w ?? `${pct}%` };
      }
      return { ok: true, value: v, unit: '', qualifier: '', raw };
    }
    case 'e':
      return { ok: false, reason: 'error', raw: cell.w ?? ERROR_CODES[cell.v as number] ?? '#ERR' };
    case 'b':
      return { ok: false, reason: 'boolean', raw };
    case 'd':
      return { ok: false, reason: 'date', raw };
    default: {
      // A plain decimal (most of a CSV) is what parseValue would make of it, without its regexes.
      if (PLAIN_NUMBER_RE.test(raw)) return { ok: true, value: Number(raw), unit: '', qualifier: '', raw };
      if (EXCEL_ERROR_RE.test(raw)) return { ok: false, reason: 'error', raw };
      const r: ValueResult = parseValue(raw);
      return r.ok ? { ...r, raw } : { ok: false, reason: r.reason, raw };
    }
  }
}
