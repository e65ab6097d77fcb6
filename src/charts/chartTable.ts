import { sourceLabel } from '../domain/reportSource';
import { periodLabel } from '../domain/parsePeriod';
import { indicatorLabel, type ChartContext, type PointScope } from './chartContext';
import { specIndicators } from './chartKinds';
import type { ChartSpec } from './chartSpec';
import { pivotTable } from './pivotTable';

export type Sheet = { name: string; rows: (string | number | null)[][] };

/**
 * The plotted numbers as a table, one sheet per indicator the chart reads (its registry
 * entry says which): regions down, periods across; for a rate, its numerator and
 * denominator beside each value; then where each number came from.
 */
export function chartTable(spec: ChartSpec, ctx: ChartContext): Sheet[] {
  return indicatorSheets(ctx, specIndicators(spec), spec);
}

/** The sheets of some indicators over a scope (the pivot's export: one indicator, everything). */
export function indicatorSheets(ctx: ChartContext, ids: readonly string[], scope?: PointScope): Sheet[] {
  return ids.map((id, k) => {
    const table = pivotTable(ctx, id, scope);
    const { rate, periods } = table;
    const header: string[] = [ctx.t('obs.region')];
    for (const p of periods) {
      header.push(periodLabel(p));
      if (rate) header.push(`${periodLabel(p)} ${ctx.t('table.numerator')}`, `${periodLabel(p)} ${ctx.t('table.denominator')}`);
    }
    const rows: (string | number | null)[][] = [
      [indicatorLabel(ctx, table.indicator) + (table.indicator.unit ? ` (${table.indicator.unit})` : '')],
      header,
    ];
    for (const { region, cells } of table.rows) {
      const row: (string | number | null)[] = [region];
      for (const v of cells) {
        row.push(v ? Number(v.value.toPrecision(12)) : null);
        if (rate) row.push(...(v?.origin === 'computed' ? [v.numerator, v.denominator] : [null, null]));
      }
      rows.push(row);
    }
    rows.push([]);
    rows.push([ctx.t('table.sources')]);
    for (const p of table.points) {
      for (const s of p.sources) rows.push([p.region, periodLabel(p.period), ctx.t(`table.role.${s.role}`), ctx.files.get(s.importId) ?? '', sourceLabel(s.sheet, s.row, s.col, (paragraph, offset) => ctx.t('data.sourceText', { paragraph, offset })), s.raw]);
    }
    return { name: `${k + 1}`.padStart(2, '0') + ' ' + table.indicator.name.slice(0, 25), rows };
  });
}
