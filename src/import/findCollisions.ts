import { a1 } from '../domain/a1';
import { cellKey } from '../domain/cube';
import type { ObsColumns } from './normalizeSheet';

/** Two cells of one file that would store the same region + indicator + period. */
export interface Collision {
  region: string;
  indicator: string;
  period: number;
  /** [sheet index, sheet name, A1 cell, value] of the first and the second cell. */
  first: { sheet: number; sheetName: string; cell: string; value: number };
  second: { sheet: number; sheetName: string; cell: string; value: number };
  /**
   * Why it likely happened: two columns of one row read as one indicator (a header of two
   * rows read as one), or the same place written on two rows (or two sheets).
   */
  cause: CollisionCause;
}

/** Why two cells collide, in the order the review lists them (each has its `import.collisionCause.*` text). */
export const COLLISION_CAUSES = ['header-rows', 'repeated-row', 'repeated-sheet'] as const;
export type CollisionCause = (typeof COLLISION_CAUSES)[number];

export const MAX_COLLISIONS = 200;

/**
 * Collisions among the observations of a file's sheets. Never one value silently over
 * another: the review lists them, with both cells, before anything is stored.
 */
export function findCollisions(sheets: readonly { index: number; name: string; obs: ObsColumns }[]): { collisions: Collision[]; total: number } {
  const seen = new Map<string, { s: number; i: number }>();
  const collisions: Collision[] = [];
  let total = 0;
  sheets.forEach((sh, s) => {
    const o = sh.obs;
    for (let i = 0; i < o.value.length; i++) {
      const key = cellKey(o.region[i], o.indicator[i], o.period[i]);
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, { s, i });
        continue;
      }
      total++;
      if (collisions.length >= MAX_COLLISIONS) continue;
      const p = sheets[prev.s];
      const po = p.obs;
      const cause = prev.s !== s ? 'repeated-sheet' : po.row[prev.i] === o.row[i] ? 'header-rows' : 'repeated-row';
      collisions.push({
        region: o.region[i],
        indicator: o.indicator[i],
        period: o.period[i],
        first: { sheet: p.index, sheetName: p.name, cell: a1(po.row[prev.i], po.col[prev.i]), value: po.value[prev.i] },
        second: { sheet: sh.index, sheetName: sh.name, cell: a1(o.row[i], o.col[i]), value: o.value[i] },
        cause,
      });
    }
  });
  return { collisions, total };
}
