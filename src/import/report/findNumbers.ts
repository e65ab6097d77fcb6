// Every number a report writes, with its value by DESIGN.md's value table (parseValue), and the
// numbers that are names rather than values: years and dates, ordinals (第四轮), document numbers
// (〔2016〕25号), codes (S1线, “2+5+N”), anything in quotes or title marks (“七五”普法, “五张清单”),
// and Chinese numerals inside a phrase (五张清单制度, 两法衔接, 六件政府规章).
import type { Qualifier } from '../../domain/model';
import { parseValue } from '../../domain/parseValue';
import type { SegmentedReport } from './segmentReport';

export interface NumberToken {
  start: number;
  end: number;
  /** As written (normalised): `2600余项`. */
  raw: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Why this is a name, not a value; '' for a value. */
  name: '' | 'year' | 'date' | 'ordinal' | 'code' | 'quoted' | 'phrase';
  quoted: boolean;
  aside: boolean;
  chinese: boolean;
}

/** Units a figure may carry in these reports, longest first. */
export const UNITS = [
  '个百分点', '平方公里', '平方米', '人次', '件次', '场次', '班次', '轮次', '户次', '万元', '亿元', '小时',
  '%', '‰', '人', '名', '件', '起', '宗', '项', '个', '家', '次', '场', '期', '班', '条', '份', '卷', '本', '张', '册', '篇',
  '户', '所', '批', '类', '轮', '天', '日', '月', '年', '号', '笔', '辆', '部', '支', '座', '处', '位', '种', '套', '台', '问',
  '届', '岁', '周', '元', '亩', '吨', '万', '亿',
];
const UNIT_SRC = UNITS.filter((u) => u !== '万' && u !== '亿').join('|');

const CN = '[零〇一二两三四五六七八九十百千万亿]+';
const AR = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
const TOKEN_RE = new RegExp(
  `(约|近|大约)?(${AR}|${CN})(余|多)?((?:[千百](?![克米瓦]))?[万亿]?)(余|多)?(左右|以上)?(${UNIT_SRC})?(左右|以上|余)?`,
  'g',
);
const CJK = /[\u4e00-\u9fff]/;
const DATE_UNITS = new Set(['月', '日', '号']);

export function findNumbers(seg: SegmentedReport): NumberToken[] {
  const { norm, quoted, aside } = seg;
  const out: NumberToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(norm); m; m = TOKEN_RE.exec(norm)) {
    const [whole, pre = '', num, q1 = '', mult = '', q2 = '', q3 = '', unit = '', q4 = ''] = m;
    const chinese = !/^\d/.test(num);
    const start = m.index;
    const end = start + whole.length;
    // A Chinese run inside a word (统一, 万众) is no number; 近 before 十年 is part of the phrase.
    if (chinese && !unit) continue;
    const core = pre + num + q1 + mult + q2 + q3 + unit;
    const parsed = parseValue(core);
    if (!parsed.ok) continue;
    const qualifier = (parsed.qualifier || (q4 === '余' ? '余' : q4) || '') as Qualifier;
    const before = norm[start - 1] ?? '';
    const after = norm[end] ?? '';
    const after2 = norm[end + 1] ?? '';
    let name: NumberToken['name'] = '';
    const y = parsed.value;
    const yearLike = !chinese && /^\d{4}$/.test(num) && y >= 1900 && y <= 2100;
    if (before === '第' || before === '首') name = 'ordinal';
    else if (!chinese && (/[A-Za-z]/.test(before) || (!unit && /[A-Za-z]/.test(after)))) name = 'code';
    else if (!chinese && (/[\d.:/]/.test(before) || (!unit && /[.:/]/.test(after) && /\d/.test(after2)))) name = 'date';
    else if (!chinese && (before === '+' || after === '+')) name = 'code';
    else if (yearLike && (unit === '年' || (!unit && /^\s*年/.test(norm.slice(end, end + 3))) || /[-—–~～至]/.test(after) || /[-—–~～]/.test(before) || (!unit && /[)〕\]】]/.test(after))))
      name = 'year';
    else if (!chinese && /[-—–~～]/.test(before) && /\d/.test(norm[start - 2] ?? '')) name = 'date';
    else if (DATE_UNITS.has(unit) || (unit === '年' && !chinese)) name = 'date';
    else if (quoted[start]) name = 'quoted';
    else if (chinese && (y === 1 || CJK.test(after))) name = 'phrase';
    else if (!chinese && !unit && !mult && CJK.test(after) && !/[余多]/.test(after)) name = 'code';
    // 「1.加强组织领导」「2、完善制度」「(3)」: list markers.
    else if (!chinese && !unit && !mult && /^\d{1,2}$/.test(num) && /[.、)]/.test(after) && !/\d/.test(after2)) name = 'ordinal';
    out.push({
      start,
      end,
      raw: norm.slice(start, end),
      value: parsed.value,
      unit: parsed.unit || unit,
      qualifier,
      name,
      quoted: quoted[start] === 1,
      aside: aside[start] === 1,
      chinese,
    });
  }
  return out;
}
