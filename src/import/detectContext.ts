import { findPeriodInText } from '../domain/parsePeriod';
import { EXACT, exactKey, indicatorKey, type IndicatorIndex } from '../domain/matchIndicator';
import { isAggregateRegion, isNation, matchRegion, isKnownRegion, type RegionIndex } from '../domain/matchRegion';
import { splitHeaderUnit } from '../domain/splitHeaderUnit';
import { compactSpaces } from '../domain/compactSpaces';
import { normalizeText } from '../domain/normalizeText';
import { stripListMark } from '../domain/stripListMark';
import type { ContextSource, SheetContext } from './detection';
import { metaLine, splitMetaTexts } from './metaLine';
import { cellText, firstCellText, type RawSheet } from './rawSheet';

// Names that say nothing about a table's content (Sheet1, 新建 Microsoft Excel 工作表, 导出数据, 附件2, 表一).
const GENERIC_NAME = /^(sheet|book|工作簿|工作表|新建.*|data|export|download|下载|数据|表格?|table|未命名|untitled|file|temp|tmp|test|导出|导出数据|数据导出|query|result|output|统计表|汇总表|报表|附件|附表|页|汇总|统计|总表|明细|数据表|法治指标)[\s_\-（(]*[\d一二三四五六七八九十]*[)）]?$/i;
const GENERIC_SHEET = GENERIC_NAME;
const GENERIC_FILE = GENERIC_NAME;
/** Scope words before a name: 各省（区、市）, 各地市, 各市州, 各县区 (「全市各县区公证件数」 is 公证件数). */
const SCOPE = '各省(?:份|区|市)?(?:[(（][^)）]*[)）])?|各(?=地区生产总值)|各地区|各地市?|各市州?|各县(?:市)?区?|各区县';
const SCOPE_TEXT_RE = new RegExp(`${SCOPE}|分省|分地区|分市|分县|主要城市|各单位|各部门|各乡镇|各街道`);
/** Scope and address words that open a title or file name (分地区生产总值 keeps the 地区 of its name). */
const SCOPE_RE = new RegExp(`^(关于|全国|全省|全市|全县|全区|${SCOPE}|各单位|各部门|分省|分(?=地区生产总值)|分地区|主要城市|本市|本县|本区|我市|我县|我区)+`);
// A place opens the text: at least two characters before its suffix (分省年度数据 names no place),
// and not a scope word: 各市地区生产总值 and 分地区生产总值 are 地区生产总值 over all places.
const LEADING_PLACE_RE = /^(?!各|分省|分地区|分市|分县)([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|特别行政区|省|市|区|县|盟|旗))/;
// A yearbook's or report's table number before the name: 「3-9 各地区生产总值」「表3-9」「表1 行政复议」.
const TABLE_NUMBER_RE = /^(?:附?表\s*)?(\d{1,2})\s*[-—–－.]\s*(\d{1,3})\s*(?=[^\d\s])|^附?表\s*[\d一二三四五六七八九十]+\s*[:：、.]?\s*/;

/** A period as titles write it: 2019年, 2011—2015年, 2022年1-6月, 2022年第一季度, 2022年上半年. */
const PERIOD_WORDS = '(?:19|20)\\d{2}\\s*(?:年度?|年)?(?:\\s*[-—–~至]\\s*(?:19|20)\\d{2}\\s*年?)?(?:\\s*\\d{1,2}\\s*(?:[-—~]\\s*\\d{1,2})?\\s*月(?:份)?)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度)?';
const PERIOD_WORDS_RE = new RegExp(PERIOD_WORDS, 'g');
const LEADING_PERIOD_RE = new RegExp(`^${PERIOD_WORDS}\\s*`);

/**
 * The place that opens a text, the finest of those written one after another (甘肃省天水市秦州区
 * → 秦州区); '' when none, or a scope (全市, 各县区) or a kind of place (农村地区).
 */
function leadingPlace(text: string): string {
  let place = '';
  for (let rest = text, m = LEADING_PLACE_RE.exec(rest); m; rest = rest.slice(m[1].length), m = LEADING_PLACE_RE.exec(rest)) {
    const name = m[1];
    if (isAggregateRegion(name) || /^[各全本我该分]/.test(name) || /地区$/.test(name) || NOT_A_PLACE_RE.test(name)) break;
    // After a place, only another place's name: short, without the words of a phrase (兰州市主要指标占全省…).
    if (place && (name.length > 8 || PHRASE_WORD_RE.test(name))) break;
    place = name;
  }
  return place;
}
/** Words ending in 区/县/市 that name kinds of area, not one place. */
const NOT_A_PLACE_RE = /^(自治区|自治州|自治县|特别行政区)$|(城区|辖区|景区|老区|园区|社区|小区|开发区|示范区|功能区|保护区|试验区|本级)$/;
const PHRASE_WORD_RE = /[与和及在占按对的等之比较]|主要|重点|中心|革命|经济|技术|周边|指标/;

/** A yearbook's edition (兰州统计年鉴—2023) holds the year before's figures. */
const YEARBOOK_RE = /年鉴\s*[(（]?\s*[-—–－]?\s*((?:19|20)\d{2})\s*[)）]?(?!\s*[-—–~至]?\s*\d)/;

/** The period a title, sheet or file name names. */
function periodNamed(text: string): ReturnType<typeof findPeriodInText> {
  const edition = YEARBOOK_RE.exec(normalizeText(text));
  if (edition) return { start: +edition[1] - 1, end: +edition[1] - 1 };
  return findPeriodInText(text);
}

/** The text without a leading table number; 1-6月 (a run of months) is a period, not one. */
function withoutTableNumber(text: string): string {
  const m = TABLE_NUMBER_RE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return m[1] && /^[月日号季]/.test(rest) && +m[1] <= +m[2] && +m[2] <= 12 ? text : rest;
}
const COPY_MARK_RE = /(\s*[(（]\d+[)）]|\s*[-_ ]?副本(\s*\d+)?|\s*-\s*copy(\s*\d+)?)+$/i;

/** What a title says when it names a whole set of indicators, not one: 法治政府建设主要指标, 依法行政工作. */
const UMBRELLA_RE = /(主要指标|指标|指标体系|工作|情况|数据|统计|汇总|基本情况|进展)$/;

/** A file name's stem as a name: no extension, no 「 (2)」 or 「副本」 copy marks; '' when generic. */
export function fileStem(fileName: string): string {
  const stem = fileName.replace(/\.[^.]{1,5}$/, '').replace(COPY_MARK_RE, '').replace(/^(copy of|副本)\s*/i, '').trim();
  if (GENERIC_FILE.test(stem) || !/[\p{L}]/u.test(stem)) return '';
  // 「全市各县区公证件数」「2020年各地市培训人次」: the scope and period around the name are not the name.
  const bare = withoutTableNumber(stem)
    .replace(/^(?:19|20)\d{2}\s*年度?/, '')
    .replace(LEADING_PLACE_RE, '')
    .replace(SCOPE_RE, '')
    .replace(/(统计表|汇总表|情况表|一览表)$/, '');
  // …unless what is left is no name either (各省份数据-交通和通信 → 数据-…, 分省年度数据 → 年度数据).
  return bare.length >= 2 && !/^(数据|年度|月度|季度)/.test(bare) ? bare : stem;
}

/**
 * What a title names as the sheet's indicator once its period, scope and 「统计表」 are taken
 * away: 「2019年各县区普法宣传情况统计表」 → 普法宣传. '' when nothing is left.
 */
export function titleIndicator(title: string): string {
  const s = withoutTableNumber(compactSpaces(normalizeText(title)))
    .replace(/[(（][^)）]*[)）]$/, '')
    .replace(PERIOD_WORDS_RE, '')
    .replace(/^[(（][^)）]*[)）]/, '')
    .replace(LEADING_PLACE_RE, '')
    .replace(SCOPE_RE, '')
    .replace(/(的)?((基本)?情况)?(统计|汇总|一览|明细|报表|数据)*(表|报表)?$/, '')
    .replace(/^[的之\s:：、,，]+|[的之\s:：、,，]+$/g, '');
  return s.length >= 2 ? s : '';
}

function texts(sheet: RawSheet, r: number): string[] {
  return (sheet.rows[r] ?? []).map((c) => cellText(c)).filter(Boolean);
}

/** A pivot filter's 「(全部)」: every item, so it names nothing. */
const ALL_ITEMS_RE = /^[(（]?(?:全部|多项|all|multiple items)[)）]?$/i;

/** Two cells, a key the meta lines know and its value: 年份 | 2022, 指标 | 培训人次. */
function pivotFilter(cells: string[]): boolean {
  if (cells.length !== 2 || /[:：]/.test(cells[0])) return false;
  const kind = metaLine(`${cells[0]}：${cells[1]}`)?.kind;
  return kind === 'period' || kind === 'region' || kind === 'indicator';
}

/** 「时间：」 in one cell and 「2015年度」 in the next are one line: 「时间：2015年度」. */
function keyValueTexts(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (/^[^:：]{1,10}[:：]\s*$/.test(cells[i]) && i + 1 < cells.length && !/[:：]/.test(cells[i + 1])) {
      out.push(cells[i] + cells[i + 1]);
      i++;
    } else out.push(cells[i]);
  }
  return out;
}

/** The longest known indicator name or alias inside a text (a title such as 「2018年各市行政复议纠错率」). */
function indicatorInText(text: string, index: IndicatorIndex): string {
  // Names written in full first (行政处罚件数 is not 行政处罚事项数, though both shorten to 行政处罚).
  const exact = exactKey(text);
  const loose = indicatorKey(text);
  for (const full of [true, false]) {
    let best = '';
    let bestLen = 0;
    for (const [key, id] of index) {
      if (key.startsWith(EXACT) !== full) continue;
      const k = full ? key.slice(EXACT.length) : key;
      if (k.length > bestLen && k.length >= 3 && (full ? exact : loose).includes(k)) {
        best = id;
        bestLen = k.length;
      }
    }
    if (best) return best;
  }
  return '';
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
): SheetContext & { nbs: boolean; scope: boolean } {
  const ctx: SheetContext & { nbs: boolean; scope: boolean } = {
    period: null, periodSource: null, indicator: '', indicatorSource: null, region: '', regionSource: null, unit: '', nbs: false, scope: false,
  };
  let metaPeriod: SheetContext['period'] = null;
  let office = '';
  // A pivot table's page filters above it (年份 | 2022, 地区 | 兰州市): meta lines in two cells, not titles.
  const filterRows = titleRows.filter((r) => pivotFilter(texts(sheet, r)));
  const lines = [...metaRows.flatMap((r) => keyValueTexts(texts(sheet, r)).flatMap(splitMetaTexts)), ...filterRows.map((r) => texts(sheet, r).join('：'))];
  for (const t of lines) {
    const m = metaLine(t);
    if (!m || ALL_ITEMS_RE.test(m.value)) continue;
    if (m.kind === 'database') ctx.nbs = true;
    else if (m.kind === 'indicator') {
      const { name, unit } = splitHeaderUnit(m.value);
      if (name) [ctx.indicator, ctx.indicatorSource] = [name, 'meta'];
      if (unit) ctx.unit = unit;
      ctx.nbs = true;
    } else if (m.kind === 'region') {
      if (m.value && (!isAggregateRegion(m.value) || isNation(m.value))) [ctx.region, ctx.regionSource] = [matchRegion(regions, m.value).id, 'meta'];
    } else if (m.kind === 'period') {
      // 「时间：2023年」 names the period; 「时间：最近20年」 or an empty line names none.
      metaPeriod ??= findPeriodInText(m.value);
    } else if (m.kind === 'office') office = m.value;
    else if (m.kind === 'unit') {
      const units = m.value.split(/[、,，;；/\s]+/).filter(Boolean);
      if (units.length === 1) ctx.unit = units[0];
    }
  }
  // A later table of a sheet also reads the sheet's title, after its own (see splitStackedTables),
  // unless its own names a wider scope (全省主要经济指标 under 兰州市…): then not for the place.
  const ownTitles = titleRows.filter((r) => !filterRows.includes(r)).map((r) => firstCellText(sheet, r)).filter(Boolean);
  const titles = [...ownTitles, ...(sheet.sheetTitles ?? [])];
  const placeTitles = ownTitles.some((t) => /全[省国市县区]|各/.test(t)) ? ownTitles : titles;
  const sheetName = GENERIC_SHEET.test(sheet.name.trim()) ? '' : sheet.name.trim();
  const baseName = fileName.replace(/\.[^.]+$/, '');

  const fromSheet = sheetName ? periodNamed(sheetName) : null;
  const fromTitle = titles.map(periodNamed).find(Boolean) ?? null;
  const fromFile = periodNamed(baseName);
  // 1—12月 on a form's line is its year; 报告期：2022年12月 (the month a year's cumulative figures close)
  // or 统计时间：2022年12月31日 under a title of 2022 is the title's year, unless the title says 月报.
  if (metaPeriod?.months && !metaPeriod.quarter && metaPeriod.months[0] === 1 && metaPeriod.months[1] === 12) metaPeriod = { start: metaPeriod.start, end: metaPeriod.start };
  const monthly = titles.some((t) => /月报|月度/.test(t));
  if (metaPeriod?.months && metaPeriod.months[0] === 12 && metaPeriod.months[1] === 12 && !monthly && fromTitle && !fromTitle.months && fromTitle.start === metaPeriod.start && fromTitle.end === metaPeriod.start) metaPeriod = null;
  if (fromSheet) [ctx.period, ctx.periodSource] = [fromSheet, 'sheet'];
  else if (metaPeriod) [ctx.period, ctx.periodSource] = [metaPeriod, 'title'];
  else if (fromTitle) [ctx.period, ctx.periodSource] = [fromTitle, 'title'];
  else if (fromFile) [ctx.period, ctx.periodSource] = [fromFile, 'file'];

  // The indicator: a known name inside the sheet name, title or file name; else the title's
  // words, the sheet's name or the file's name as a guess the review shows.
  const named: [string, ContextSource][] = [[sheetName, 'sheet'], ...titles.map((t): [string, ContextSource] => [t, 'title']), [baseName, 'file']];
  if (!ctx.indicator) {
    for (const [text, source] of named) {
      const id = text ? indicatorInText(text, indicators) : '';
      if (id) {
        [ctx.indicator, ctx.indicatorSource] = [id, source];
        break;
      }
    }
  }
  if (!ctx.indicator) {
    // A title line that carries a unit (「法律咨询人次(单位:人次)」) states the indicator.
    const stated = titles.map((t) => splitHeaderUnit(t)).find((x) => x.unit && x.name.length >= 2 && x.name.length <= 30);
    if (stated && !ctx.unit) ctx.unit = stated.unit;
    const title = stated?.name ?? titles.map(titleIndicator).find((t) => t && !UMBRELLA_RE.test(t));
    const stem = fileStem(fileName);
    if (title) [ctx.indicator, ctx.indicatorSource] = [title, 'title'];
    else if (sheetName && !findPeriodInText(sheetName) && !isKnownRegion(regions, sheetName)) [ctx.indicator, ctx.indicatorSource] = [sheetName, 'sheet'];
    else if (stem) [ctx.indicator, ctx.indicatorSource] = [stem, 'file'];
  }
  // 填报单位：榆中县司法局 — the office's place, after the titles'.
  const placeNamed: [string, ContextSource][] = [[sheetName, 'sheet'], ...placeTitles.map((t): [string, ContextSource] => [t, 'title']), ...(office ? [[office, 'meta'] as [string, ContextSource]] : []), [baseName, 'file']];
  if (!ctx.region) {
    for (const [text, source] of placeNamed) {
      if (!text) continue;
      const name = text.replace(/\d{4}.*$/, '');
      if (name && isKnownRegion(regions, name)) {
        [ctx.region, ctx.regionSource] = [matchRegion(regions, name).id, source];
        break;
      }
    }
  }
  if (!ctx.region && /^[\u4e00-\u9fff]{1,12}(省|市|区|县|州|盟|旗)$/.test(sheetName)) [ctx.region, ctx.regionSource] = [sheetName, 'sheet'];
  // 「兰州市历年法治政府建设指标」: a title or file name that opens with a place names the region
  // (农村地区, 贫困地区 name kinds of places, not one).
  if (!ctx.region) {
    for (const [text, source] of placeNamed.slice(1)) {
      // 「2022年1-6月兰州市主要经济指标」: also after the period that opens it, or a table number (表1, 附表2：, 一、).
      const bare = withoutTableNumber(stripListMark(text));
      const place = leadingPlace(bare) || leadingPlace(bare.replace(LEADING_PERIOD_RE, ''));
      if (place) {
        [ctx.region, ctx.regionSource] = [place, source];
        break;
      }
    }
  }
  // 「2022年各县区…」「分地区…」: the table is over several places, whatever place its title names first.
  ctx.scope = named.some(([text]) => SCOPE_TEXT_RE.test(text));
  return ctx;
}
