import { a1, parseA1 } from '../domain/a1';
import { cellKey } from '../domain/cube';
import { splitCellKey } from '../domain/cellKey';
import { packBlock, type BlockRows } from './toBlocks';
import { SKIP_REASONS, type BackupData, type ImportRecord, type Indicator, type Qualifier, type Region, type RegionGroup, type SavedChart, type SavedDeck } from '../domain/model';
import { isOneOf } from '../domain/isOneOf';
import { parsePeriod, periodKey, periodLabel } from '../domain/parsePeriod';
import { QUALIFIERS, qualifierIndex } from '../domain/qualifiers';
import { sparseText } from '../domain/model';
import { parseValue } from '../domain/parseValue';
import { parseChartSpec } from '../charts/chartSpec';
import { CELL_TEXT_LIMIT, cellText, type RawSheet, type RawWorkbook } from './rawSheet';

// The backup workbook contract (DESIGN.md): sheet names and the leading header cells are
// fixed; columns after them and the extra sheets carry what an exact restore also needs.
export const BACKUP_SHEETS = {
  observations: { name: '观测值', header: ['地区', '指标', '期间', '数值', '单位', '限定', '原文', '来源文件', '工作表', '单元格', '导入编号'] },
  indicators: { name: '指标', header: ['指标', '英文名', '单位', '分类', '别名', '分子', '分母'], extra: ['合并到', '内置'] },
  regions: { name: '地区', header: ['地区', '别名', '级别', '上级'], extra: ['合并到'] },
  imports: { name: '导入记录', header: ['导入编号', '文件', 'SHA-256', '导入时间', '布局', '导入条数', '跳过条数'], extra: ['示例数据'] },
  charts: { name: '图表', header: ['名称', '定义'], extra: ['编号', '创建时间', '修改时间'] },
  decks: { name: '演示', header: ['编号', '名称', '定义', '创建时间', '修改时间'] },
  skips: { name: '跳过明细', header: ['导入编号', '工作表', '单元格', '原因', '原文'] },
  pins: { name: '冲突选择', header: ['地区', '指标', '期间', '采用导入编号'] },
  /** One row per member (a group without members: one row with 地区 empty), so names are kept exactly. */
  regionGroups: { name: '地区分组', header: ['编号', '名称', '地区', '创建时间'] },
} as const;

const REQUIRED = ['observations', 'indicators', 'regions', 'imports', 'charts'] as const;
const iso = (ms: number) => new Date(ms).toISOString();

/** The whole state as workbook sheets, in a stable order (same state → same workbook). */
export function backupSheets(data: BackupData): { name: string; rows: unknown[][]; colWidths?: number[] }[] {
  const S = BACKUP_SHEETS;
  const order = new Map([...data.imports].sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id)).map((imp, i) => [imp.id, i]));
  const byId = new Map(data.imports.map((i) => [i.id, i]));
  const blocks = [...data.blocks].sort(
    (a, b) => (order.get(a.importId) ?? 0) - (order.get(b.importId) ?? 0) || a.sheet.localeCompare(b.sheet) || a.indicator.localeCompare(b.indicator),
  );
  const obs: unknown[][] = [[...S.observations.header]];
  for (const b of blocks) {
    const imp = byId.get(b.importId);
    for (let i = 0; i < b.values.length; i++) {
      obs.push([
        imp?.regions[b.regions[i]] ?? '',
        b.indicator,
        periodLabel(b.periods[i]),
        b.values[i],
        sparseText(b.unitRows, b.unitTexts, i, b.unit),
        QUALIFIERS[b.qualifiers[i]],
        sparseText(b.rawRows, b.rawTexts, i),
        imp?.fileName ?? '',
        b.sheet,
        a1(b.rows[i], b.cols[i]),
        b.importId,
      ]);
    }
  }
  const sortById = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return [
    { name: S.observations.name, rows: obs, colWidths: [14, 26, 12, 12, 6, 6, 16, 24, 12, 8, 18] },
    {
      name: S.indicators.name,
      rows: [[...S.indicators.header, ...S.indicators.extra], ...sortById(data.indicators).map((i) => [i.name, i.nameEn, i.unit, i.category, i.aliases.join(';'), i.numerator ?? '', i.denominator ?? '', i.mergedInto ?? '', i.builtin ? '是' : ''])],
      colWidths: [26, 30, 6, 10, 30, 22, 22, 22, 6],
    },
    {
      name: S.regions.name,
      rows: [[...S.regions.header, ...S.regions.extra], ...sortById(data.regions).map((r) => [r.name, r.aliases.join(';'), r.level, r.parent, r.mergedInto ?? ''])],
      colWidths: [16, 24, 10, 12, 16],
    },
    {
      name: S.imports.name,
      rows: [
        [...S.imports.header, ...S.imports.extra],
        ...[...data.imports].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map((i) => [i.id, i.fileName, i.sha256, iso(i.importedAt), i.layout, i.taken, i.skipped, i.sample ? '是' : '']),
      ],
      colWidths: [18, 28, 20, 24, 20, 10, 10, 8],
    },
    {
      name: S.charts.name,
      rows: [[...S.charts.header, ...S.charts.extra], ...sortById(data.charts).map((c) => [c.name, JSON.stringify(c.spec), c.id, iso(c.createdAt), iso(c.updatedAt)])],
      colWidths: [24, 80, 18, 24, 24],
    },
    {
      name: S.decks.name,
      rows: [[...S.decks.header], ...sortById(data.decks).map((d) => [d.id, d.name, JSON.stringify(d.slides), iso(d.createdAt), iso(d.updatedAt)])],
      colWidths: [18, 24, 80, 24, 24],
    },
    {
      name: S.skips.name,
      rows: [[...S.skips.header], ...data.imports.flatMap((i) => i.skips.map((k) => [i.id, k.sheet, k.cell, k.reason, k.raw ?? '']))],
      colWidths: [18, 16, 8, 14, 30],
    },
    {
      name: S.pins.name,
      rows: [
        [...S.pins.header],
        ...[...data.pins].sort((a, b) => a[0].localeCompare(b[0])).map(([key, importId]) => {
          const { region, indicator, period } = splitCellKey(key);
          return [region, indicator, periodLabel(period), importId];
        }),
      ],
      colWidths: [16, 26, 12, 18],
    },
    {
      name: S.regionGroups.name,
      rows: [[...S.regionGroups.header], ...sortById(data.regionGroups ?? []).flatMap((g) => (g.regions.length ? g.regions : ['']).map((r) => [g.id, g.name, r, iso(g.createdAt)]))],
      colWidths: [18, 24, 16, 24],
    },
  ];
}

/** 地区分组 rows → groups (members in row order); undefined when the sheet is absent (an older backup). */
function groupsOf(sheet: RawSheet | undefined): RegionGroup[] | undefined {
  if (!sheet) return undefined;
  const S = BACKUP_SHEETS.regionGroups;
  const [header = [], ...rows] = rowsOf(sheet);
  if (S.header.some((h, i) => header[i] !== h)) throw new Damaged(`${S.name} 表头`);
  const groups = new Map<string, RegionGroup>();
  rows.forEach((r, k) => {
    if (!r.some(Boolean)) return;
    const [id, name, region, created] = r;
    if (!id) throw new Damaged(`${S.name} 第 ${k + 2} 行 编号为空`);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, name, regions: [], createdAt: time(created, `${S.name} 第 ${k + 2} 行 创建时间`) }));
    else if (g.name !== name) throw new Damaged(`${S.name} 第 ${k + 2} 行 编号 “${id.slice(0, 40)}” 重复`);
    if (region && !g.regions.includes(region)) g.regions.push(region);
  });
  return [...groups.values()];
}

export type BackupParse = { ok: true; data: BackupData } | { ok: false; reason: 'not-backup' | 'damaged'; detail: string };

class Damaged extends Error {}

function rowsOf(sheet: RawSheet): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < sheet.nRows; r++) {
    const row = sheet.rows[r] ?? [];
    out.push(Array.from({ length: sheet.nCols }, (_, c) => cellText(row[c])));
  }
  return out;
}

/** An A1 reference as the app writes it (parseA1), else the backup is damaged. */
function cellRef(ref: string, where: string): { row: number; col: number } {
  const at = parseA1(ref);
  if (!at) throw new Damaged(`${where} 单元格 “${ref.slice(0, 20)}” 不是有效的 A1 引用`);
  return at;
}

const LIMIT_TEXT = CELL_TEXT_LIMIT.toLocaleString('en');

/** Nesting deeper than any definition the app writes (a ChartSpec is 3 levels, a slide list 2). */
const MAX_JSON_DEPTH = 8;

/** True when the JSON text nests deeper than `max` (checked before parsing: deep nesting overflows the stack). */
function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > max) return true;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return false;
}

function json(text: string, where: string): unknown {
  if (text.length >= CELL_TEXT_LIMIT) throw new Damaged(`${where} 定义超过 ${LIMIT_TEXT} 个字符`);
  if (nestsDeeper(text, MAX_JSON_DEPTH)) throw new Damaged(`${where} 定义嵌套超过 ${MAX_JSON_DEPTH} 层`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Damaged(`${where} 定义不是有效的 JSON`);
  }
}

/**
 * A 数值 cell: a plain decimal number, by parseValue's rules with nothing around it (no unit,
 * no qualifier — those have their own columns); `0x10`, `Infinity`, `57项` are refused.
 */
function backupValue(text: string, where: string): number {
  // An empty 数值 is a value cleared by hand (a removal, stored as NaN): it supersedes what was there.
  if (text === '') return Number.NaN;
  const parsed = parseValue(text);
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) || !parsed.ok || parsed.unit || parsed.qualifier) {
    throw new Damaged(`${where} 数值 “${text.slice(0, 20)}” 不是数字`);
  }
  return Number(text);
}

/** A count column (导入条数, 跳过条数). */
function count(text: string, where: string): number {
  if (!/^\d{1,12}$/.test(text)) throw new Damaged(`${where} “${text.slice(0, 20)}” 不是条数`);
  return Number(text);
}

/** Ids of one sheet, each once. */
function uniqueIds(ids: string[], sheet: string): void {
  const seen = new Set<string>();
  ids.forEach((id, k) => {
    if (!id) throw new Damaged(`${sheet} 第 ${k + 2} 行 编号为空`);
    if (seen.has(id)) throw new Damaged(`${sheet} 第 ${k + 2} 行 编号 “${id.slice(0, 40)}” 重复`);
    seen.add(id);
  });
}

const time = (text: string, what: string) => {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw new Damaged(`${what}: ${text}`);
  return ms;
};

/**
 * A backup workbook → state, checked all the way: every contract sheet and header, every
 * observation's period, number and import. Anything off → refused whole, nothing applied.
 */
export function parseBackup(wb: RawWorkbook): BackupParse {
  const S = BACKUP_SHEETS;
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  for (const key of REQUIRED) {
    const sheet = sheets.get(S[key].name);
    const header = sheet ? rowsOf(sheet)[0] ?? [] : [];
    if (!sheet || S[key].header.some((h, i) => header[i] !== h)) {
      return { ok: false, reason: 'not-backup', detail: S[key].name };
    }
  }
  // A backup written by this app never holds a text longer than one cell may: the reader cut it.
  for (const sheet of wb.sheets) {
    const note = sheet.readNotes?.[0];
    if (note) return { ok: false, reason: 'damaged', detail: `${sheet.name} 第 ${note.cell.replace(/^[A-Z]+/, '')} 行 ${note.cell} 文字超过 ${LIMIT_TEXT} 个字符` };
  }
  try {
    const table = (key: keyof typeof S) => {
      const sheet = sheets.get(S[key].name);
      return sheet ? rowsOf(sheet).slice(1).filter((r) => r.some(Boolean)) : [];
    };
    const importRows = table('imports');
    uniqueIds(importRows.map((r) => r[0]), S.imports.name);
    const imports: ImportRecord[] = importRows.map((r, k) => ({
      id: r[0], fileName: r[1], sha256: r[2], importedAt: time(r[3], `${S.imports.name} 第 ${k + 2} 行 导入时间`), layout: r[4],
      taken: count(r[5], `${S.imports.name} 第 ${k + 2} 行 导入条数`), skipped: count(r[6], `${S.imports.name} 第 ${k + 2} 行 跳过条数`),
      skips: [], regions: [], ...(r[7] === '是' ? { sample: true } : {}),
    }));
    const importById = new Map(imports.map((i) => [i.id, i]));
    table('skips').forEach((r, k) => {
      const reason = r[3];
      if (!isOneOf(SKIP_REASONS, reason)) throw new Damaged(`${S.skips.name} 第 ${k + 2} 行 原因 “${reason.slice(0, 20)}” 无法识别`);
      importById.get(r[0])?.skips.push({ sheet: r[1], cell: r[2], reason, raw: r[4] });
    });

    // Observations → blocks, one per import × sheet × indicator, in file order.
    type Acc = { sheet: string; indicator: string; importId: string; regions: number[]; rows: BlockRows & { period: number[]; value: number[]; qualifier: number[]; row: number[]; col: number[]; raw: string[]; unit: string[] } };
    const acc = new Map<string, Acc>();
    const regionIdx = new Map<string, Map<string, number>>();
    const obsRows = table('observations');
    for (let k = 0; k < obsRows.length; k++) {
      const [region, indicator, periodText, valueText, unit, qual, raw, , sheet, cell, importId] = obsRows[k];
      const where = `${S.observations.name} 第 ${k + 2} 行`;
      const imp = importById.get(importId);
      const period = parsePeriod(periodText);
      if (!imp) throw new Damaged(`${where} 导入编号不在导入记录中`);
      if (!region || !indicator) throw new Damaged(`${where} 缺少地区或指标`);
      if (!period) throw new Damaged(`${where} 期间 “${periodText.slice(0, 20)}” 无法识别`);
      const value = backupValue(valueText, where);
      if (!(QUALIFIERS as readonly string[]).includes(qual)) throw new Damaged(`${where} 限定`);
      const { row, col } = cellRef(cell, where);
      const key = `${importId}\u0001${sheet}\u0001${indicator}`;
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { sheet, indicator, importId, regions: [], rows: { period: [], value: [], qualifier: [], row: [], col: [], raw: [], unit: [] } }));
      let names = regionIdx.get(importId);
      if (!names) regionIdx.set(importId, (names = new Map()));
      let ri = names.get(region);
      if (ri === undefined) {
        names.set(region, (ri = names.size));
        imp.regions.push(region);
      }
      a.regions.push(ri);
      a.rows.period.push(periodKey(period));
      a.rows.value.push(value);
      a.rows.qualifier.push(qualifierIndex(qual as Qualifier));
      a.rows.row.push(row);
      a.rows.col.push(col);
      a.rows.raw.push(raw);
      a.rows.unit.push(unit);
    }
    const blocks = [...acc.values()].map((a) => ({
      importId: a.importId,
      ...packBlock(a.sheet, a.indicator, a.rows, Uint32Array.from(a.regions.keys()), (i) => a.regions[i]),
    }));

    const list = (text: string) => text.split(/[;；]/).map((x) => x.trim()).filter(Boolean);
    const indicatorRows = table('indicators');
    uniqueIds(indicatorRows.map((r) => r[0]), S.indicators.name);
    const indicators: Indicator[] = indicatorRows.map((r) => ({
      id: r[0], name: r[0], nameEn: r[1], unit: r[2], category: r[3], aliases: list(r[4]),
      ...(r[5] && r[6] ? { numerator: r[5], denominator: r[6] } : {}),
      ...(r[7] ? { mergedInto: r[7] } : {}),
      ...(r[8] === '是' ? { builtin: true } : {}),
    }));
    const regionRows = table('regions');
    uniqueIds(regionRows.map((r) => r[0]), S.regions.name);
    const regions: Region[] = regionRows.map((r) => ({ id: r[0], name: r[0], aliases: list(r[1]), level: r[2], parent: r[3], ...(r[4] ? { mergedInto: r[4] } : {}) }));
    const chartRows = table('charts');
    uniqueIds(chartRows.map((r, k) => r[2] || `c-restored-${k + 1}`), S.charts.name);
    const charts: SavedChart[] = chartRows.map((r, k) => {
      const where = `${S.charts.name} 第 ${k + 2} 行`;
      // The same check as a chart the app reads back from storage; what is stored is what it returns.
      const spec = parseChartSpec(json(r[1], where));
      if (!spec) throw new Damaged(`${where} 定义不是有效的图表(类型或指标无效)`);
      return { id: r[2] || `c-restored-${k + 1}`, name: r[0], spec, createdAt: r[3] ? time(r[3], `${where} 创建时间`) : 0, updatedAt: r[4] ? time(r[4], `${where} 修改时间`) : 0 };
    });
    const deckRows = table('decks');
    uniqueIds(deckRows.map((r) => r[0]), S.decks.name);
    const decks: SavedDeck[] = deckRows.map((r, k) => {
      const where = `${S.decks.name} 第 ${k + 2} 行`;
      const slides = json(r[2], where);
      if (!Array.isArray(slides)) throw new Damaged(`${where} 定义不是幻灯片列表`);
      return {
        id: r[0], name: r[1], createdAt: time(r[3], `${where} 创建时间`), updatedAt: time(r[4], `${where} 修改时间`),
        slides: slides.map((x: unknown, j) => {
          const s = x as Record<string, unknown> | null;
          const text = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : null);
          const title = text(s?.title);
          const note = text(s?.note);
          if (!s || typeof s !== 'object' || Array.isArray(s) || typeof s.chartId !== 'string' || !s.chartId || title === null || note === null) {
            throw new Damaged(`${where} 第 ${j + 1} 张幻灯片无效`);
          }
          return { chartId: s.chartId, title, note };
        }),
      };
    });
    const pins: [string, string][] = table('pins').map((r, k) => {
      const p = parsePeriod(r[2]);
      if (!p || !importById.has(r[3])) throw new Damaged(`${S.pins.name} 第 ${k + 2} 行`);
      return [cellKey(r[0], r[1], periodKey(p)), r[3]];
    });
    const taken = new Map<string, number>();
    for (const b of blocks) taken.set(b.importId, (taken.get(b.importId) ?? 0) + b.values.length);
    for (const i of imports) if ((taken.get(i.id) ?? 0) !== i.taken) throw new Damaged(`${S.imports.name} ${i.id} 导入条数`);
    const regionGroups = groupsOf(sheets.get(S.regionGroups.name));
    return { ok: true, data: { imports, blocks, indicators, regions, charts, decks, pins, ...(regionGroups ? { regionGroups } : {}) } };
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, reason: 'damaged', detail: e.message };
    throw e;
  }
}
