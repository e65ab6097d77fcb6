import { BUILTIN_INDICATORS } from '../domain/builtinCatalog';
import type { IndiDb } from './db';
import { indicatorCatalog } from './catalogStore';

/** Adds built-in indicators this database lacks (a newer file may bring new ones); never overwrites. */
export async function seedCatalog(db: IndiDb): Promise<number> {
  const indicators = indicatorCatalog(db);
  return db.transaction('rw', indicators.stores, async () => {
    const have = await indicators.ids();
    const missing = BUILTIN_INDICATORS.filter((i) => !have.has(i.id));
    if (missing.length) await db.indicators.bulkAdd(missing.map((i) => ({ ...i, aliases: [...i.aliases] })));
    return missing.length;
  });
}
