import { cellKey, type Cube } from '../domain/cube';

/** Where an edit's values sit in the grid: the row each (region, indicator, period) was on when it was edited. */
export interface Placement {
  importId: string;
  at: ReadonlyMap<string, number>;
}

/**
 * The grid's rows with each edited value kept on the row it was edited on, as in a
 * spreadsheet (a fresh query would list it last, or at its new place in the sort). Positions
 * are those of the final list, so the placed values are merged in by position. One pass over
 * the cube and one over the rows: a million rows cost milliseconds.
 */
export function placeRows(cube: Cube, rows: Int32Array, placements: readonly Placement[]): Int32Array {
  if (!placements.length || !rows.length) return rows;
  const byImport = new Int32Array(cube.imports.length).fill(-1);
  placements.forEach((p, k) => {
    const imp = cube.imports.indexOf(p.importId);
    if (imp >= 0) byImport[imp] = k;
  });
  // Observation → wanted position, for the placed imports' values.
  const wanted = new Map<number, number>();
  const importIdx = cube.importIdx;
  for (let i = 0; i < cube.n; i++) {
    const k = byImport[importIdx[i]];
    if (k === undefined || k < 0) continue;
    const pos = placements[k].at.get(cellKey(cube.regionOf(i), cube.indicatorOf(i), cube.periodOf(i)));
    if (pos !== undefined) wanted.set(i, pos);
  }
  if (!wanted.size) return rows;
  // The placed values' positions in `rows` (a typed test before the map: a million rows, a
  // handful placed); the rest is moved by block copies, not value by value.
  const from: number[] = [];
  const moved: [number, number][] = [];
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    if (byImport[importIdx[i]] < 0) continue;
    const pos = wanted.get(i);
    if (pos === undefined) continue;
    from.push(j);
    moved.push([pos, i]);
  }
  if (!moved.length) return rows;
  moved.sort((a, b) => a[0] - b[0]);
  // The other rows are copied in runs between the placed ones' old positions (`from`, ascending).
  const out = new Int32Array(rows.length);
  let k = 0;
  let src = 0;
  let f = 0;
  let restLeft = rows.length - from.length;
  const copyRest = (count: number) => {
    restLeft -= count;
    while (count > 0) {
      const runEnd = f < from.length ? from[f] : rows.length;
      if (src === runEnd) {
        src++;
        f++;
        continue;
      }
      const take = Math.min(count, runEnd - src);
      out.set(rows.subarray(src, src + take), k);
      k += take;
      src += take;
      count -= take;
    }
  };
  for (const [pos, i] of moved) {
    copyRest(Math.min(Math.max(pos - k, 0), restLeft));
    out[k++] = i;
  }
  copyRest(restLeft);
  return out;
}
