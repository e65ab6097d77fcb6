// A report's region and period, from its title (a line among the first ones that names a report
// and a year), else from its text, else from its file name: 「兰州市2014年依法行政工作情况汇报」 →
// 兰州市, 2014; 「第一部分:2011—2015年工作总结」 → 2011—2015; 「兰州市司法局关于2023年…」 → 兰州市.
import type { Period } from '../../domain/model';
import { findPeriodInText } from '../../domain/parsePeriod';
import type { SegmentedReport } from './segmentReport';
import type { HeaderSource } from './types';

export interface ReportHeader {
  title: string;
  region: string;
  period: Period | null;
  regionSource: HeaderSource;
  periodSource: HeaderSource;
}

const REPORT_WORD = /报告|汇报|总结|工作情况|工作要点|白皮书|年报|述职/;
const PLACE_SUFFIX = '(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟)';
const PLACE_AT_START = new RegExp(`^([\\u4e00-\\u9fff]{2,10}?${PLACE_SUFFIX})`);
/** Not places: 全市, 我区, 城区, 市区… */
const NOT_PLACE = /^(?:全|我|本|各|该|城|市|辖|社|地|小|郊|示范|试点|经济|开发|新区|园区)/;
const PLACE_IN_TITLE_MARKS = new RegExp(`《([\\u4e00-\\u9fff]{2,8}?${PLACE_SUFFIX})`, 'g');
const PLACE_BEFORE_BODY = new RegExp(`([\\u4e00-\\u9fff]{2,6}?${PLACE_SUFFIX})(?=人民政府|政府|司法局|法制办)`, 'g');

function placeAtStart(text: string): string {
  const t = text
    .replace(/^[《“"「\s]+/, '')
    .replace(/^第[一二三四五六七八九十]+部分[:：]?/, '')
    .replace(/^(?:\d{4}\s*年度?|\d{4}\s*[-—–~]\s*\d{4}\s*年?)/, '')
    .replace(/^关于/, '');
  const m = PLACE_AT_START.exec(t);
  return m && !NOT_PLACE.test(m[1]) ? m[1] : '';
}

function titleScore(line: string): number {
  if (line.length > 80) return 0;
  return (REPORT_WORD.test(line) ? 2 : 0) + (findPeriodInText(line) ? 2 : 0) + (placeAtStart(line) ? 1 : 0) + (line.length <= 60 ? 1 : 0);
}

/** The place the text names most in 《…》 titles of its own rules and as 「X市人民政府」. */
function placeInText(norm: string): string {
  const score = new Map<string, number>();
  const add = (name: string, w: number) => {
    if (!NOT_PLACE.test(name) && name !== '中华人民共和国') score.set(name, (score.get(name) ?? 0) + w);
  };
  for (const m of norm.matchAll(PLACE_IN_TITLE_MARKS)) add(m[1], 2);
  for (const m of norm.matchAll(PLACE_BEFORE_BODY)) add(m[1], 1);
  let best = '';
  let bestScore = 1;
  for (const [name, s] of score) if (s > bestScore) [best, bestScore] = [name, s];
  return best;
}

export function readReportHeader(seg: SegmentedReport, fileName = ''): ReportHeader {
  const { norm, paragraphs } = seg;
  // The title: the best-scoring of the first lines (web pages put menus above it).
  let title = '';
  let best = 2;
  for (const p of paragraphs.slice(0, 15)) {
    const line = norm.slice(p.start, p.end).replace(/[|\s]+$/, '');
    const s = titleScore(line);
    if (s > best) [title, best] = [line, s];
  }
  let region = placeAtStart(title);
  let regionSource: HeaderSource = region ? 'title' : null;
  let period = title ? findPeriodInText(title) : null;
  let periodSource: HeaderSource = period ? 'title' : null;
  if (!region) {
    region = placeInText(norm);
    if (region) regionSource = 'text';
  }
  if (!period) {
    // The first body line that names one period: 「2018年以来,我区…」.
    for (const p of paragraphs.slice(0, 20)) {
      const found = findPeriodInText(norm.slice(p.start, Math.min(p.end, p.start + 60)));
      if (found) {
        period = found;
        periodSource = 'text';
        break;
      }
    }
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  if (!region && base) {
    region = placeAtStart(base);
    if (region) regionSource = 'file';
  }
  if (!period && base) {
    period = findPeriodInText(base);
    if (period) periodSource = 'file';
  }
  return { title, region, period, regionSource, periodSource };
}
