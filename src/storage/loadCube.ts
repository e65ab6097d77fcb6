import { Cube, mergeAliases, type CubeInput } from '../domain/cube';
import type { IndiDb } from './db';
import { loadPins } from './pins';
import { readBlocksInPages } from './readBlocksInPages';
import { unbundleBlocks } from './bundleBlocks';
import type { ObservationBlock } from './schema';

/**
 * Reads every stored block and builds the in-memory cube the app answers queries from. With
 * `only`, the cube of those indicators alone (and of those merged into them, and of a derived
 * one's numerator and denominator): what one chart needs, read in a fraction of the time.
 */
export async function loadCube(db: IndiDb, only?: readonly string[]): Promise<Cube> {
  const [blocks, imports, rules] = await db.transaction('r', [db.blocks, db.imports, db.indicators, db.regions, db.meta], async () => {
    const rules = await loadCubeRules(db);
    const read = only ? readIndicatorBlocks(db, await indicatorsBehind(db, rules.indicatorAlias, only)) : readBlocksInPages(db);
    return Promise.all([read, db.imports.orderBy('importedAt').toArray(), rules]);
  });
  // Built after the transaction: the build yields to the page, which a transaction cannot wait for.
  return Cube.create({ blocks, imports, ...rules });
}

/** What decides the value in force besides the blocks: the catalog's merges and the user's pins. */
export async function loadCubeRules(db: IndiDb): Promise<Required<Pick<CubeInput, 'indicatorAlias' | 'regionAlias' | 'pins'>>> {
  // Records alone: a paged entry (catalogStore) is never merged and has no formula.
  // Read whole and filtered here: Dexie's filter walks a cursor, ~15 µs a record (3,000 regions: ~45 ms at start-up).
  const [indicators, regions, pins] = await Promise.all([db.indicators.toArray(), db.regions.toArray(), loadPins(db)]);
  return {
    indicatorAlias: mergeAliases(indicators),
    regionAlias: mergeAliases(regions),
    pins,
  };
}

/** The stored indicator ids whose values `ids` show: through merges, and a derived one's parts. */
async function indicatorsBehind(db: IndiDb, alias: ReadonlyMap<string, string>, ids: readonly string[]): Promise<Set<string>> {
  const follow = (id: string) => {
    for (let hops = 0; alias.has(id) && hops < 32; hops++) id = alias.get(id)!;
    return id;
  };
  const canonical = new Set<string>();
  const queue = ids.map(follow);
  while (queue.length) {
    const id = queue.pop()!;
    if (canonical.has(id)) continue;
    canonical.add(id);
    const ind = await db.indicators.get(id);
    if (ind?.numerator && ind.denominator) queue.push(follow(ind.numerator), follow(ind.denominator));
  }
  return new Set([...canonical, ...[...alias.keys()].filter((id) => canonical.has(follow(id)))]);
}

/** The blocks of some indicators, in stored order, bundles opened and only their parts kept. */
export async function readIndicatorBlocks(db: IndiDb, ids: ReadonlySet<string>): Promise<ObservationBlock[]> {
  const list = [...ids];
  const records = await db.blocks.where('indicator').anyOf(list).or('bundled').anyOf(list).toArray();
  records.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  return unbundleBlocks(records).filter((b) => ids.has(b.indicator));
}
