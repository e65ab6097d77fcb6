import type { BlockData, ImportRecord, Indicator, Region, Skip } from '../domain/model';
import type { IndiDb } from './db';
import type { ObservationBlock } from './schema';
import { newId } from './newId';
import { findConflicts, type Conflict } from './findConflicts';
import { writeRegionMeta } from './applyRegionMeta';
import { estimateBytes, isQuotaError } from './quota';
import { addBlocksInSlices } from './addInSlices';
import { catalogStores, indicatorCatalog, plainIndicator, plainRegion, regionCatalog } from './catalogStore';

export type { Conflict };

export interface CommitInput {
  fileName: string;
  sha256: string;
  layout: string;
  /** Region names; blocks refer to them by index. */
  regions: string[];
  blocks: BlockData[];
  skips: Skip[];
  skipped: number;
  /** Indicator names the catalog lacks, with their unit (pairs: names are data, never object keys). */
  newIndicators: [string, string][];
  /**
   * [region, level, parent] from any sheet of the file (级别/省份 columns, region lists):
   * written in the same transaction as the values, by writeRegionMeta's policy.
   */
  regionMeta?: [string, string, string][];
  sample?: boolean;
  /**
   * Values the user typed are meant to supersede what is stored: no conflict list is asked of
   * them (it reads every stored value of their indicators, the bulk of an edit's time).
   */
  skipConflicts?: boolean;
  /** The user's cancel: the write stops where it is and rolls back, as if never begun. */
  signal?: AbortSignal;
}

export type CommitResult =
  | { ok: true; importId: string; taken: number; conflicts: Conflict[]; newRegions: number; newIndicators: number; regionsUpdated: number }
  | { ok: false; reason: 'quota' | 'failed' | 'cancelled'; message: string; neededBytes?: number };

/** Detailed skips kept per import; the count is always exact. */
const MAX_STORED_SKIPS = 2000;

/**
 * Stores one import all-or-nothing: its record, its blocks, the indicators and regions it
 * introduces. Earlier values are never touched — a later import supersedes them, and where
 * the figure differs that is listed as a conflict. A quota error rolls the whole write back.
 */
export async function commitImport(db: IndiDb, input: CommitInput, now = Date.now()): Promise<CommitResult> {
  const importId = newId('i');
  const taken = input.blocks.reduce((s, b) => s + b.values.length, 0);
  // Thrown inside the transaction, it aborts it: nothing written so far stays.
  const stopIfCancelled = () => {
    if (input.signal?.aborted) throw new CommitCancelled();
  };
  try {
    return await db.transaction('rw', [db.imports, db.blocks, ...catalogStores(db), db.meta], async () => {
      stopIfCancelled();
      const conflicts = input.skipConflicts ? [] : await findConflicts(db, [input]);
      stopIfCancelled();
      const ids = [...new Set(input.blocks.map((b) => b.indicator))];

      // New catalog entries.
      const newUnits = new Map(input.newIndicators);
      const indicators = indicatorCatalog(db);
      const haveIndicators = await indicators.ids();
      const newIndicators: Indicator[] = ids.filter((id) => !haveIndicators.has(id)).map((id) => plainIndicator(id, newUnits.get(id) ?? ''));
      await indicators.add(newIndicators);
      const regions = regionCatalog(db);
      const haveRegions = await regions.ids();
      const addRegions: Region[] = input.regions.filter((r) => !haveRegions.has(r)).map(plainRegion);
      await regions.add(addRegions);
      // Levels and parents the file states, by the one policy (also for region lists).
      const regionsUpdated = await writeRegionMeta(db, input.regionMeta ?? []);
      stopIfCancelled();

      const record: ImportRecord = {
        id: importId,
        fileName: input.fileName,
        sha256: input.sha256,
        importedAt: now,
        layout: input.layout,
        taken,
        skipped: input.skipped,
        skips: input.skips.slice(0, MAX_STORED_SKIPS),
        regions: input.regions,
        ...(input.sample ? { sample: true } : {}),
      };
      await db.imports.add(record);
      await addBlocksInSlices(db.blocks, input.blocks.map((b): ObservationBlock => ({ ...b, importId })), stopIfCancelled);
      return { ok: true as const, importId, taken, conflicts, newRegions: addRegions.length, newIndicators: newIndicators.length, regionsUpdated };
    });
  } catch (e) {
    if (e instanceof CommitCancelled) return { ok: false, reason: 'cancelled', message: e.message };
    if (isQuotaError(e)) {
      return { ok: false, reason: 'quota', message: String(e), neededBytes: estimateBytes(input.blocks) };
    }
    return { ok: false, reason: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

class CommitCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CommitCancelled';
  }
}
