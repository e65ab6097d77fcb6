import { a1 } from '../domain/a1';
import { cellKey } from '../domain/cube';
import type { ObsColumns } from './obsColumns';

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
  const { keys, space } = numericKeys(sheets.map((s) => s.obs));
  // Each key's first cell, as sheet × 2^25 + row of the sheet's columns (MAX_CELLS < 2^25).
  const seen = firstSeen(keys.reduce((n, k) => n + k.length, 0), space);
  const collisions: Collision[] = [];
  let total = 0;
  sheets.forEach((sh, s) => {
    const o = sh.obs;
    const sheetKeys = keys[s];
    for (let i = 0; i < o.value.length; i++) {
      const key = sheetKeys[i];
      const prev = seen(key, s * SHEET_STRIDE + i);
      if (prev < 0) continue;
      total++;
      if (collisions.length >= MAX_COLLISIONS) continue;
      const ps = Math.floor(prev / SHEET_STRIDE);
      const pi = prev - ps * SHEET_STRIDE;
      const p = sheets[ps];
      const po = p.obs;
      const cause = ps !== s ? 'repeated-sheet' : po.row[pi] === o.row[i] ? 'header-rows' : 'repeated-row';
      collisions.push({
        region: o.region[i],
        indicator: o.indicator[i],
        period: o.period[i],
        first: { sheet: p.index, sheetName: p.name, cell: a1(po.row[pi], po.col[pi]), value: po.value[pi] },
        second: { sheet: sh.index, sheetName: sh.name, cell: a1(o.row[i], o.col[i]), value: o.value[i] },
        cause,
      });
    }
  });
  return { collisions, total };
}

const SHEET_STRIDE = 2 ** 25;
/** Keys a direct table is kept for at most (64 MB). */
const DIRECT_KEYS = 2 ** 23;

/**
 * A set of keys, each with the first place it was seen: `seen(key, at)` records `at` for a new key
 * and answers -1, else answers the first place. Numeric keys go in an open-addressed table of typed
 * arrays: a Map of a million numbers cost ~300 ms of the review of a wide sheet; string keys in a Map.
 */
function firstSeen(n: number, space: number): (key: number | string, at: number) => number {
  // Keys that fill most of their range (a wide sheet: a key per place × indicator, in order) index
  // a table of their own: no hashing, and read in order rather than at random.
  if (space <= Math.min(4 * n, DIRECT_KEYS)) {
    const firstAt = new Float64Array(space).fill(-1);
    return (key, at) => {
      const k = key as number;
      const prev = firstAt[k];
      if (prev < 0) firstAt[k] = at;
      return prev;
    };
  }
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Float64Array(size).fill(-1);
  const slotAt = new Float64Array(size);
  const strings = new Map<string, number>();
  return (key, at) => {
    if (typeof key === 'string') {
      const prev = strings.get(key);
      if (prev === undefined) strings.set(key, at);
      return prev ?? -1;
    }
    // Keys are integers in [0, 2^53): mix both halves so that keys differing only high spread.
    let h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = slotKey[slot];
      if (k === key) return slotAt[slot];
      if (k === -1) {
        slotKey[slot] = key;
        slotAt[slot] = at;
        return -1;
      }
    }
  };
}

/**
 * One number per observation for its region + indicator + period, equal exactly when the three
 * are: a string key per observation (a million of them) cost seconds and hundreds of MB. Where
 * the product of the distinct counts would not fit a double exactly, the cell keys are used.
 */
export function numericKeys(sheets: readonly ObsColumns[]): { keys: (ArrayLike<number> | readonly string[])[]; space: number } {
  const regions = new Map<string, number>();
  const indicators = new Map<string, number>();
  const periods = new Map<number, number>();
  // Each column's last key and id: a row of a wide sheet is one place and period, a long table's
  // rows run in blocks of one indicator and period, so most observations repeat the one before.
  const ids = <K>(m: Map<K, number>) => {
    let last: K | undefined;
    let lastId = -1;
    return (k: K) => {
      if (k === last) return lastId;
      let id = m.get(k);
      if (id === undefined) m.set(k, (id = m.size));
      [last, lastId] = [k, id];
      return id;
    };
  };
  const parts = sheets.map((o) => {
    const n = o.value.length;
    const r = new Uint32Array(n);
    const ind = new Uint32Array(n);
    const p = new Uint32Array(n);
    const [regionId, indicatorId, periodId] = [ids(regions), ids(indicators), ids(periods)];
    for (let i = 0; i < n; i++) {
      r[i] = regionId(o.region[i]);
      ind[i] = indicatorId(o.indicator[i]);
      p[i] = periodId(o.period[i]);
    }
    return { r, ind, p };
  });
  const nI = indicators.size;
  const nP = periods.size;
  const space = regions.size * nI * nP;
  if (space > Number.MAX_SAFE_INTEGER) {
    return { keys: sheets.map((o) => Array.from(o.value, (_, i) => cellKey(o.region[i], o.indicator[i], o.period[i]))), space: Infinity };
  }
  const keys = parts.map(({ r, ind, p }) => {
    const k = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++) k[i] = (r[i] * nI + ind[i]) * nP + p[i];
    return k;
  });
  return { keys, space };
}
