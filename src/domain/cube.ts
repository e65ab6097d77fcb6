import { sparseText, type BlockData } from './model';

export interface CubeBlock extends BlockData {
  importId: string;
}

export interface CubeInput {
  blocks: readonly CubeBlock[];
  /** Imports oldest first (a later import supersedes an earlier one), with their region lists. */
  imports: readonly { id: string; regions: readonly string[] }[];
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
  /** Observation indices in force, grouped by indicator index. */
  private byIndicator: number[][] = [];

  /** Builds the whole cube at once (tests, small stores). */
  constructor(input: CubeInput, deferred = false) {
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
    this.imports = input.imports.map((i) => i.id);
    const importRank = new Map(this.imports.map((id, i) => [id, i]));
    // Each import's region list, interned once: blocks refer to it by index.
    const importRegions = new Map(
      input.imports.map((imp) => [imp.id, Int32Array.from(imp.regions, (name) => intern(regionIdx, this.regions, follow(input.regionAlias, name)))]),
    );
    this.blocks = input.blocks;
    const n = input.blocks.reduce((s, b) => s + b.values.length, 0);
    this.n = n;
    this.region = new Int32Array(n);
    this.indicator = new Int32Array(n);
    this.period = new Int32Array(n);
    this.value = new Float64Array(n);
    this.qualifier = new Uint8Array(n);
    this.importIdx = new Int32Array(n);
    this.blockIdx = new Int32Array(n);
    this.rowInBlock = new Int32Array(n);
    this.effective = new Uint8Array(n);
    this.fill = this.steps(input, intern, follow, regionIdx, importRank, importRegions);
    if (!deferred) while (!this.fill.next().done);
  }

  private fill: Generator<void>;

  /**
   * Builds a large cube in slices, yielding to the page between them, so that start-up
   * and the rebuild after an import never hold the main thread for long.
   */
  static async create(input: CubeInput): Promise<Cube> {
    const cube = new Cube(input, true);
    let last = performance.now();
    while (!cube.fill.next().done) {
      if (performance.now() - last > 40) {
        await new Promise((r) => setTimeout(r, 0));
        last = performance.now();
      }
    }
    return cube;
  }

  private *steps(
    input: CubeInput,
    intern: (map: Map<string, number>, list: string[], id: string) => number,
    follow: (map: ReadonlyMap<string, string> | undefined, id: string) => string,
    _regionIdx: Map<string, number>,
    importRank: Map<string, number>,
    importRegions: Map<string, Int32Array>,
  ): Generator<void> {
    const indicatorIdx = new Map<string, number>();
    let k = 0;
    for (let bi = 0; bi < input.blocks.length; bi++) {
      const b = input.blocks[bi];
      const ind = intern(indicatorIdx, this.indicators, follow(input.indicatorAlias, b.indicator));
      const imp = importRank.get(b.importId) ?? -1;
      const names = importRegions.get(b.importId) ?? new Int32Array(0);
      for (let i = 0; i < b.values.length; i++, k++) {
        this.region[k] = names[b.regions[i]] ?? -1;
        this.indicator[k] = ind;
        this.period[k] = b.periods[i];
        this.value[k] = b.values[i];
        this.qualifier[k] = b.qualifiers[i];
        this.importIdx[k] = imp;
        this.blockIdx[k] = bi;
        this.rowInBlock[k] = i;
      }
      yield;
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
    for (let i = 0; i < n; i++) counts[this.indicator[i] + 1]++;
    for (let k = 0; k < nInd; k++) counts[k + 1] += counts[k];
    const order = new Int32Array(n);
    const fill = counts.slice(0, nInd);
    for (let i = 0; i < n; i++) order[fill[this.indicator[i]]++] = i;

    const periodIdx = new Map<number, number>();
    const pIdx = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let p = periodIdx.get(this.period[i]);
      if (p === undefined) periodIdx.set(this.period[i], (p = periodIdx.size));
      pIdx[i] = p;
    }
    const nP = Math.max(1, periodIdx.size);
    const nR = Math.max(1, this.regions.length);
    const dense = nR * nP <= 16_000_000;
    const table = dense ? new Int32Array(nR * nP).fill(-1) : null;
    const byIndicator: number[][] = [];
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
      if (k % 16 === 15) yield;
    }
    this.byIndicator = byIndicator;
  }

  /** Observation indices in force for an indicator id (empty if none). */
  ofIndicator(id: string): readonly number[] {
    const i = this.indicators.indexOf(id);
    return i < 0 ? [] : this.byIndicator[i];
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
