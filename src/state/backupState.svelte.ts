import type { BackupData } from '../domain/model';
import { BackupRefused, collectBackup, countState, restoreBackup, type RestoreResult } from '../storage/backup';
import { exportErrorText } from './exportErrorText';
import { loadMeta, saveMeta } from '../storage/meta';
import { estimateBytes, isQuotaError } from '../storage/quota';
import { restoreErrorOf, type BackupErrorKey } from './backupError';
import type { BackupDeps } from './collaborators';
import { EVERYTHING } from '../storage/change';
import { i18n } from '../i18n/i18n.svelte';

export interface PendingRestore {
  fileName: string;
  data: BackupData;
  summary: { imports: number; observations: number; charts: number; decks: number };
  current: { imports: number; observations: number; charts: number; decks: number };
}

/** 导出备份 / 从备份恢复 and the reminder to back up. Intent methods only. */
export class BackupState {
  lastBackupAt = $state<number | null>(null);
  busy = $state(false);
  pending = $state.raw<PendingRestore | null>(null);
  result = $state<{ mode: 'replace' | 'merge'; res: RestoreResult } | null>(null);
  error = $state<{ key: BackupErrorKey; detail: string } | null>(null);
  /** Imports made since the last backup: the reminder shows while there are any. */
  unsaved = $derived(this.app.history.filter((h) => !h.sample && (this.lastBackupAt === null || h.importedAt > this.lastBackupAt)).length);

  /** The database, the worker, the import history and the change path. */
  constructor(private app: BackupDeps) {}

  private get db() {
    return this.app.database;
  }

  async load(): Promise<void> {
    this.lastBackupAt = await loadMeta<number | null>(this.db, 'lastBackupAt', null);
  }

  /** Builds the backup workbook in the worker; the caller saves the bytes. Null (and `error` set) if it failed. */
  async export(): Promise<{ bytes: ArrayBuffer; name: string } | null> {
    this.busy = true;
    this.error = null;
    try {
      const data = await collectBackup(this.db);
      const { bytes } = await this.app.worker.request('backupWrite', { data });
      const now = Date.now();
      await saveMeta(this.db, 'lastBackupAt', now);
      this.lastBackupAt = now;
      await this.app.changed({ kind: 'settings' });
      const d = new Date(now);
      const stamp = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
      return { bytes, name: i18n.t('file.backup', { stamp }) };
    } catch (e) {
      this.error = { key: 'backup.exportFailed', detail: exportErrorText(e) };
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Reads and checks a backup file; nothing changes until the user confirms. */
  async open(file: { name: string; bytes: ArrayBuffer }): Promise<void> {
    this.error = null;
    this.result = null;
    this.busy = true;
    try {
      const res = await this.app.worker.request('backupRead', file, { transfer: [file.bytes] });
      if (!res.ok) {
        this.error = { key: res.reason === 'not-backup' || res.reason === 'damaged' ? `backup.${res.reason}` : `read.${res.reason}`, detail: res.detail };
        return;
      }
      const d = res.data;
      this.pending = {
        fileName: file.name,
        data: d,
        summary: { imports: d.imports.length, observations: d.blocks.reduce((s, b) => s + b.values.length, 0), charts: d.charts.length, decks: d.decks.length },
        current: await countState(this.db),
      };
    } catch (e) {
      // The worker could not read or answer (e.g. a structure too deep to pass back): damaged.
      this.error = { key: 'backup.damaged', detail: e instanceof Error ? e.message : String(e) };
    } finally {
      this.busy = false;
    }
  }

  async apply(mode: 'replace' | 'merge'): Promise<void> {
    const p = this.pending;
    if (!p) return;
    this.busy = true;
    try {
      const res = await restoreBackup(this.db, p.data, mode);
      this.result = { mode, res };
      this.pending = null;
      // A restore may change every part of the store.
      await this.app.changed(...EVERYTHING);
    } catch (e) {
      this.error = restoreErrorOf(e, Math.ceil(estimateBytes(p.data.blocks) / 1048576), isQuotaError, (x) => x instanceof BackupRefused);
    } finally {
      this.busy = false;
    }
  }

  cancel(): void {
    this.pending = null;
  }
}
