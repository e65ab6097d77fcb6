import type { Indicator, Region } from '../domain/model';
import { defineDerived, mergeIndicator, mergeRegion, saveIndicator, saveRegion, unmergeIndicator, unmergeRegion } from '../storage/catalogEdits';
import { countInForce } from '../domain/countInForce';
import type { CatalogDeps } from './collaborators';

/** The 指标 page: the catalog of indicators and regions. Intent methods only. */
export class CatalogState {
  tab = $state<'indicators' | 'regions'>('indicators');
  search = $state('');
  selected = $state<string | null>(null);
  error = $state('');
  /** Observations in force per indicator / region, for the lists. */
  counts = $derived(countInForce(this.deps.cube));

  constructor(private readonly deps: CatalogDeps) {}

  private get db() {
    return this.deps.database;
  }

  private async run(f: () => Promise<unknown>): Promise<boolean> {
    this.error = '';
    try {
      await f();
      await this.deps.changed({ kind: 'catalog' });
      return true;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return false;
    }
  }

  saveIndicator(ind: Indicator) {
    return this.run(() => saveIndicator(this.db, ind));
  }

  mergeIndicator(from: string, into: string) {
    return this.run(() => mergeIndicator(this.db, from, into));
  }

  unmergeIndicator(id: string) {
    return this.run(() => unmergeIndicator(this.db, id));
  }

  async defineDerived(name: string, numerator: string, denominator: string) {
    const ok = await this.run(() => defineDerived(this.db, name, numerator, denominator));
    if (ok) this.selected = name;
    return ok;
  }

  saveRegion(r: Region) {
    return this.run(() => saveRegion(this.db, r));
  }

  mergeRegion(from: string, into: string) {
    return this.run(() => mergeRegion(this.db, from, into));
  }

  unmergeRegion(id: string) {
    return this.run(() => unmergeRegion(this.db, id));
  }
}
