import { Cube } from '../domain/cube';
import type { IndiDb } from './db';

/** Reads every stored block and builds the in-memory cube the app answers queries from. */
export async function loadCube(db: IndiDb): Promise<Cube> {
  return db.transaction('r', [db.blocks, db.imports, db.indicators, db.regions], async () => {
    const [blocks, imports, indicators, regions] = await Promise.all([
      db.blocks.toArray(),
      db.imports.orderBy('importedAt').toArray(),
      db.indicators.filter((i) => !!i.mergedInto).toArray(),
      db.regions.filter((r) => !!r.mergedInto).toArray(),
    ]);
    return new Cube({
      blocks,
      importOrder: imports.map((i) => i.id),
      indicatorAlias: new Map(indicators.map((i) => [i.id, i.mergedInto!])),
      regionAlias: new Map(regions.map((r) => [r.id, r.mergedInto!])),
    });
  });
}
