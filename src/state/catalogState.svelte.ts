import type { Indicator, Region } from '../domain/model';
import { defineDerived, mergeIndicator, mergeRegion, saveIndicator, saveRegion, unmergeIndicator, unmergeRegion } from '../storage/catalogEdits';
import type { AppState } from './appState.svelte';

/** The 指标 page: the catalog of indicators and regions. Intent methods only. */
export class CatalogState {
  tab = $state<'indicators' | 'regions'>('indicators');
  search = $state('');
  selected = $state<string | null>(null);
  error = $state('');
  /** Observations in force per indicator / region, for the lists. */
  counts = $derived.by(() => {
    const cube = this.app.cube;
    const ind = new Map<string, number>();
    const reg = new Map<string, number>();
    for (let i = 0; i < cube.n; i++) {
      if (!cube.effective[i]) continue;
      const a = cube.indicators[cube.indicator[i]];
      const r = cube.regions[cube.region[i]];
      ind.set(a, (ind.get(a) ?? 0) + 1);
      reg.set(r, (reg.get(r) ?? 0) + 1);
    }
    return { ind, reg };
  });

  constructor(private app: AppState) {}

  private get db() {
    return this.app.database;
  }

  private async run(f: () => Promise<unknown>): Promise<boolean> {
    this.error = '';
    try {
      await f();
      await this.app.afterWrite('catalog');
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
