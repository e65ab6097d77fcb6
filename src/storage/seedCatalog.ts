import { BUILTIN_INDICATORS } from '../domain/builtinCatalog';
import type { IndiDb } from './db';

/** Adds built-in indicators this database lacks (a newer file may bring new ones); never overwrites. */
export async function seedCatalog(db: IndiDb): Promise<number> {
  return db.transaction('rw', db.indicators, async () => {
    const have = new Set(await db.indicators.toCollection().primaryKeys());
    const missing = BUILTIN_INDICATORS.filter((i) => !have.has(i.id));
    if (missing.length) await db.indicators.bulkAdd(missing.map((i) => ({ ...i, aliases: [...i.aliases] })));
    return missing.length;
  });
}
