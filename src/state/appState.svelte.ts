import { i18n, LANGS, type Lang } from '../i18n/i18n.svelte';
import { openDb, type IndiDb } from '../storage/db';
import { loadMeta, saveMeta } from '../storage/meta';
import { readStorageInfo, type StorageInfo } from '../storage/storageInfo';
import { seedCatalog } from '../storage/seedCatalog';
import { ImportWorkerClient } from '../import/importWorkerClient';
import { Cube } from '../domain/cube';
import { comparePeriods } from '../domain/parsePeriod';
import { loadCube } from '../storage/loadCube';
import { readCatalog } from '../storage/readCatalog';
import type { Indicator, Region } from '../domain/model';
import { ImportState } from './importState.svelte';
import { DataState } from './dataState.svelte';
import { ChartsState } from './chartsState.svelte';
import { BackupState } from './backupState.svelte';
import { DecksState } from './decksState.svelte';
import { CatalogState } from './catalogState.svelte';
import { exportErrorText } from './exportErrorText';
import { ChangeFeed } from '../storage/changeFeed';
import { DB_NAME } from '../storage/schema';

export type Page = 'import' | 'data' | 'charts' | 'present' | 'catalog' | 'settings';
export const PAGES: readonly Page[] = ['import', 'data', 'charts', 'present', 'catalog', 'settings'];

/** App-wide state: which page, the open database, storage facts. Intent methods only; no math. */
export class AppState {
  status = $state<'loading' | 'ready' | 'error' | 'stale'>('loading');
  error = $state('');
  page = $state<Page>('import');
  storage = $state<StorageInfo>({ usage: null, quota: null, persisted: null });
  workerOk = $state<boolean | null>(null);
  /** The first-open sample import has finished (or was not needed). */
  sampleSettled = $state(false);
  workerError = $state('');
  /** Why the last chart, pivot or deck export made no file ('' when it did). */
  exportError = $state('');
  db: IndiDb | null = null;
  readonly worker = new ImportWorkerClient();
  /** The catalog: indicators and regions by id. */
  catalog = $state.raw<{ indicators: Map<string, Indicator>; regions: Map<string, Region> }>({ indicators: new Map(), regions: new Map() });
  /** Every stored observation, in memory; replaced (never mutated) after each change. */
  cube = $state.raw<Cube>(new Cube({ blocks: [], imports: [] }));
  readonly importer = new ImportState(this);
  readonly data = new DataState(this);
  readonly charts = new ChartsState(this);
  readonly backup = new BackupState(this);
  readonly decks = new DecksState(this);
  readonly catalogPage = new CatalogState(this);
  /** The regions (by pinyin) and periods (by end year) in the store, for pickers and filters; once per cube. */
  axes = $derived({
    regions: [...this.cube.regions].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    periods: [...new Set(this.cube.period)].sort(comparePeriods),
  });
  /** What 设置/关于 reports, derived from what is loaded anyway. */
  counts = $derived({
    imports: this.importer.history.length,
    observations: this.importer.history.reduce((n, h) => n + h.taken, 0),
    indicators: [...this.catalog.indicators.values()].filter((i) => !i.mergedInto).length,
  });
  private readonly feed = new ChangeFeed(DB_NAME, () => void this.reloadAll());

  /** The open database, for the page slices (they only act once the app is ready). */
  get database(): IndiDb {
    if (!this.db) throw new Error('database not open');
    return this.db;
  }

  async start(): Promise<void> {
    try {
      const db = openDb();
      await db.open();
      db.on('versionchange', () => {
        this.status = 'stale';
      });
      this.db = db;
      await seedCatalog(db);
      const lang = await loadMeta<Lang>(db, 'lang', 'zh-CN');
      if (LANGS.includes(lang)) i18n.lang = lang;
      const page = await loadMeta<Page>(db, 'page', 'import');
      if (PAGES.includes(page)) this.page = page;
      await this.reloadAll();
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'error';
      return;
    }
    void this.refreshStorage(true);
    void this.checkWorker();
    // The page is usable at once; the first-open sample import lands a moment later.
    void this.offerSample(this.db!).finally(() => (this.sampleSettled = true));
  }

  /** On the very first open the sample data is imported, once; the user can remove it with one click. */
  private async offerSample(db: IndiDb): Promise<void> {
    if (this.importer.history.length > 0 || (await loadMeta(db, 'sampleOffered', false))) return;
    await saveMeta(db, 'sampleOffered', true);
    try {
      await this.importer.importSample();
    } catch (e) {
      this.importer.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Runs an export (chart data, pivot, deck images); a failure is shown, never only thrown. */
  async runExport(run: () => unknown): Promise<boolean> {
    this.exportError = '';
    try {
      await run();
      return true;
    } catch (e) {
      this.exportError = i18n.t('export.failed', { detail: exportErrorText(e) });
      return false;
    }
  }

  /** After this tab wrote: refresh here and tell the other tabs. */
  async afterWrite(what: string): Promise<void> {
    await this.reloadAll();
    this.feed.announce(what);
  }

  /** Tells other tabs something changed, when this tab has already refreshed itself. */
  announce(what: string): void {
    this.feed.announce(what);
  }

  /** Everything that shows stored data, read again (after a write here or in another tab). */
  async reloadAll(): Promise<void> {
    if (!this.db || this.status === 'stale') return;
    await this.importer.loadHistory();
    await this.charts.loadSaved();
    await this.decks.load();
    await this.backup.load();
    await this.refreshData();
  }

  /** Re-reads the catalog and rebuilds the cube after an import, undo or edit. */
  private async refreshData(): Promise<void> {
    if (!this.db) return;
    const { indicators, regions } = await readCatalog(this.db);
    this.catalog = { indicators: new Map(indicators.map((i) => [i.id, i])), regions: new Map(regions.map((r) => [r.id, r])) };
    performance.mark('cube-start');
    this.cube = await loadCube(this.db);
    performance.measure('cube-build', 'cube-start');
  }

  async setLang(lang: Lang): Promise<void> {
    i18n.lang = lang;
    document.documentElement.lang = lang;
    if (this.db) await saveMeta(this.db, 'lang', lang);
  }

  async go(page: Page): Promise<void> {
    this.page = page;
    if (this.db) await saveMeta(this.db, 'page', page);
  }

  async refreshStorage(requestPersist = false): Promise<void> {
    this.storage = await readStorageInfo(requestPersist);
  }

  async checkWorker(): Promise<void> {
    try {
      await this.worker.request('ping', null);
      this.workerOk = true;
    } catch (e) {
      this.workerOk = false;
      this.workerError = e instanceof Error ? e.message : String(e);
    }
  }
}

export const app = new AppState();
