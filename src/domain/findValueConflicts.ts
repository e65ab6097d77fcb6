import { cellKey, type Cube } from './cube';
import { compareZh } from './compareZh';

export interface ValueConflict {
  key: string;
  region: string;
  indicator: string;
  period: number;
  /** One option per stored value for this cell, oldest import first (then in stored order). */
  options: { importId: string; value: number; index: number }[];
  /** Import whose value is in force now. */
  chosen: string;
  /** Observation index of the value in force. */
  chosenIndex: number;
}

/** A value a commit brings that differs from the value in force before it arrived. */
export interface Conflict {
  region: string;
  indicator: string;
  period: number;
  previous: number;
  previousImport: string;
  value: number;
}

/**
 * Cells (region, indicator, period) for which different stored values exist: the conflicts an
 * analyst settles in 数据 → 冲突. The cube has already applied the catalog's merges and the
 * pins, so a merged indicator's values meet their canonical indicator's here. Identical
 * re-imports are not conflicts. With `touching`, only cells holding a value of those imports.
 */
export function findValueConflicts(cube: Cube, touching?: ReadonlySet<string>): ValueConflict[] {
  const nReg = Math.max(1, cube.regions.length);
  const keyOf = (i: number) => (cube.indicator[i] * nReg + cube.region[i]) * 1e8 + cube.period[i];
  let wanted: Set<number> | null = null;
  if (touching) {
    wanted = new Set();
    const ranks = new Set([...touching].map((id) => cube.imports.indexOf(id)).filter((k) => k >= 0));
    for (let i = 0; i < cube.n; i++) if (cube.region[i] >= 0 && ranks.has(cube.importIdx[i])) wanted.add(keyOf(i));
  }
  const byKey = new Map<number, number[]>();
  for (let i = 0; i < cube.n; i++) {
    if (cube.region[i] < 0) continue;
    const key = keyOf(i);
    if (wanted && !wanted.has(key)) continue;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const out: ValueConflict[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const values = new Set(list.map((i) => cube.value[i]));
    if (values.size < 2) continue;
    const i0 = list[0];
    const region = cube.regions[cube.region[i0]];
    const indicator = cube.indicators[cube.indicator[i0]];
    const options = [...list].sort((a, b) => cube.importIdx[a] - cube.importIdx[b]).map((i) => ({ importId: cube.imports[cube.importIdx[i]], value: cube.value[i], index: i }));
    const winner = list.find((i) => cube.effective[i]) ?? i0;
    out.push({ key: cellKey(region, indicator, cube.period[i0]), region, indicator, period: cube.period[i0], options, chosen: cube.imports[cube.importIdx[winner]], chosenIndex: winner });
  }
  return out.sort((a, b) => compareZh(a.indicator, b.indicator) || compareZh(a.region, b.region) || a.period - b.period);
}

/**
 * The conflicts a commit reports, from the same engine as 数据 → 冲突: over a cube of the
 * stored values plus the `incoming` imports (the newest), each incoming value that differs
 * from the value in force among the stored ones — the pinned one, else the latest.
 */
export function findIncomingConflicts(cube: Cube, incoming: ReadonlySet<string>): Conflict[] {
  const out: Conflict[] = [];
  for (const c of findValueConflicts(cube, incoming)) {
    const stored = c.options.filter((o) => !incoming.has(o.importId));
    if (!stored.length) continue;
    // A pin can only name a stored import: if the winner is incoming, no pin held, so the latest stored one was in force.
    const previous = stored.find((o) => o.index === c.chosenIndex) ?? stored[stored.length - 1];
    for (const o of c.options) {
      if (incoming.has(o.importId) && o.value !== previous.value) {
        out.push({ region: c.region, indicator: c.indicator, period: c.period, previous: previous.value, previousImport: previous.importId, value: o.value });
      }
    }
  }
  return out;
}
