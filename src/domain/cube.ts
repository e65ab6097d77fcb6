import type { BlockData } from './model';

export interface CubeBlock extends BlockData {
  importId: string;
}

export interface CubeInput {
  blocks: readonly CubeBlock[];
  /** Import ids oldest first: a later import supersedes an earlier one. */
  importOrder: readonly string[];
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

  constructor(input: CubeInput) {
    const follow = (map: ReadonlyMap<string, string> | undefined, id: string): string => {
      for (let hops = 0; map?.has(id) && hops < 32; hops++) id = map.get(id)!;
      return id;
    };
    const regionIdx = new Map<string, number>();
    const indicatorIdx = new Map<string, number>();
    const intern = (map: Map<string, number>, list: string[], id: string) => {
      let i = map.get(id);
      if (i === undefined) {
        i = list.length;
        list.push(id);
        map.set(id, i);
      }
      return i;
    };
    this.imports = [...input.importOrder];
    const importRank = new Map(this.imports.map((id, i) => [id, i]));
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

    let k = 0;
    input.blocks.forEach((b, bi) => {
      const ind = intern(indicatorIdx, this.indicators, follow(input.indicatorAlias, b.indicator));
      const imp = importRank.get(b.importId) ?? -1;
      let lastName = '';
      let lastIdx = -1;
      for (let i = 0; i < b.values.length; i++, k++) {
        const name = b.regions[i];
        if (name !== lastName) {
          lastName = name;
          lastIdx = intern(regionIdx, this.regions, follow(input.regionAlias, name));
        }
        this.region[k] = lastIdx;
        this.indicator[k] = ind;
        this.period[k] = b.periods[i];
        this.value[k] = b.values[i];
        this.qualifier[k] = b.qualifiers[i];
        this.importIdx[k] = imp;
        this.blockIdx[k] = bi;
        this.rowInBlock[k] = i;
      }
    });

    // In force: the pinned import's value, else the latest import's.
    const pins = input.pins?.size ? input.pins : null;
    const rank = (i: number): number => {
      if (pins) {
        const pin = pins.get(cellKey(this.regions[this.region[i]], this.indicators[this.indicator[i]], this.period[i]));
        if (pin !== undefined && this.imports[this.importIdx[i]] === pin) return Number.MAX_SAFE_INTEGER;
      }
      return this.importIdx[i];
    };
    const best = new Map<number, number>();
    const nReg = Math.max(1, this.regions.length);
    for (let i = 0; i < n; i++) {
      const key = (this.indicator[i] * nReg + this.region[i]) * 1e8 + this.period[i];
      const cur = best.get(key);
      if (cur === undefined || rank(i) >= rank(cur)) best.set(key, i);
    }
    this.byIndicator = this.indicators.map(() => []);
    for (const i of best.values()) {
      this.effective[i] = 1;
      this.byIndicator[this.indicator[i]].push(i);
    }
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
    return b.units?.[this.rowInBlock[i]] ?? b.unit;
  }

  rawOf(i: number): string {
    return this.blocks[this.blockIdx[i]].raws[this.rowInBlock[i]] ?? '';
  }

  sourceOf(i: number): { importId: string; sheet: string; row: number; col: number } {
    const b = this.blocks[this.blockIdx[i]];
    const r = this.rowInBlock[i];
    return { importId: b.importId, sheet: b.sheet, row: b.rows[r], col: b.cols[r] };
  }
}
