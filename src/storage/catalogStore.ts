import type { Indicator, Region } from '../domain/model';
import type { Table } from 'dexie';
import type { IndiDb } from './db';
import type { CatalogPage } from './schema';
import { addInSlices } from './addInSlices';

/**
 * A catalog kind (indicators, regions) as two stores. Entries an import or a restore brings
 * with nothing but a name (and an indicator's unit) live in pages of entries: IndexedDB's cost
 * is per record (~85 µs here), so the 16,383 new indicators of an Excel-wide sheet took 2.1 s
 * as records, and 40,000 townships 4.9 s; a few pages take a fraction of it. An entry with
 * anything more (a builtin, an alias, a merge, a formula, a level, an edit) is a record, and
 * a record shadows a paged entry of the same id. Use inside a transaction over `stores`.
 */
export class PagedCatalog<T extends { id: string }> {
  constructor(
    private readonly records: Table<T, string>,
    private readonly pages: IndiDb['catalogPages'],
    private readonly kind: 'indicator' | 'region',
    /** The page entry of a plain entry; null when it needs a record. */
    private readonly toEntry: (x: T) => string[] | null,
    private readonly fromEntry: (e: readonly string[]) => T,
  ) {}

  get stores() {
    return [this.records, this.pages];
  }

  // Dexie's promises throughout, chained: a native async step between two reads of a
  // caller's transaction can let IndexedDB commit it early (PrematureCommitError).
  private paged(): PromiseLike<string[][]> {
    return this.pages.where('kind').equals(this.kind).toArray().then((pages) => pages.flatMap((p) => p.entries));
  }

  /** Every entry, records and paged ones, each id once. */
  read(): PromiseLike<T[]> {
    return this.records.toArray().then((records) =>
      this.paged().then((paged) => {
        const have = new Set(records.map((x) => x.id));
        for (const e of paged) {
          if (have.has(e[0])) continue;
          have.add(e[0]);
          records.push(this.fromEntry(e));
        }
        return records;
      }),
    );
  }

  ids(): PromiseLike<Set<string>> {
    return this.records.toCollection().primaryKeys().then((keys) =>
      this.paged().then((paged) => {
        const ids = new Set<string>(keys);
        for (const e of paged) ids.add(e[0]);
        return ids;
      }),
    );
  }

  /** A lookup by id that reads the pages once, for a loop of lookups (a region list's levels). */
  getter(): (id: string) => PromiseLike<T | undefined> {
    let paged: Map<string, T> | null = null;
    return (id) =>
      this.records.get(id).then((rec) => {
        if (rec || paged) return rec ?? paged!.get(id);
        return this.paged().then((es) => (paged = new Map(es.map((e) => [e[0], this.fromEntry(e)]))).get(id));
      });
  }

  get(id: string): PromiseLike<T | undefined> {
    return this.getter()(id);
  }

  /** Writes one entry as a record (an edit: it shadows the paged entry from now on). */
  put(x: T): Promise<unknown> {
    return this.records.put(x);
  }

  /** Adds entries the catalog lacks (each id once): plain ones in pages, the rest as records. */
  async add(list: readonly T[]): Promise<void> {
    const plain: string[][] = [];
    const records: T[] = [];
    const ids = new Set<string>();
    for (const x of list) {
      if (ids.has(x.id)) continue;
      ids.add(x.id);
      const e = this.toEntry(x);
      if (e) plain.push(e);
      else records.push(x);
    }
    await addInSlices(this.records, records);
    if (!plain.length) return;
    // The last page is filled first: imports of a few new names would each leave a page.
    const last = await this.pages.where('kind').equals(this.kind).last();
    let from = 0;
    if (last && last.entries.length < PAGE_ENTRIES) {
      from = PAGE_ENTRIES - last.entries.length;
      await this.pages.put({ ...last, entries: [...last.entries, ...plain.slice(0, from)] });
    }
    const pages: CatalogPage[] = [];
    for (let k = from; k < plain.length; k += PAGE_ENTRIES) pages.push({ kind: this.kind, entries: plain.slice(k, k + PAGE_ENTRIES) });
    if (pages.length) await this.pages.bulkAdd(pages);
  }

  /**
   * Entries of another catalog join this one, read once: an entry already here becomes
   * `extend(have, incoming)` (a record, where that differs), a new one is added.
   */
  async join(list: readonly T[], extend: (have: T, incoming: T) => T): Promise<void> {
    const current = new Map((await this.read()).map((x) => [x.id, x]));
    const changed: T[] = [];
    for (const x of list) {
      const have = current.get(x.id);
      const next = have && extend(have, x);
      if (next && next !== have) changed.push(next);
    }
    await this.records.bulkPut(changed);
    await this.add(list.filter((x) => !current.has(x.id)));
  }
}

/** Entries per page record: one structured clone of a page stays well under a frame. */
const PAGE_ENTRIES = 2048;

export const plainIndicator = (id: string, unit: string): Indicator => ({ id, name: id, nameEn: '', unit, category: '', aliases: [] });
export const plainRegion = (id: string): Region => ({ id, name: id, aliases: [], level: '', parent: '' });

export const indicatorCatalog = (db: IndiDb) =>
  new PagedCatalog<Indicator>(
    db.indicators,
    db.catalogPages,
    'indicator',
    (i) =>
      i.name === i.id && !i.nameEn && !i.category && i.aliases.length === 0 && !i.numerator && !i.denominator && !i.mergedInto && !i.builtin
        ? [i.id, i.unit]
        : null,
    ([id, unit]) => plainIndicator(id, unit ?? ''),
  );

export const regionCatalog = (db: IndiDb) =>
  new PagedCatalog<Region>(
    db.regions,
    db.catalogPages,
    'region',
    (r) => (r.name === r.id && r.aliases.length === 0 && !r.level && !r.parent && !r.mergedInto ? [r.id] : null),
    ([id]) => plainRegion(id),
  );

/** Both catalogs' stores, for a transaction's scope. */
export const catalogStores = (db: IndiDb) => [db.indicators, db.regions, db.catalogPages];
