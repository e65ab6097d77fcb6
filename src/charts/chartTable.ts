import type { MessageKey } from '../i18n/zh-CN';
import { a1 } from '../domain/a1';
import { indicatorLabel, selectPoints, type ChartContext } from './chartContext';
import { periodLabel } from '../domain/parsePeriod';
import type { ChartSpec } from './chartSpec';

/**
 * The plotted numbers as a table: regions down, periods across; for a rate, its numerator
 * and denominator beside each value; then where each number came from.
 */
export function chartTable(spec: ChartSpec, ctx: ChartContext): { name: string; rows: (string | number | null)[][] }[] {
  const ids = [spec.indicator, ...(spec.kind === 'scatter' && spec.indicator2 ? [spec.indicator2] : []), ...(spec.kind === 'grouped-bar' ? spec.also ?? [] : [])];
  return ids.map((id, k) => {
    const sel = selectPoints(spec, ctx, id);
    const rate = !!sel.indicator.numerator;
    const by = new Map(sel.points.map((p) => [`${p.region}\u0001${p.period}`, p]));
    const periods = sel.periods.filter((p) => sel.points.some((x) => x.period === p));
    const header: string[] = [ctx.t('obs.region')];
    for (const p of periods) {
      header.push(periodLabel(p));
      if (rate) header.push(`${periodLabel(p)} ${ctx.t('table.numerator')}`, `${periodLabel(p)} ${ctx.t('table.denominator')}`);
    }
    const rows: (string | number | null)[][] = [
      [indicatorLabel(ctx, sel.indicator) + (sel.indicator.unit ? ` (${sel.indicator.unit})` : '')],
      header,
    ];
    for (const region of sel.regions) {
      const row: (string | number | null)[] = [region];
      for (const p of periods) {
        const v = by.get(`${region}\u0001${p}`);
        row.push(v ? Number(v.value.toPrecision(12)) : null);
        if (rate) row.push(v?.numerator ?? null, v?.denominator ?? null);
      }
      rows.push(row);
    }
    rows.push([]);
    rows.push([ctx.t('table.sources')]);
    for (const p of sel.points) {
      for (const s of p.sources) rows.push([p.region, periodLabel(p.period), ctx.t(`table.role.${s.role}` as MessageKey), ctx.files.get(s.importId) ?? '', `${s.sheet}!${a1(s.row, s.col)}`]);
    }
    return { name: `${k + 1}`.padStart(2, '0') + ' ' + sel.indicator.name.slice(0, 25), rows };
  });
}
