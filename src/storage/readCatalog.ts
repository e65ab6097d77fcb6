import type { Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';
import { indicatorStores, readIndicators } from './indicatorStore';

export async function readCatalog(db: IndiDb): Promise<{ indicators: Indicator[]; regions: Region[] }> {
  return db.transaction('r', [...indicatorStores(db), db.regions], async () => ({
    indicators: await readIndicators(db),
    regions: await db.regions.toArray(),
  }));
}
