import { Cube } from '../domain/cube';
import type { IndiDb } from './db';
import { loadPins } from './pins';

/** Reads every stored block and builds the in-memory cube the app answers queries from. */
export async function loadCube(db: IndiDb): Promise<Cube> {
  const [blocks, imports, indicators, regions, pins] = await db.transaction('r', [db.blocks, db.imports, db.indicators, db.regions, db.meta], () =>
    Promise.all([
      db.blocks.toArray(),
      db.imports.orderBy('importedAt').toArray(),
      db.indicators.filter((i) => !!i.mergedInto).toArray(),
      db.regions.filter((r) => !!r.mergedInto).toArray(),
      loadPins(db),
    ]),
  );
  // Built after the transaction: the build yields to the page, which a transaction cannot wait for.
  return Cube.create({
    blocks,
    imports,
    indicatorAlias: new Map(indicators.map((i) => [i.id, i.mergedInto!])),
    regionAlias: new Map(regions.map((r) => [r.id, r.mergedInto!])),
    pins,
  });
}
