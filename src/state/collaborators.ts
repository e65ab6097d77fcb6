import type { ChartContext } from '../charts/chartContext';
import type { Cube } from '../domain/cube';
import type { ImportRecord, Indicator, Region } from '../domain/model';
import type { ImportWorkerClient } from '../import/importWorkerClient';
import type { IndiDb } from '../storage/db';
import type { SavedChart } from '../storage/schema';
import type { Changed } from './changeBus';

// What each page slice is handed: the few things it reads or calls, never the app hub.
// The app passes getters, so a slice reads the current cube or catalog as it changes.

/** The import worker's requests (a fake one in tests). */
export type ImportWorker = Pick<ImportWorkerClient, 'request' | 'cancel'>;

/** The catalog: indicators and regions by id. */
export interface Catalog {
  indicators: Map<string, Indicator>;
  regions: Map<string, Region>;
}

/** The open database (it throws until the app has opened it). */
export interface Database {
  readonly database: IndiDb;
}

/** Reports a write: this tab's slices reload what it names, then other tabs hear of it. */
export interface Reporting {
  readonly changed: Changed;
}

export type ImportDeps = Database & Reporting & { readonly worker: ImportWorker };
export type DataDeps = Database & Reporting & { readonly cube: Cube; readonly catalog: Catalog };
export type CatalogDeps = Database & Reporting & { readonly cube: Cube };
export type BackupDeps = Database & Reporting & { readonly worker: ImportWorker; readonly history: readonly ImportRecord[] };
export type ChartsDeps = Database &
  Reporting & { readonly worker: ImportWorker; readonly cube: Cube; readonly catalog: Catalog; readonly history: readonly ImportRecord[] } & {
    /** Saved region groups: id → member names. */
    readonly regionGroups: ReadonlyMap<string, readonly string[]>;
  };
export type RegionGroupsDeps = Database & Reporting;
export type DecksDeps = Database & Reporting & { readonly savedCharts: readonly SavedChart[]; readonly chartContext: ChartContext };
