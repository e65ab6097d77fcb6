import { runSliced } from './runSliced';
import { sparseText, type BlockData, type Qualifier } from './model';
import { QUALIFIERS } from './qualifiers';

export interface CubeBlock extends BlockData {
  importId: string;
}

/** An import as the cube needs it: its id, its region list, and when it was made (its rank). */
export interface CubeImport {
  id: string;
  regions: readonly string[];
  importedAt?: number;
}

export interface CubeInput {
  blocks: readonly CubeBlock[];
  /** Imports oldest first (a later import supersedes an earlier one), with their region lists. */
  imports: readonly CubeImport[];
  /** Merged indicator/region id → the id it now counts as. */
  indicatorAlias?: ReadonlyMap<string, string>;
  regionAlias?: ReadonlyMap<string, string>;
  /** Import chosen by the user for a (region, indicator, period) key, overriding "latest wins". */
  pins?: ReadonlyMap<string, string>;
}

/** Key of one (region, indicator, period) cell of the comparison. */
export function cellKey(region: string, indicator: string, period: number): string {
  return `${region}\u0001${indicator}\u0001${period}`;
}

/**
 * Every stored observation in flat columns, with which ones are in force. Built once from
 * the stored blocks at start-up and rebuilt after an import or undo; queries read it only.
 */
/** Observations handled between two chances to yield to the page (each pass is a few ms per slice). */
const SLICE = 65_536;
/** What a block's own set-up counts for against SLICE, in rows. */
const BLOCK_COST = 64;

export class Cube {
  readonly regions: string[] = [];
  readonly indicators: string[] = [];
  readonly imports: string[];
  readonly n: number;
  readonly region: Int32Array;
  readonly indicator: Int32Array;
  readonly period: Int32Array;
  readonly value: Float64Array;
  readonly qualifier: Uint8Array;
  readonly importIdx: Int32Array;
  /** Block and row of each observation, to reach its unit, raw text and cell. */
  readonly blockIdx: Int32Array;
  readonly rowInBlock: Int32Array;
  /** 1 where the observation is the value in force for its key. */
  readonly effective: Uint8Array;
  readonly blocks: readonly CubeBlock[];
  /** What the cube was built from: a change builds the next cube from it, not from storage. */
  readonly input: CubeInput;
  /** Observation indices in force, grouped by indicator index. */
  private byIndicator: number[][] = [];
  /** Indicator id → its index in `indicators`. */
  private readonly indicatorIdx = new Map<string, number>();

  /**
   * Builds the whole cube at once (tests, small stores). With `base`, a cube whose input is a
   * prefix of this one (same imports and blocks first, same merges), its columns are copied and
   * only the blocks after them are read: an added import costs its own values, not the store's.
   */
  constructor(input: CubeInput, deferred = false, base?: Cube) {
    const follow = (map: ReadonlyMap<string, string> | undefined, id: string): string => {
      for (let hops = 0; map?.has(id) && hops < 32; hops++) id = map.get(id)!;
      return id;
    };
    const regionIdx = new Map<string, number>();
    const intern = (map: Map<string, number>, list: string[], id: string) => {
      let i = map.get(id);
      if (i === undefined) {
        i = list.length;
        list.push(id);
        map.set(id, i);
      }
      return i;
    };
    this.input = input;
    const reuse = base && isPrefix(base.input, input) ? base : null;
    // The base's regions and indicators keep their indices: its columns are copied as they are.
    for (const r of reuse?.regions ?? []) intern(regionIdx, this.regions, r);
    for (const id of reuse?.indicators ?? []) intern(this.indicatorIdx, this.indicators, id);
    this.imports = input.imports.map((i) => i.id);
    const importRank = new Map(this.imports.map((id, i) => [id, i]));
    // Each import's region list, interned once: blocks refer to it by index.
    const importRegions = new Map(
      input.imports.map((imp) => [imp.id, Int32Array.from(imp.regions, (name) => intern(regionIdx, this.regions, follow(input.regionAlias, name)))]),
    );
    this.blocks = input.blocks;
    const n = input.blocks.reduce((s, b) => s + b.values.length, 0);
    this.n = n;
    // The base's columns are extended in place where it owns their tail and they have room
    // (an edit of one value in a million then writes one row, and allocates nothing).
    const grows = reuse && reuse.columns.used === reuse.n && reuse.columns.capacity >= n;
    this.columns = grows ? reuse.columns : allocateColumns(n + (reuse ? Math.max(n >> 3, 1024) : Math.min(n >> 4, 65_536)));
    if (reuse && !grows) {
      for (const col of COLUMNS) (this.columns[col] as Int32Array).set(reuse[col] as Int32Array);
    }
    this.columns.used = n;
    this.region = this.columns.region.subarray(0, n);
    this.indicator = this.columns.indicator.subarray(0, n);
    this.period = this.columns.period.subarray(0, n);
    this.value = this.columns.value.subarray(0, n);
    this.qualifier = this.columns.qualifier.subarray(0, n);
    this.importIdx = this.columns.importIdx.subarray(0, n);
    this.blockIdx = this.columns.blockIdx.subarray(0, n);
    this.rowInBlock = this.columns.rowInBlock.subarray(0, n);
    // Never shared: an added import supersedes some of the base's winners.
    this.effective = new Uint8Array(n);
    // Added imports under the same rules: only the keys their values touch are resolved again.
    const incremental = reuse && !input.pins?.size && sameMap(reuse.input.pins, input.pins) ? reuse : null;
    this.fill = this.steps(input, intern, follow, importRank, importRegions, reuse ? reuse.blocks.length : 0, reuse ? reuse.n : 0, incremental);
    if (!deferred) while (!this.fill.next().done);
  }

  private fill: Generator<void>;
  /** The columns' backing arrays, possibly longer than `n` and shared with the cubes this one was extended from. */
  private readonly columns: Columns;

  /**
   * Builds a large cube in slices, yielding to the page between them, so that start-up
   * and the rebuild after an import never hold the main thread for long.
   */
  static async create(input: CubeInput, base?: Cube): Promise<Cube> {
    const cube = new Cube(input, true, base);
    await runSliced(cube.fill);
    return cube;
  }

  private *steps(
    input: CubeInput,
    intern: (map: Map<string, number>, list: string[], id: string) => number,
    follow: (map: ReadonlyMap<string, string> | undefined, id: string) => string,
    importRank: Map<string, number>,
    importRegions: Map<string, Int32Array>,
    fromBlock: number,
    fromRow: number,
    incremental: Cube | null,
  ): Generator<void> {
    let k = fromRow;
    // Rows (and blocks, each as a few rows) since the last yield: a wide sheet's 16,383 blocks of
    // 59 rows are no reason to yield 16,383 times.
    let sinceYield = 0;
    for (let bi = fromBlock; bi < input.blocks.length; bi++) {
      const b = input.blocks[bi];
      const ind = intern(this.indicatorIdx, this.indicators, follow(input.indicatorAlias, b.indicator));
      const imp = importRank.get(b.importId) ?? -1;
      const names = importRegions.get(b.importId) ?? new Int32Array(0);
      sinceYield += BLOCK_COST;
      for (let i = 0; i < b.values.length; i++, k++) {
        if (++sinceYield >= SLICE) {
          sinceYield = 0;
          yield;
        }
        this.region[k] = names[b.regions[i]] ?? -1;
        this.indicator[k] = ind;
        this.period[k] = b.periods[i];
        this.value[k] = b.values[i];
        this.qualifier[k] = b.qualifiers[i];
        this.importIdx[k] = imp;
        this.blockIdx[k] = bi;
        this.rowInBlock[k] = i;
      }
    }
    yield;

    if (incremental) {
      yield* this.addEffective(incremental);
      return;
    }
    // In force: the pinned import's value, else the latest import's.
    const pins = input.pins?.size ? input.pins : null;
    const rank = (i: number): number => {
      if (pins) {
        const pin = pins.get(cellKey(this.regions[this.region[i]], this.indicators[this.indicator[i]], this.period[i]));
        if (pin !== undefined && this.imports[this.importIdx[i]] === pin) return Number.MAX_SAFE_INTEGER;
      }
      return this.importIdx[i];
    };
    yield* this.computeEffective(rank);
  }

  /**
   * Marks the winner of each (region, indicator, period) key. Observations are grouped by
   * indicator, then each group is resolved in a dense region × period table that is reset
   * after use: linear time, no hash map over a million keys.
   */
  private *computeEffective(rank: (i: number) => number): Generator<void> {
    const n = this.n;
    const nInd = this.indicators.length;
    const counts = new Int32Array(nInd + 1);
    // Passes over every observation yield each SLICE rows: a million in one go held the page.
    for (let i = 0; i < n; i++) {
      counts[this.indicator[i] + 1]++;
      if (i % SLICE === SLICE - 1) yield;
    }
    for (let k = 0; k < nInd; k++) counts[k + 1] += counts[k];
    const order = new Int32Array(n);
    const fill = counts.slice(0, nInd);
    for (let i = 0; i < n; i++) {
      order[fill[this.indicator[i]]++] = i;
      if (i % SLICE === SLICE - 1) yield;
    }

    const periodIdx = new DenseNumbers();
    const pIdx = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      pIdx[i] = periodIdx.of(this.period[i]);
      if (i % SLICE === SLICE - 1) yield;
    }
    const nP = Math.max(1, periodIdx.size);
    const nR = Math.max(1, this.regions.length);
    const dense = nR * nP <= 16_000_000;
    const table = dense ? new Int32Array(nR * nP).fill(-1) : null;
    const byIndicator: number[][] = [];
    let sinceYield = 0;
    for (let k = 0; k < nInd; k++) {
      const from = counts[k];
      const to = counts[k + 1];
      const winners: number[] = [];
      const sparse = table ? null : new Map<number, number>();
      for (let j = from; j < to; j++) {
        const i = order[j];
        if (this.region[i] < 0) continue;
        const slot = this.region[i] * nP + pIdx[i];
        const cur = table ? table[slot] : (sparse!.get(slot) ?? -1);
        if (cur < 0 || rank(i) >= rank(cur)) {
          if (table) table[slot] = i;
          else sparse!.set(slot, i);
        }
      }
      for (let j = from; j < to; j++) {
        const i = order[j];
        if (this.region[i] < 0) continue;
        const slot = this.region[i] * nP + pIdx[i];
        const win = table ? table[slot] : sparse!.get(slot);
        if (win === i) {
          this.effective[i] = 1;
          winners.push(i);
        }
      }
      if (table) for (let j = from; j < to; j++) {
          const i = order[j];
          if (this.region[i] >= 0) table[this.region[i] * nP + pIdx[i]] = -1;
        }
      byIndicator.push(winners);
      sinceYield += to - from + 1;
      if (sinceYield >= SLICE) {
        sinceYield = 0;
        yield;
      }
    }
    this.byIndicator = byIndicator;
  }

  /**
   * In force after imports were added to `base` (no pins): every added import ranks after the
   * base's, so an added value beats the base's value for its key, and the later of two added
   * values wins — the same outcome as computeEffective, in time proportional to the added rows
   * and the winners of the indicators they touch (an edit of one value in a store of a million
   * no longer resolves the million).
   */
  private *addEffective(base: Cube): Generator<void> {
    this.effective.set(base.effective);
    const byIndicator: number[][] = base.byIndicator.slice();
    const from = base.n;
    const n = this.n;
    const nInd = this.indicators.length;
    // The added rows by indicator (a stable counting sort), their periods numbered densely, and
    // one region × period table reset after each indicator, as computeEffective resolves: a
    // wide import adds a million values over 16,384 indicators, a Map per key cost ~100 ms.
    const counts = new Int32Array(nInd + 1);
    for (let i = from; i < n; i++) {
      counts[this.indicator[i] + 1]++;
      if ((i - from) % SLICE === SLICE - 1) yield;
    }
    for (let k = 0; k < nInd; k++) counts[k + 1] += counts[k];
    const order = new Int32Array(n - from);
    const fill = counts.slice(0, nInd);
    const periodIdx = new DenseNumbers();
    const pIdx = new Int32Array(n - from);
    for (let i = from; i < n; i++) {
      order[fill[this.indicator[i]]++] = i;
      pIdx[i - from] = periodIdx.of(this.period[i]);
      if ((i - from) % SLICE === SLICE - 1) yield;
    }
    const nP = Math.max(1, periodIdx.size);
    const nR = Math.max(1, this.regions.length);
    const table = nR * nP <= 16_000_000 ? new Int32Array(nR * nP).fill(-1) : null;
    const sparse = new Map<number, number>();
    const winnerAt = (slot: number) => (table ? table[slot] : (sparse.get(slot) ?? -1));
    let sinceYield = 0;
    for (let k = 0; k < nInd; k++) {
      const start = counts[k];
      const end = counts[k + 1];
      if (start === end) continue;
      for (let j = start; j < end; j++) {
        const i = order[j];
        if (this.region[i] < 0) continue;
        const slot = this.region[i] * nP + pIdx[i - from];
        const cur = winnerAt(slot);
        // Added imports rank after the base's; of two added values, the later import's, then the later row.
        if (cur < 0 || this.importIdx[i] >= this.importIdx[cur]) {
          if (table) table[slot] = i;
          else sparse.set(slot, i);
        }
      }
      // Base winners (and removals in force) of the touched keys are superseded.
      const kept: number[] = [];
      for (const i of byIndicator[k] ?? []) {
        const p = periodIdx.get(this.period[i]);
        if (p !== undefined && this.region[i] >= 0 && winnerAt(this.region[i] * nP + p) >= 0) this.effective[i] = 0;
        else kept.push(i);
      }
      for (let j = start; j < end; j++) {
        const i = order[j];
        if (this.region[i] < 0) continue;
        if (winnerAt(this.region[i] * nP + pIdx[i - from]) === i) {
          this.effective[i] = 1;
          kept.push(i);
        }
      }
      if (table) for (let j = start; j < end; j++) {
          const i = order[j];
          if (this.region[i] >= 0) table[this.region[i] * nP + pIdx[i - from]] = -1;
        }
      else sparse.clear();
      byIndicator[k] = kept;
      sinceYield += end - start + kept.length;
      if (sinceYield >= SLICE) {
        sinceYield = 0;
        yield;
      }
    }
    for (let k = byIndicator.length; k < nInd; k++) byIndicator[k] = [];
    this.byIndicator = byIndicator;
  }

  /** This cube with more imports and their blocks (stored after every block here). */
  withImports(imports: readonly CubeImport[], blocks: readonly CubeBlock[]): Promise<Cube> {
    const have = new Set(this.imports);
    const added = imports.filter((imp) => !have.has(imp.id));
    if (!added.length) return Promise.resolve(this);
    const ids = new Set(added.map((imp) => imp.id));
    const all = [...this.input.imports, ...added];
    // Oldest first; a stable sort leaves the usual case (the new import is the latest) a prefix.
    if (all.every((imp) => imp.importedAt !== undefined)) all.sort((a, b) => a.importedAt! - b.importedAt!);
    return Cube.create({ ...this.input, imports: all, blocks: [...this.input.blocks, ...blocks.filter((b) => ids.has(b.importId))] }, this);
  }

  /** This cube without some imports (undone): the values they had superseded are in force again. */
  withoutImports(ids: Iterable<string>): Promise<Cube> {
    const gone = new Set(ids);
    if (!this.imports.some((id) => gone.has(id))) return Promise.resolve(this);
    return Cube.create({
      ...this.input,
      imports: this.input.imports.filter((imp) => !gone.has(imp.id)),
      blocks: this.input.blocks.filter((b) => !gone.has(b.importId)),
    });
  }

  /** This cube under other merges or pins (unchanged ones keep the cube as it is). */
  withRules(rules: Pick<CubeInput, 'indicatorAlias' | 'regionAlias' | 'pins'>): Promise<Cube> {
    const next = { ...this.input };
    let changed = false;
    for (const key of ['indicatorAlias', 'regionAlias', 'pins'] as const) {
      if (key in rules && !sameMap(this.input[key], rules[key])) {
        next[key] = rules[key];
        changed = true;
      }
    }
    return changed ? Cube.create(next, this) : Promise.resolve(this);
  }

  /** Whether this cube holds `base`'s rows first, at the same indices, under the same merges (it was extended from it). */
  grewFrom(base: Cube): boolean {
    return isPrefix(base.input, this.input);
  }

  /** Observation indices in force for an indicator id (empty if none). */
  ofIndicator(id: string): readonly number[] {
    const i = this.indicatorIdx.get(id);
    return i === undefined ? [] : this.byIndicator[i];
  }

  /** The region name of observation `i` (after merges). */
  regionOf(i: number): string {
    return this.regions[this.region[i]];
  }

  /** The indicator id of observation `i` (after merges). */
  indicatorOf(i: number): string {
    return this.indicators[this.indicator[i]];
  }

  /** The period key of observation `i`. */
  periodOf(i: number): number {
    return this.period[i];
  }

  valueOf(i: number): number {
    return this.value[i];
  }

  qualifierOf(i: number): Qualifier {
    return QUALIFIERS[this.qualifier[i]];
  }

  /** Whether observation `i` is the value in force for its (region, indicator, period). */
  inForce(i: number): boolean {
    return this.effective[i] === 1;
  }

  get effectiveCount(): number {
    return this.byIndicator.reduce((s, l) => s + l.length, 0);
  }

  unitOf(i: number): string {
    const b = this.blocks[this.blockIdx[i]];
    return sparseText(b.unitRows, b.unitTexts, this.rowInBlock[i], b.unit);
  }

  rawOf(i: number): string {
    const b = this.blocks[this.blockIdx[i]];
    return sparseText(b.rawRows, b.rawTexts, this.rowInBlock[i]);
  }

  sourceOf(i: number): { importId: string; sheet: string; row: number; col: number } {
    const b = this.blocks[this.blockIdx[i]];
    const r = this.rowInBlock[i];
    return { importId: b.importId, sheet: b.sheet, row: b.rows[r], col: b.cols[r] };
  }
}

/** Keys numbered densely as they are met, the last one remembered: a block's periods mostly repeat. */
class DenseNumbers {
  private readonly map = new Map<number, number>();
  private last = NaN;
  private lastNumber = -1;

  of(key: number): number {
    if (key === this.last) return this.lastNumber;
    let k = this.map.get(key);
    if (k === undefined) this.map.set(key, (k = this.map.size));
    [this.last, this.lastNumber] = [key, k];
    return k;
  }

  get(key: number): number | undefined {
    return this.map.get(key);
  }

  get size(): number {
    return this.map.size;
  }
}

const COLUMNS = ['region', 'indicator', 'period', 'value', 'qualifier', 'importIdx', 'blockIdx', 'rowInBlock'] as const;

/**
 * A cube's columns with room past its last row. Cubes are immutable, yet a cube extended by
 * an import may write past its base's rows into the same arrays: the base never reads there.
 * `used` says which cube owns the tail, so two cubes extended from one base never share it.
 */
interface Columns {
  region: Int32Array;
  indicator: Int32Array;
  period: Int32Array;
  value: Float64Array;
  qualifier: Uint8Array;
  importIdx: Int32Array;
  blockIdx: Int32Array;
  rowInBlock: Int32Array;
  capacity: number;
  used: number;
}

function allocateColumns(capacity: number): Columns {
  return {
    region: new Int32Array(capacity),
    indicator: new Int32Array(capacity),
    period: new Int32Array(capacity),
    value: new Float64Array(capacity),
    qualifier: new Uint8Array(capacity),
    importIdx: new Int32Array(capacity),
    blockIdx: new Int32Array(capacity),
    rowInBlock: new Int32Array(capacity),
    capacity,
    used: 0,
  };
}

/** Whether `next` starts with everything of `base` under the same merges: the columns of `base` stay valid. */
function isPrefix(base: CubeInput, next: CubeInput): boolean {
  if (base === next) return true;
  if (next.blocks.length < base.blocks.length || next.imports.length < base.imports.length) return false;
  if (!sameMap(base.indicatorAlias, next.indicatorAlias) || !sameMap(base.regionAlias, next.regionAlias)) return false;
  for (let i = 0; i < base.imports.length; i++) {
    if (base.imports[i].id !== next.imports[i].id || base.imports[i].regions !== next.imports[i].regions) return false;
  }
  for (let i = 0; i < base.blocks.length; i++) if (base.blocks[i] !== next.blocks[i]) return false;
  return true;
}

/** Same entries (an absent map is an empty one). */
export function sameMap(a: ReadonlyMap<string, string> | undefined, b: ReadonlyMap<string, string> | undefined): boolean {
  if (a === b) return true;
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  for (const [k, v] of a ?? []) if (b?.get(k) !== v) return false;
  return true;
}

/** The merges of a catalog list as a map from a merged id to the id it now counts as. */
export function mergeAliases(entries: Iterable<{ id: string; mergedInto?: string }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) if (e.mergedInto) out.set(e.id, e.mergedInto);
  return out;
}
