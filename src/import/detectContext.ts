import { findPeriodInText } from '../domain/parsePeriod';
import { indicatorKey, type IndicatorIndex } from '../domain/matchIndicator';
import { isAggregateRegion, regionKey, type RegionIndex } from '../domain/matchRegion';
import { splitHeaderUnit } from '../domain/splitHeaderUnit';
import type { SheetContext } from './detection';
import { cellText, type RawSheet } from './rawSheet';

const GENERIC_SHEET = /^(sheet|工作表|表|页)\s*\d*$/i;
const LEADING_PLACE_RE = /^([\u4e00-\u9fff]{1,10}?(?:自治区|自治州|特别行政区|省|市|区|县|盟|旗))/;

function texts(sheet: RawSheet, r: number): string[] {
  return (sheet.rows[r] ?? []).map((c) => cellText(c)).filter(Boolean);
}

function firstText(sheet: RawSheet, r: number): string {
  const row = sheet.rows[r] ?? [];
  for (const cell of row) {
    const t = cellText(cell);
    if (t) return t;
  }
  return '';
}

/** The longest known indicator name or alias inside a text (a title such as 「2018年各市行政复议纠错率」). */
function indicatorInText(text: string, index: IndicatorIndex): string {
  const compact = indicatorKey(text);
  let best = '';
  let bestLen = 0;
  for (const [key, id] of index) {
    if (key.length > bestLen && key.length >= 3 && compact.includes(key)) {
      best = id;
      bestLen = key.length;
    }
  }
  return best;
}

/**
 * What the sheet says about itself around the table: its period (sheet name, then
 * title rows, then file name — in that order of trust), the NBS 「指标:名称(单位)」
 * line, a 「单位:件」 row, and an indicator or region named by the sheet or title.
 */
export function detectContext(
  sheet: RawSheet,
  fileName: string,
  titleRows: number[],
  metaRows: number[],
  indicators: IndicatorIndex,
  regions: RegionIndex,
): SheetContext & { nbs: boolean } {
  const ctx: SheetContext & { nbs: boolean } = { period: null, periodSource: null, indicator: '', region: '', unit: '', nbs: false };
  for (const t of metaRows.flatMap((r) => texts(sheet, r))) {
    const m = /^(数据库|指标|时间|单位|计量单位)\s*[:：]\s*(.*)$/.exec(t);
    if (!m) continue;
    if (m[1] === '数据库') ctx.nbs = true;
    else if (m[1] === '指标') {
      const { name, unit } = splitHeaderUnit(m[2]);
      ctx.indicator = name;
      if (unit) ctx.unit = unit;
      ctx.nbs = true;
    } else if (m[1] === '单位' || m[1] === '计量单位') {
      const units = m[2].split(/[、,，;；/\s]+/).filter(Boolean);
      if (units.length === 1) ctx.unit = units[0];
    }
  }
  const titles = titleRows.map((r) => firstText(sheet, r)).filter(Boolean);
  const sheetName = GENERIC_SHEET.test(sheet.name.trim()) ? '' : sheet.name.trim();
  const baseName = fileName.replace(/\.[^.]+$/, '');

  const fromSheet = sheetName ? findPeriodInText(sheetName) : null;
  const fromTitle = titles.map(findPeriodInText).find(Boolean) ?? null;
  const fromFile = findPeriodInText(baseName);
  if (fromSheet) [ctx.period, ctx.periodSource] = [fromSheet, 'sheet'];
  else if (fromTitle) [ctx.period, ctx.periodSource] = [fromTitle, 'title'];
  else if (fromFile) [ctx.period, ctx.periodSource] = [fromFile, 'file'];

  if (!ctx.indicator) {
    for (const text of [sheetName, ...titles, baseName]) {
      const id = text ? indicatorInText(text, indicators) : '';
      if (id) {
        ctx.indicator = id;
        break;
      }
    }
  }
  for (const text of [sheetName, ...titles, baseName]) {
    if (!text) continue;
    const key = regionKey(text.replace(/\d{4}.*$/, ''));
    if (regions.has(key)) {
      ctx.region = regions.get(key)!;
      break;
    }
  }
  if (!ctx.region && /^[\u4e00-\u9fff]{1,12}(省|市|区|县|州|盟|旗)$/.test(sheetName)) ctx.region = sheetName;
  // 「兰州市历年法治政府建设指标」: a title or file name that opens with a place names the region.
  if (!ctx.region) {
    for (const text of [...titles, baseName]) {
      const m = LEADING_PLACE_RE.exec(text);
      if (m && !isAggregateRegion(m[1]) && !/^[各全本我该]/.test(m[1])) {
        ctx.region = m[1];
        break;
      }
    }
  }
  return ctx;
}
