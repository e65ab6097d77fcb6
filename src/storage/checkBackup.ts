import { parseChartSpec } from '../charts/chartSpec';
import type { BackupData } from '../domain/model';

/** A backup whose records would not pass the app's own checks: refused before any write. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

/** Longest JSON a chart definition may take: Excel's cell limit, the most a backup can hold. */
const MAX_SPEC_JSON = 32_767;

const isText = (x: unknown): x is string => typeof x === 'string';
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

function unique(sheet: string, ids: unknown[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!isText(id) || !id) throw new BackupRefused(`${sheet}: 编号为空`);
    if (seen.has(id)) throw new BackupRefused(`${sheet}: 编号 ${id} 重复`);
    seen.add(id);
  }
}

/**
 * Every record of a backup through the checks the app's own writes satisfy: unique ids,
 * chart definitions that parseChartSpec accepts (stored as it returns them), deck slides of
 * text, finite values, region indices within their import. Throws BackupRefused naming the
 * sheet, the record and the reason; returns the data with chart specs normalised.
 */
export function checkBackup(data: BackupData): BackupData {
  unique('导入记录', data.imports.map((i) => i.id));
  unique('指标', data.indicators.map((i) => i.id));
  unique('地区', data.regions.map((r) => r.id));
  unique('图表', data.charts.map((c) => c.id));
  unique('演示', data.decks.map((d) => d.id));
  const imports = new Map(data.imports.map((i) => [i.id, i]));
  for (const i of data.imports) {
    if (!isTime(i.importedAt) || !Number.isInteger(i.taken) || i.taken < 0 || !Number.isInteger(i.skipped) || i.skipped < 0) {
      throw new BackupRefused(`导入记录 ${i.id}: 时间或条数无效`);
    }
  }
  for (const b of data.blocks) {
    const imp = imports.get(b.importId);
    if (!imp) throw new BackupRefused(`观测值: 导入编号 ${b.importId} 不在导入记录中`);
    const n = b.values.length;
    if ([b.regions, b.periods, b.qualifiers, b.rows, b.cols].some((a) => a.length !== n)) throw new BackupRefused(`观测值 ${b.importId} ${b.indicator}: 列长度不一致`);
    for (let k = 0; k < n; k++) {
      // NaN is a value cleared by hand (a removal); anything else must be a number.
      if (!Number.isFinite(b.values[k]) && !Number.isNaN(b.values[k])) throw new BackupRefused(`观测值 ${b.importId} ${b.indicator} 第 ${k + 1} 个: 数值无效`);
      if (b.regions[k] >= imp.regions.length) throw new BackupRefused(`观测值 ${b.importId} ${b.indicator} 第 ${k + 1} 个: 地区无效`);
    }
  }
  const charts = data.charts.map((c) => {
    let size = 0;
    try {
      size = JSON.stringify(c.spec)?.length ?? 0;
    } catch {
      size = Infinity;
    }
    const spec = size <= MAX_SPEC_JSON ? parseChartSpec(c.spec) : null;
    if (!spec || !isText(c.name) || !isTime(c.createdAt) || !isTime(c.updatedAt)) throw new BackupRefused(`图表 ${c.id}: 定义不是有效的图表`);
    return { ...c, spec };
  });
  for (const d of data.decks) {
    const ok = isText(d.name) && isTime(d.createdAt) && isTime(d.updatedAt) && Array.isArray(d.slides)
      && d.slides.every((s) => !!s && typeof s === 'object' && isText(s.chartId) && !!s.chartId && isText(s.title) && isText(s.note));
    if (!ok) throw new BackupRefused(`演示 ${d.id}: 幻灯片列表无效`);
  }
  unique('地区分组', (data.regionGroups ?? []).map((g) => g.id));
  for (const g of data.regionGroups ?? []) {
    if (!isText(g.name) || !g.name.trim() || !isTime(g.createdAt) || !Array.isArray(g.regions) || !g.regions.every(isText)) throw new BackupRefused(`地区分组 ${g.id}: 名称或地区无效`);
  }
  return { ...data, charts };
}
