import { selectPoints, type ChartContext } from './chartContext';
import type { ChartSpec } from './chartSpec';

/** The files a chart's numbers come from (the source line at the foot of a slide). */
export function chartSources(spec: ChartSpec, ctx: ChartContext): string[] {
  const ids = [spec.indicator, ...(spec.indicator2 ? [spec.indicator2] : []), ...(spec.also ?? [])];
  const files = new Set<string>();
  for (const id of ids) {
    for (const p of selectPoints(spec, ctx, id).points) for (const s of p.sources) files.add(ctx.files.get(s.importId) ?? '');
  }
  files.delete('');
  return [...files].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
