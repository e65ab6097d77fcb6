import { i18n, LANGS, type Lang } from '../i18n/i18n.svelte';
import { openDb, writtenByNewerCopy, type IndiDb } from '../storage/db';
import { loadMeta, saveMeta } from '../storage/meta';
import { readStorageInfo, type StorageInfo } from '../storage/storageInfo';
import { seedCatalog } from '../storage/seedCatalog';
import { ImportWorkerClient } from '../import/importWorkerClient';
import { ImportState } from './importState.svelte';
import { DataState } from './dataState.svelte';
import { ChartsState } from './chartsState.svelte';
import { BackupState } from './backupState.svelte';
import { DecksState } from './decksState.svelte';
import { CatalogState } from './catalogState.svelte';
import { RegionGroupsState } from './regionGroupsState.svelte';
import { StoredState } from './storedState.svelte';
import { ChangeBus } from './changeBus';
import type { ImportWorker } from './collaborators';
import { exportErrorText } from './exportErrorText';
import { ChangeFeed } from '../storage/changeFeed';
import { EVERYTHING } from '../storage/change';
import { DB_NAME } from '../storage/schema';
import { specIndicators } from '../charts/chartKinds';
import type { ChartSpec } from '../charts/chartSpec';

export type Page = 'import' | 'data' | 'charts' | 'present' | 'catalog' | 'settings';
export const PAGES: readonly Page[] = ['import', 'data', 'charts', 'present', 'catalog', 'settings'];

/** App-wide state: which page, the open database, storage facts. Intent methods only; no math. */
export class AppState {
  status = $state<'loading' | 'ready' | 'error' | 'stale' | 'newer'>('loading');
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
  readonly worker: ImportWorker;
  /** The typed change path: every write here or in another tab runs only the loaders it names. */
  readonly bus: ChangeBus;
  /** The catalog and the cube, in memory. */
  readonly stored: StoredState;
  readonly importer: ImportState;
  readonly data: DataState;
  readonly charts: ChartsState;
  readonly backup: BackupState;
  readonly decks: DecksState;
  readonly catalogPage: CatalogState;
  /** Saved region groups (the picker, the 数据 filter, charts). */
  readonly regionGroups: RegionGroupsState;
  /** What 设置/关于 reports, derived from what is loaded anyway. */
  counts = $derived.by(() => ({
    imports: this.importer.history.length,
    observations: this.importer.history.reduce((n, h) => n + h.taken, 0),
    indicators: [...this.catalog.indicators.values()].filter((i) => !i.mergedInto).length,
  }));
  private feed: ChangeFeed | null = null;
  private readonly dbName: string;

  constructor(options: { dbName?: string; worker?: ImportWorker } = {}) {
    this.dbName = options.dbName ?? DB_NAME;
    this.worker = options.worker ?? new ImportWorkerClient();
    this.bus = new ChangeBus(
      (changes) => this.feed?.announce(changes),
      () => !!this.db && this.status !== 'stale',
    );
    const app = this;
    // Each slice gets the few things it uses, as getters over the current state.
    const base = {
      get database() {
        return app.database;
      },
      changed: this.bus.changed,
      worker: this.worker,
    };
    this.stored = new StoredState(base);
    const stored = this.stored;
    this.importer = new ImportState(base);
    const importer = this.importer;
    this.data = new DataState(withGetters(base, { get cube() { return stored.cube; }, get catalog() { return stored.catalog; } }));
    this.catalogPage = new CatalogState(withGetters(base, { get cube() { return stored.cube; } }));
    this.backup = new BackupState(withGetters(base, { get history() { return importer.history; } }));
    this.regionGroups = new RegionGroupsState(base);
    const regionGroups = this.regionGroups;
    this.charts = new ChartsState(withGetters(base, {
      get regionGroups() { return regionGroups.members; },
      get cube() { return stored.cube; },
      get catalog() { return stored.catalog; },
      get history() { return importer.history; },
    }));
    const charts = this.charts;
    this.decks = new DecksState(withGetters(base, {
      get savedCharts() { return charts.saved; },
      get chartContext() { return charts.context; },
    }));
    this.listen();
  }

  /** Which loaders each change runs: nothing else is read again. */
  private listen(): void {
    const { bus } = this;
    bus.on('imports', () => this.importer.loadHistory());
    bus.on('imports', (c) => this.stored.applyImports(c));
    bus.on('catalog', () => this.stored.loadCatalog());
    bus.on('pins', () => this.stored.loadPins());
    bus.on('charts', () => this.charts.loadSaved());
    bus.on('decks', () => this.decks.load());
    bus.on('settings', () => this.backup.load());
    bus.on('regionGroups', () => this.regionGroups.load());
    // A region merged or unmerged: groups show their members under the names now in force.
    bus.on('catalog', () => this.regionGroups.load());
  }

  /** The catalog: indicators and regions by id. */
  get catalog() {
    return this.stored.catalog;
  }

  /** Start-up has drawn the chart from its own indicators and is reading the rest. */
  get partial() {
    return this.status === 'loading' && this.stored.partial;
  }

  /** Start-up drew the chart left open from its own indicators: from then on the 图表 page stays up. */
  private drawnEarly = $state(false);

  /**
   * Nothing to show yet but 「加载中」. Once the early chart is up it stays up while the rest is
   * read: hidden in the moment between the full cube and 'ready', it was built a second time.
   */
  get waiting() {
    return this.status === 'loading' && !(this.drawnEarly && this.page === 'charts');
  }

  /** Every stored observation, in memory. */
  get cube() {
    return this.stored.cube;
  }

  /** The regions and periods in the store, for pickers and filters. */
  get axes() {
    return this.stored.axes;
  }

  get indicatorsByName() {
    return this.stored.indicatorsByName;
  }

  /** The open database, for the page slices (they only act once the app is ready). */
  get database(): IndiDb {
    if (!this.db) throw new Error('database not open');
    return this.db;
  }

  async start(): Promise<void> {
    try {
      const db = openDb(this.dbName);
      await db.open();
      // Neither read nor written here: what this copy cannot see would be lost by its writes.
      if (writtenByNewerCopy(db)) {
        db.close();
        this.status = 'newer';
        return;
      }
      db.on('versionchange', () => {
        this.status = 'stale';
      });
      this.db = db;
      performance.mark('db-open');
      // Side by side: each is its own transaction's round trip.
      const [, lang, page] = await Promise.all([seedCatalog(db), loadMeta<Lang>(db, 'lang', 'zh-CN'), loadMeta<Page>(db, 'page', 'import')]);
      if (LANGS.includes(lang)) i18n.lang = lang;
      if (PAGES.includes(page)) this.page = page;
      // Listening before the first read, which goes through the same queue: a write in another
      // tab meanwhile is applied after it, never lost nor overwritten.
      this.feed = new ChangeFeed(this.dbName, (changes) => void this.bus.received(changes));
      const onChart = this.page === 'charts';
      if (onChart) {
        // The chart left open is drawn from its own indicators' values while the rest is read.
        await this.bus.received(EVERYTHING.filter((c) => c.kind !== 'imports'));
        await this.importer.loadHistory();
        await this.stored.loadFirst(specIndicators($state.snapshot(this.charts.spec) as ChartSpec));
        this.drawnEarly = true;
        // A frame for the chart to be painted before the full read takes the main thread.
        await new Promise((done) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(done, 0)) : setTimeout(done, 0)));
      }
      await this.bus.received(onChart ? EVERYTHING.filter((c) => c.kind === 'imports') : EVERYTHING);
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

  /** Stops listening to other tabs and closes the database (tests; a page simply closes). */
  close(): void {
    this.feed?.close();
    this.feed = null;
    this.db?.close();
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

/** `base` and `more` in one object, their getters kept as getters (a spread would read them once). */
function withGetters<A extends object, B extends object>(base: A, more: B): A & B {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(more) }) as A & B;
}

export const app = new AppState();
