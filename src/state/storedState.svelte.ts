import { Cube, mergeAliases } from '../domain/cube';
import { comparePeriods } from '../domain/parsePeriod';
import type { ChangeOf } from '../storage/change';
import { loadCube } from '../storage/loadCube';
import { loadPins } from '../storage/pins';
import { readCatalog } from '../storage/readCatalog';
import { readImports } from '../storage/readImports';
import type { Catalog, Database } from './collaborators';
import { compareZh } from '../domain/compareZh';
import { sortedNames } from '../domain/sortedNames';

/**
 * What is stored, in memory: the catalog and the cube every page reads. Read whole at
 * start-up; after a change only what it names is read, and the next cube is built from this
 * one (an import's blocks added, an undone import's dropped, other merges or pins applied).
 */
export class StoredState {
  catalog = $state.raw<Catalog>({ indicators: new Map(), regions: new Map() });
  /** Every stored observation; replaced (never mutated) after each change. */
  cube = $state.raw<Cube>(new Cube({ blocks: [], imports: [] }));
  /** The cube holds only the first chart's indicators: start-up draws it before the rest is read. */
  partial = $state(false);
  // A cube extended by an import or edit keeps its regions' order: their sort is extended too.
  private readonly sortRegions = sortedNames(compareZh);
  private readonly sortIndicators = sortedNames(compareZh);
  /** The indicator ids with values, by pinyin, for the 数据 filter; extended like the regions. */
  indicatorsByName = $derived(this.sortIndicators(this.cube.indicators));
  /** The regions (by pinyin) and periods (by end year) in the store, for pickers and filters; once per cube. */
  axes = $derived({
    regions: this.sortRegions(this.cube.regions),
    periods: distinctPeriods(this.cube.period).sort(comparePeriods),
  });

  constructor(private readonly deps: Database) {}

  /** The catalog changed: read it again; the cube is rebuilt only when its merges changed. */
  async loadCatalog(): Promise<void> {
    const { indicators, regions } = await this.readCatalog();
    this.cube = await this.cube.withRules({ indicatorAlias: mergeAliases(indicators), regionAlias: mergeAliases(regions) });
  }

  /** A conflict was settled: the same values, another one in force. */
  async loadPins(): Promise<void> {
    this.cube = await this.cube.withRules({ pins: await loadPins(this.deps.database) });
  }

  /** Imports were stored or undone: only their blocks are read (or dropped). With no ids (start-up, a restore): every block. */
  async applyImports(change: ChangeOf<'imports'>): Promise<void> {
    if (!change.added && !change.removed) return this.loadCube();
    performance.mark('cube-update-start');
    let cube = this.cube;
    if (change.removed?.length) cube = await cube.withoutImports(change.removed);
    if (change.added?.length) {
      const { imports, blocks } = await readImports(this.deps.database, change.added);
      cube = await cube.withImports(imports, blocks);
    }
    this.cube = cube;
    performance.measure('cube-update', 'cube-update-start');
  }

  private async loadCube(): Promise<void> {
    performance.mark('cube-start');
    this.cube = await loadCube(this.deps.database);
    this.partial = false;
    performance.measure('cube-build', 'cube-start');
  }

  /**
   * Start-up on a chart: a cube of only the indicators it shows, so that it is drawn while the
   * rest of the store is read (a million values take about a second). The full read follows
   * through the change queue and replaces it.
   */
  async loadFirst(indicators: readonly string[]): Promise<void> {
    performance.mark('first-cube-start');
    this.cube = await loadCube(this.deps.database, indicators);
    this.partial = true;
    performance.measure('first-cube', 'first-cube-start');
  }

  private async readCatalog() {
    const read = await readCatalog(this.deps.database);
    this.catalog = { indicators: new Map(read.indicators.map((i) => [i.id, i])), regions: new Map(read.regions.map((r) => [r.id, r])) };
    return read;
  }
}

/** The distinct period keys of a cube's column: a plain loop (a Set built from a million-entry typed array's iterator took tens of ms). */
function distinctPeriods(column: Int32Array): number[] {
  const seen = new Set<number>();
  let last = NaN;
  for (let i = 0; i < column.length; i++) {
    const p = column[i];
    if (p === last) continue;
    last = p;
    seen.add(p);
  }
  return [...seen];
}
