import type { Indicator } from '../domain/model';
import type { IndiDb } from './db';
import type { IndicatorPage } from './schema';
import { addInSlices } from './addInSlices';

/**
 * The indicator catalog as two stores. Entries an import or a restore brings with nothing but
 * a name and a unit live in pages of [name, unit] pairs: IndexedDB's cost is per record (~85 µs
 * here), so the 16,383 new indicators of an Excel-wide sheet took 2.1 s as records and take a
 * few pages now. An entry with anything more (a builtin, an alias, a merge, a formula, an
 * edit) is a record of `indicators`, and a record shadows a paged entry of the same id.
 * Call these inside a transaction that covers both stores (indicatorStores).
 */
export const indicatorStores = (db: IndiDb) => [db.indicators, db.indicatorPages];

/** Pairs per page record: one structured clone of a page stays well under a frame. */
const PAGE_ENTRIES = 2048;

/** An entry with nothing but its name (as its id) and unit: what a page can hold. */
export function isPlainIndicator(i: Indicator): boolean {
  return (
    i.name === i.id && !i.nameEn && !i.category && i.aliases.length === 0 &&
    !i.numerator && !i.denominator && !i.mergedInto && !i.builtin
  );
}

export const plainIndicator = (id: string, unit: string): Indicator => ({ id, name: id, nameEn: '', unit, category: '', aliases: [] });

async function pagedEntries(db: IndiDb): Promise<[string, string][]> {
  const pages = await db.indicatorPages.toArray();
  return pages.flatMap((p) => p.entries);
}

/** Every indicator of the catalog, records and paged entries, each id once. */
export async function readIndicators(db: IndiDb): Promise<Indicator[]> {
  const [records, paged] = await Promise.all([db.indicators.toArray(), pagedEntries(db)]);
  const have = new Set(records.map((i) => i.id));
  for (const [id, unit] of paged) {
    if (have.has(id)) continue;
    have.add(id);
    records.push(plainIndicator(id, unit));
  }
  return records;
}

/** The ids of the catalog (what an import checks its new names against). */
export async function indicatorIds(db: IndiDb): Promise<Set<string>> {
  const [keys, paged] = await Promise.all([db.indicators.toCollection().primaryKeys(), pagedEntries(db)]);
  const ids = new Set<string>(keys);
  for (const [id] of paged) ids.add(id);
  return ids;
}

/** One entry by id: its record, else its paged entry (edits are rare; pages are few). */
export async function getIndicator(db: IndiDb, id: string): Promise<Indicator | undefined> {
  const rec = await db.indicators.get(id);
  if (rec) return rec;
  for (const [pid, unit] of await pagedEntries(db)) if (pid === id) return plainIndicator(pid, unit);
  return undefined;
}

/** Adds entries the catalog lacks: plain ones in pages, the rest as records. */
export async function addIndicators(db: IndiDb, list: readonly Indicator[]): Promise<void> {
  const plain: [string, string][] = [];
  const records: Indicator[] = [];
  for (const i of list) {
    if (isPlainIndicator(i)) plain.push([i.id, i.unit]);
    else records.push(i);
  }
  await addInSlices(db.indicators, records);
  const pages: IndicatorPage[] = [];
  for (let k = 0; k < plain.length; k += PAGE_ENTRIES) pages.push({ entries: plain.slice(k, k + PAGE_ENTRIES) });
  if (pages.length) await db.indicatorPages.bulkAdd(pages);
}

/** Empties the catalog (a replacing restore). */
export async function clearIndicators(db: IndiDb): Promise<void> {
  await Promise.all([db.indicators.clear(), db.indicatorPages.clear()]);
}
