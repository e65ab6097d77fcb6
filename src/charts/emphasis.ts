import type { ChartContext } from './chartContext';
import type { SpecBase } from './chartSpecTypes';
import { regionColors } from './regionColors';

/** Whether a spec highlights some regions (then the others are drawn muted). */
export function hasHighlight(spec: Pick<SpecBase, 'highlight'>): boolean {
  return !!spec.highlight?.length;
}

/** A region drawn muted: the spec highlights others. */
export function isDimmed(spec: Pick<SpecBase, 'highlight'>, region: string): boolean {
  return hasHighlight(spec) && !spec.highlight!.includes(region);
}

/**
 * The colour of each region in a chart: distinct colours (regionColors), or with a highlight,
 * the highlighted region in the theme's accent (several keep their own distinct colours) and
 * every other region in the theme's muted grey. Every kind paints regions through this.
 */
export function regionPaint(spec: Pick<SpecBase, 'highlight'>, ctx: Pick<ChartContext, 'cube' | 'theme'>, regions: readonly string[]): Map<string, string> {
  const colors = regionColors(regions, ctx.cube.regions, ctx.theme);
  if (!hasHighlight(spec)) return colors;
  const lit = regions.filter((r) => spec.highlight!.includes(r));
  const out = new Map<string, string>();
  for (const r of regions) out.set(r, !lit.includes(r) ? ctx.theme.dim : lit.length === 1 ? ctx.theme.accent : colors.get(r)!);
  return out;
}

/** Text colour of a region's label: muted beside a highlight. */
export function labelColor(spec: Pick<SpecBase, 'highlight'>, ctx: Pick<ChartContext, 'theme'>, region: string): string {
  return isDimmed(spec, region) ? ctx.theme.muted : ctx.theme.text;
}
