import type { Cube } from '../domain/cube';
import { periodAxis, periodEndYear } from '../domain/parsePeriod';
import { indicatorValues, type ValuePoint } from '../domain/indicatorValues';
import type { Indicator, Region } from '../domain/model';
import type { MessageKey } from '../i18n/zh-CN';
import type { RegionSelection } from './chartSpecTypes';
import type { ChartTheme } from './chartTheme';
import { regionColors } from './regionColors';
import { compareZh } from '../domain/compareZh';

/** Everything a chart is built from; buildChartOption is a pure function of this and the spec. */
export interface ChartContext {
  cube: Cube;
  indicators: ReadonlyMap<string, Indicator>;
  regions: ReadonlyMap<string, Region>;
  /** Import id → file name, for "where does this number come from". */
  files: ReadonlyMap<string, string>;
  theme: ChartTheme;
  lang: 'zh-CN' | 'en';
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /**
   * More words for the foot line (a slide's note), after the chart's notes and source line
   * (chartWords); a 「数据来源：…」 part of it is dropped, the chart's own source replaces it.
   */
  footnote?: string;
  /** false: no foot line in the chart (the caller shows notes and source in its own chrome). */
  foot?: boolean;
  /** Saved region groups: id → region names. */
  regionGroups?: ReadonlyMap<string, readonly string[]>;
}

/** Whether a region (by name) is in a selection; null = every region is. */
export function regionFilter(r: RegionSelection, ctx: Pick<ChartContext, 'regions' | 'regionGroups'>): ((name: string) => boolean) | null {
  switch (r.mode) {
    case 'all':
      return null;
    case 'list': {
      const ids = new Set(r.ids);
      return (name) => ids.has(name);
    }
    case 'group': {
      const ids = new Set(ctx.regionGroups?.get(r.group) ?? []);
      return (name) => ids.has(name);
    }
    case 'level':
      return (name) => (ctx.regions.get(name)?.level ?? '') === r.level;
  }
}

export interface Selection {
  indicator: Indicator;
  points: ValuePoint[];
  /** Regions with a value, by name. */
  regions: string[];
  /** Period keys on the axis, by end year then start; years without data fill the gaps. */
  periods: number[];
  /** A distinct colour for each of `regions` (see regionColors); kinds paint through emphasis.ts. */
  colors: Map<string, string>;
}

export function indicatorOf(ctx: ChartContext, id: string): Indicator {
  return ctx.indicators.get(id) ?? { id, name: id, nameEn: '', unit: '', category: '', aliases: [] };
}

export function indicatorLabel(ctx: ChartContext, ind: Indicator): string {
  return ctx.lang === 'en' && ind.nameEn ? ind.nameEn : ind.name;
}

const endYear = periodEndYear;

/**
 * Which points a chart reads: every spec is one (a spec with a `period`, the ranked bar's,
 * keeps that period only, unless it is null).
 */
export interface PointScope {
  regions: RegionSelection;
  from: number | null;
  to: number | null;
  period?: number | null;
}

/** Every region and period. */
export const ALL_POINTS: PointScope = { regions: { mode: 'all' }, from: null, to: null };

interface Remembered {
  indicator: Indicator;
  regions: ChartContext['regions'];
  regionGroups: ChartContext['regionGroups'];
  theme: ChartTheme;
  selection: Selection;
}

/** Selections per cube, most recent last: one chart asks for the same points for its option, words and pickers. */
const remembered = new WeakMap<Cube, Map<string, Remembered>>();
const REMEMBERED_PER_CUBE = 16;

/**
 * The points of one indicator that a scope's regions and years select. The same question of
 * the same cube and catalog is answered once (read-only: callers never change a selection).
 */
export function selectPoints(scope: PointScope, ctx: ChartContext, indicatorId: string): Selection {
  const indicator = indicatorOf(ctx, indicatorId);
  const key = JSON.stringify([indicatorId, scope.regions, scope.from, scope.to, scope.period ?? null]);
  let forCube = remembered.get(ctx.cube);
  if (!forCube) remembered.set(ctx.cube, (forCube = new Map()));
  const hit = forCube.get(key);
  if (hit && hit.indicator === indicator && hit.regions === ctx.regions && hit.regionGroups === ctx.regionGroups && hit.theme === ctx.theme) {
    forCube.delete(key);
    forCube.set(key, hit);
    return hit.selection;
  }
  const selection = computeSelection(scope, ctx, indicator);
  forCube.delete(key);
  forCube.set(key, { indicator, regions: ctx.regions, regionGroups: ctx.regionGroups, theme: ctx.theme, selection });
  if (forCube.size > REMEMBERED_PER_CUBE) forCube.delete(forCube.keys().next().value!);
  return selection;
}

function computeSelection(scope: PointScope, ctx: ChartContext, indicator: Indicator): Selection {
  const { cube } = ctx;
  const inSelection = regionFilter(scope.regions, ctx);
  // Filter on cube indices first, so a chart of five regions never builds 30,000 points.
  const regionOk = inSelection && Uint8Array.from(cube.regions, (name) => Number(inSelection(name)));
  const only = scope.period ?? null;
  const keep = (i: number) => {
    if (regionOk && !regionOk[cube.region[i]]) return false;
    const p = cube.period[i];
    if (only !== null && p !== only) return false;
    return (scope.from === null || endYear(p) >= scope.from) && (scope.to === null || endYear(p) <= scope.to);
  };
  const points = indicatorValues(cube, indicator, keep);
  const regions = [...new Set(points.map((p) => p.region))].sort(compareZh);
  // Missing years (or months, quarters) are gaps on the axis, not squeezed out; a span sits at its end year.
  const periods = periodAxis(points.map((p) => p.period));
  return { indicator, points, regions, periods, colors: regionColors(regions, ctx.cube.regions, ctx.theme) };
}
