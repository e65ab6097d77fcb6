import type { IndiDb } from './db';

export interface Counts {
  imports: number;
  observations: number;
  indicators: number;
}

export async function readCounts(db: IndiDb): Promise<Counts> {
  return db.transaction('r', db.imports, db.indicators, async () => {
    const imports = await db.imports.toArray();
    return {
      imports: imports.length,
      observations: imports.reduce((s, i) => s + i.taken, 0),
      indicators: await db.indicators.filter((i) => !i.mergedInto).count(),
    };
  });
}
