import type { Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';

export async function readCatalog(db: IndiDb): Promise<{ indicators: Indicator[]; regions: Region[] }> {
  return db.transaction('r', db.indicators, db.regions, async () => ({
    indicators: await db.indicators.toArray(),
    regions: await db.regions.toArray(),
  }));
}
