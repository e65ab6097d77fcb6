import type { Indicator, Region } from '../domain/model';
import { defineDerived, mergeIndicator, mergeRegion, saveIndicator, saveRegion, unmergeIndicator, unmergeRegion } from '../storage/catalogEdits';
import { countInForce } from '../domain/countInForce';
import type { Catalog, CatalogDeps } from './collaborators';
import { duplicateSteps, type DuplicatePair } from '../domain/findDuplicates';
import { runSliced } from '../domain/runSliced';
import { loadMeta, saveMeta } from '../storage/meta';

/** The meta key of the duplicate pairs the user dismissed (their keys). */
export const DISMISSED_DUPLICATES = 'dismissedDuplicates';

/** The 指标 page: the catalog of indicators and regions. Intent methods only. */
export class CatalogState {
  tab = $state<'indicators' | 'regions' | 'duplicates'>('indicators');
  search = $state('');
  selected = $state<string | null>(null);
  error = $state('');
  /** Observations in force per indicator / region, for the lists. */
  counts = $derived(countInForce(this.deps.cube));
  /** Keys of suggested duplicates the user said are not duplicates (kept across reloads). */
  dismissed = $state.raw<ReadonlySet<string>>(new Set());

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

  /**
   * Likely duplicates of the catalog, without the dismissed ones: the inputs read now (an effect
   * calling this follows them), the search run in slices beside the page when the returned
   * function is called.
   */
  suggestions(catalog: Catalog): () => Promise<DuplicatePair[]> {
    const input = { regions: [...catalog.regions.values()], indicators: [...catalog.indicators.values()], cube: this.deps.cube, dismissed: this.dismissed };
    return () => runSliced(duplicateSteps(input));
  }

  async loadDismissed(): Promise<void> {
    this.dismissed = new Set(await loadMeta<string[]>(this.db, DISMISSED_DUPLICATES, []));
  }

  /** Merges a suggested pair, `reversed` keeping `from` instead of the suggested `into`. */
  mergeSuggested(pair: DuplicatePair, reversed = false): Promise<boolean> {
    const [from, into] = reversed ? [pair.into, pair.from] : [pair.from, pair.into];
    return pair.kind === 'region' ? this.mergeRegion(from, into) : this.mergeIndicator(from, into);
  }

  /** 「不是重复」: the pair is never suggested again. */
  async dismiss(pair: DuplicatePair): Promise<void> {
    const stored = await loadMeta<string[]>(this.db, DISMISSED_DUPLICATES, []);
    const next = [...new Set([...stored, pair.key])];
    await saveMeta(this.db, DISMISSED_DUPLICATES, next);
    this.dismissed = new Set(next);
  }
}
