import { selectPoints, type ChartContext } from './chartContext';
import type { ShownValues } from './chartKindDef';
import { kindOf } from './chartKinds';
import type { ChartSpec } from './chartSpecTypes';

/** What a spec's chart draws: its kind's own answer, else every selected value of its indicators. */
export function shownValues(spec: ChartSpec, ctx: ChartContext): ShownValues {
  const def = kindOf(spec);
  if (def.shown) return def.shown(spec, ctx);
  const ids = def.indicators(spec);
  const rate = ids.some((id) => ctx.indicators.get(id)?.numerator);
  return { points: ids.flatMap((id) => selectPoints(spec, ctx, id).points), sums: rate && spec.average === true };
}
