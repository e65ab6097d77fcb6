import { selectPoints, type ChartContext } from './chartContext';
import { specIndicators } from './chartKinds';
import type { ChartSpec } from './chartSpec';

/** The files a chart's numbers come from (the source line at the foot of a slide), over every indicator it reads. */
export function chartSources(spec: ChartSpec, ctx: ChartContext): string[] {
  const files = new Set<string>();
  for (const id of specIndicators(spec)) {
    for (const p of selectPoints(spec, ctx, id).points) for (const s of p.sources) files.add(ctx.files.get(s.importId) ?? '');
  }
  files.delete('');
  return [...files].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
