import type { Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';
import { catalogStores, indicatorCatalog, regionCatalog } from './catalogStore';

export async function readCatalog(db: IndiDb): Promise<{ indicators: Indicator[]; regions: Region[] }> {
  return db.transaction('r', catalogStores(db), async () => ({
    indicators: await indicatorCatalog(db).read(),
    regions: await regionCatalog(db).read(),
  }));
}
