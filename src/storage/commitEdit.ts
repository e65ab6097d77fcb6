import type { BlockData, Qualifier } from '../domain/model';
import { qualifierIndex } from '../domain/qualifiers';
import { EDIT_LAYOUT, EDIT_SOURCE } from '../domain/editSource';
import { commitImport, type CommitResult } from './commitImport';
import type { IndiDb } from './db';

export interface ValueEdit {
  region: string;
  indicator: string;
  period: number;
  /** NaN: the value is cleared (a removal that supersedes the value in force, undone like any edit). */
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
}

/** Where a batch of values came from: the import's file name and the sheet its values cite. */
export interface EditOrigin {
  fileName: string;
  sheet: string;
  /** Indicator names the catalog lacks, with their unit, that the user agreed to add. */
  newIndicators?: [string, string][];
}

/**
 * Values by hand as blocks of one import: one block per indicator, rows in the order given
 * (row i of the batch is cell row i, so each value can be told back to where it was typed).
 */
export function editBlocks(edits: readonly ValueEdit[], sheet: string): { regions: string[]; blocks: BlockData[] } {
  const regions: string[] = [];
  const regionIdx = new Map<string, number>();
  const byIndicator = new Map<string, number[]>();
  edits.forEach((e, at) => {
    if (!regionIdx.has(e.region)) regionIdx.set(e.region, regions.push(e.region) - 1);
    const list = byIndicator.get(e.indicator) ?? [];
    list.push(at);
    byIndicator.set(e.indicator, list);
  });
  const blocks: BlockData[] = [...byIndicator].map(([indicator, at]) => {
    const rows = at.map((k) => edits[k]);
    const unit = rows[0].unit;
    const withRaw = rows.flatMap((e, i) => (e.raw ? [i] : []));
    const oddUnit = rows.flatMap((e, i) => (e.unit !== unit ? [i] : []));
    return {
      sheet,
      indicator,
      unit,
      regions: Uint32Array.from(rows, (e) => regionIdx.get(e.region)!),
      periods: Int32Array.from(rows, (e) => e.period),
      values: Float64Array.from(rows, (e) => e.value),
      qualifiers: Uint8Array.from(rows, (e) => qualifierIndex(e.qualifier)),
      rows: Uint32Array.from(at),
      cols: new Uint32Array(rows.length),
      rawRows: Uint32Array.from(withRaw),
      rawTexts: withRaw.map((i) => rows[i].raw),
      unitRows: Uint32Array.from(oddUnit),
      unitTexts: oddUnit.map((i) => rows[i].unit),
    };
  });
  return { regions, blocks };
}

/**
 * Values corrected, cleared or pasted by hand are stored as their own import: they supersede
 * the imported values (which stay, visible as superseded), show 手工修改 as their source,
 * travel in backups, and are undone like any import — several at once as one step.
 */
export async function commitEdits(db: IndiDb, edits: readonly ValueEdit[], now = Date.now(), origin: EditOrigin = { fileName: EDIT_SOURCE, sheet: EDIT_SOURCE }): Promise<CommitResult> {
  const first = edits[0];
  return commitImport(
    db,
    {
      fileName: origin.fileName,
      sha256: `edit:${now}:${edits.length}:${first ? `${first.region}:${first.indicator}:${first.period}` : ''}`,
      layout: EDIT_LAYOUT,
      ...editBlocks(edits, origin.sheet),
      skips: [],
      skipped: 0,
      newIndicators: origin.newIndicators ?? [],
      skipConflicts: true,
    },
    now,
  );
}

/** One value corrected by hand (a one-value import). */
export function commitEdit(db: IndiDb, e: ValueEdit, now = Date.now()): Promise<CommitResult> {
  return commitEdits(db, [e], now);
}
