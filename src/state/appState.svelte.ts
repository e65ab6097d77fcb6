import { i18n, LANGS, type Lang } from '../i18n/i18n.svelte';
import { openDb, type IndiDb } from '../storage/db';
import { loadMeta, saveMeta } from '../storage/meta';
import { readStorageInfo, type StorageInfo } from '../storage/storageInfo';
import { seedCatalog } from '../storage/seedCatalog';
import { readCounts, type Counts } from '../storage/readCounts';
import { ImportWorkerClient } from '../import/importWorkerClient';

export type Page = 'import' | 'data' | 'charts' | 'present' | 'catalog' | 'settings';
export const PAGES: readonly Page[] = ['import', 'data', 'charts', 'present', 'catalog', 'settings'];

/** App-wide state: which page, the open database, storage facts. Intent methods only; no math. */
export class AppState {
  status = $state<'loading' | 'ready' | 'error' | 'stale'>('loading');
  error = $state('');
  page = $state<Page>('import');
  storage = $state<StorageInfo>({ usage: null, quota: null, persisted: null });
  counts = $state<Counts>({ imports: 0, observations: 0, indicators: 0 });
  workerOk = $state<boolean | null>(null);
  workerError = $state('');
  db: IndiDb | null = null;
  readonly worker = new ImportWorkerClient();

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
      this.counts = await readCounts(db);
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'error';
      return;
    }
    void this.refreshStorage(true);
    void this.checkWorker();
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
