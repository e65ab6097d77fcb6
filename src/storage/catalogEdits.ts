import type { Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';
import { catalogStores, indicatorCatalog, regionCatalog } from './catalogStore';

type Mergeable = Indicator | Region;

/** The two catalogs, as what merging needs of them: a paged entry is read like a record, and written back as one. */
interface EntryTable<T> {
  get(id: string): PromiseLike<T | undefined>;
  put(item: T): PromiseLike<unknown>;
}

/**
 * Merges entry `from` into `into` (indicators or regions): its observations count as
 * `into` from now on (the cube follows mergedInto) and its name becomes an alias, so later
 * imports land on `into` too. Reversible with unmergeEntry; no observation is rewritten.
 */
async function mergeEntry<T extends Mergeable>(db: IndiDb, table: EntryTable<T>, from: string, into: string): Promise<void> {
  if (from === into) return;
  await db.transaction('rw', catalogStores(db), async () => {
    const a = await table.get(from);
    const b = await table.get(into);
    if (!a || !b) throw new Error(`unknown entry: ${!a ? from : into}`);
    if (b.mergedInto === from) throw new Error('circular merge');
    await table.put({ ...a, mergedInto: into });
    await table.put({ ...b, aliases: [...new Set([...b.aliases, a.name, ...a.aliases])].filter((x) => x !== b.name) });
  });
}

async function unmergeEntry<T extends Mergeable>(db: IndiDb, table: EntryTable<T>, from: string): Promise<void> {
  await db.transaction('rw', catalogStores(db), async () => {
    const a = await table.get(from);
    if (!a?.mergedInto) return;
    const b = await table.get(a.mergedInto);
    const { mergedInto: _m, ...rest } = a;
    await table.put(rest as T);
    if (b) await table.put({ ...b, aliases: b.aliases.filter((x) => x !== a.name && !a.aliases.includes(x)) });
  });
}

export const mergeIndicator = (db: IndiDb, from: string, into: string) => mergeEntry<Indicator>(db, indicatorCatalog(db), from, into);
export const unmergeIndicator = (db: IndiDb, from: string) => unmergeEntry<Indicator>(db, indicatorCatalog(db), from);
export const mergeRegion = (db: IndiDb, from: string, into: string) => mergeEntry<Region>(db, regionCatalog(db), from, into);
export const unmergeRegion = (db: IndiDb, from: string) => unmergeEntry<Region>(db, regionCatalog(db), from);

/** Saves an indicator's descriptive fields (English name, unit, category, aliases, formula). */
export async function saveIndicator(db: IndiDb, ind: Indicator): Promise<void> {
  await db.indicators.put(ind);
}

/** A new derived indicator: value = numerator / denominator × 100. */
export async function defineDerived(db: IndiDb, name: string, numerator: string, denominator: string): Promise<Indicator> {
  const ind: Indicator = { id: name, name, nameEn: '', unit: '%', category: '', aliases: [], numerator, denominator };
  const indicators = indicatorCatalog(db);
  await db.transaction('rw', indicators.stores, async () => {
    if (await indicators.get(name)) throw new Error('exists');
    await db.indicators.add(ind);
  });
  return ind;
}

export async function saveRegion(db: IndiDb, r: Region): Promise<void> {
  await db.regions.put(r);
}
