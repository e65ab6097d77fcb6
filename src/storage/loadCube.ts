import { Cube, mergeAliases, type CubeInput } from '../domain/cube';
import type { IndiDb } from './db';
import { loadPins } from './pins';
import { readBlocksInPages } from './readBlocksInPages';

/** Reads every stored block and builds the in-memory cube the app answers queries from. */
export async function loadCube(db: IndiDb): Promise<Cube> {
  const [blocks, imports, rules] = await db.transaction('r', [db.blocks, db.imports, db.indicators, db.regions, db.meta], () =>
    Promise.all([readBlocksInPages(db), db.imports.orderBy('importedAt').toArray(), loadCubeRules(db)]),
  );
  // Built after the transaction: the build yields to the page, which a transaction cannot wait for.
  return Cube.create({ blocks, imports, ...rules });
}

/** What decides the value in force besides the blocks: the catalog's merges and the user's pins. */
export async function loadCubeRules(db: IndiDb): Promise<Required<Pick<CubeInput, 'indicatorAlias' | 'regionAlias' | 'pins'>>> {
  // Read whole and filtered here: Dexie's filter walks a cursor, ~15 µs a record (3,000 regions: ~45 ms at start-up).
  const [indicators, regions, pins] = await Promise.all([db.indicators.toArray(), db.regions.toArray(), loadPins(db)]);
  return {
    indicatorAlias: mergeAliases(indicators),
    regionAlias: mergeAliases(regions),
    pins,
  };
}
