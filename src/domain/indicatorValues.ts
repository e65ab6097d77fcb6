import type { Cube } from './cube';
import type { Indicator, Qualifier } from './model';

/** What a source cell is to a point (each has its `table.role.*` and `chart.tip.source.*` text). */
export const SOURCE_ROLES = ['value', 'numerator', 'denominator', 'stated'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

export interface SourceRef {
  importId: string;
  sheet: string;
  row: number;
  col: number;
  role: SourceRole;
  /** The cell's text or the report's sentence, where it says more than the number. */
  raw: string;
}

interface PointBase {
  region: string;
  period: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
  sources: SourceRef[];
}

/** A value as imported: a count (stored), or a rate imported with no counts to compute it from (stated). */
export interface StoredPoint extends PointBase {
  origin: 'stored' | 'stated';
  small: false;
  mismatch: false;
}

/** A rate computed from its counts, beside the imported rate where there is one. */
export interface ComputedPoint extends PointBase {
  origin: 'computed';
  numerator: number;
  denominator: number;
  /** The imported rate, where counts also exist. */
  stated?: number;
  /** Fewer than SMALL_DENOMINATOR cases under the rate. */
  small: boolean;
  /** The stated rate differs from its own counts by more than MISMATCH_POINTS. */
  mismatch: boolean;
}

/** One region × period value of an indicator, with everything its tooltip must say. */
export type ValuePoint = StoredPoint | ComputedPoint;

export const SMALL_DENOMINATOR = 10;
export const MISMATCH_POINTS = 0.5;

/** Which observations a chart needs: tested on cube indices before any point is built. */
export type ObservationFilter = (i: number) => boolean;

export function pointKey(region: string, period: number): string {
  return `${region}\u0001${period}`;
}

/** A cleared cell (a removal, NaN) is in force — the grid shows it empty — but has no value to draw. */
function drawable(cube: Cube, i: number, keep?: ObservationFilter): boolean {
  return !Number.isNaN(cube.value[i]) && (!keep || keep(i));
}

function stored(cube: Cube, id: string, keep?: ObservationFilter): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of cube.ofIndicator(id)) if (drawable(cube, i, keep)) out.set(pointKey(cube.regionOf(i), cube.periodOf(i)), i);
  return out;
}

function source(cube: Cube, i: number, role: SourceRef['role'], raw = cube.rawOf(i)): SourceRef {
  // Fields named, not spread: a spread copy cost ~1 µs a point (a chart of 30,000 points).
  const at = cube.sourceOf(i);
  return { importId: at.importId, sheet: at.sheet, row: at.row, col: at.col, role, raw };
}

/**
 * Every value of an indicator, one per region and period. A derived indicator (numerator /
 * denominator × 100) is computed where both counts exist — 0/0 is no data — and an
 * imported rate is kept beside it (flagged when it disagrees), or shown alone, marked as
 * stated, where no counts exist. Stated rates are never discarded.
 */
export function indicatorValues(cube: Cube, indicator: Indicator, keep?: ObservationFilter): ValuePoint[] {
  const derived = !!(indicator.numerator && indicator.denominator);
  // The values in force are one per region and period already: keyed only where counts join them.
  const own: ValuePoint[] = [];
  for (const i of cube.ofIndicator(indicator.id)) {
    if (!drawable(cube, i, keep)) continue;
    const raw = cube.rawOf(i);
    own.push({
      region: cube.regionOf(i),
      period: cube.periodOf(i),
      value: cube.valueOf(i),
      unit: cube.unitOf(i) || indicator.unit,
      qualifier: cube.qualifierOf(i),
      origin: derived ? 'stated' : 'stored',
      small: false,
      mismatch: false,
      raw,
      sources: [source(cube, i, derived ? 'stated' : 'value', raw)],
    });
  }
  const { numerator, denominator } = indicator;
  if (!numerator || !denominator) return own;
  const out = new Map(own.map((p) => [pointKey(p.region, p.period), p]));

  const nums = stored(cube, numerator, keep);
  const dens = stored(cube, denominator, keep);
  for (const [key, ni] of nums) {
    const di = dens.get(key);
    if (di === undefined) continue;
    const n = cube.valueOf(ni);
    const d = cube.valueOf(di);
    if (!(d > 0)) continue; // 0/0 and x/0 are no data
    const value = (n / d) * 100;
    const statedPoint = out.get(key);
    const stated = statedPoint?.value;
    out.set(key, {
      region: cube.regionOf(ni),
      period: cube.periodOf(ni),
      value,
      unit: '%',
      qualifier: '',
      origin: 'computed',
      numerator: n,
      denominator: d,
      ...(stated !== undefined ? { stated } : {}),
      small: d < SMALL_DENOMINATOR,
      mismatch: stated !== undefined && Math.abs(stated - value) > MISMATCH_POINTS,
      raw: statedPoint?.raw ?? '',
      sources: [source(cube, ni, 'numerator'), source(cube, di, 'denominator'), ...(statedPoint?.sources ?? [])],
    });
  }
  return [...out.values()];
}

/**
 * A rate over several regions or periods together: the ratio of the sums of its counts,
 * never the mean of the rates. Points without counts (stated only) cannot join.
 */
export function ratioOfSums(points: Iterable<ValuePoint>): { value: number; numerator: number; denominator: number; count: number } | null {
  let n = 0;
  let d = 0;
  let count = 0;
  for (const p of points) {
    if (p.origin !== 'computed') continue;
    n += p.numerator;
    d += p.denominator;
    count++;
  }
  return d > 0 ? { value: (n / d) * 100, numerator: n, denominator: d, count } : null;
}
