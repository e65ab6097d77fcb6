import type { Qualifier } from '../domain/model';
import { qualifierIndex } from '../domain/qualifiers';
import { EDIT_LAYOUT, EDIT_SOURCE } from '../domain/editSource';
import { commitImport, type CommitResult } from './commitImport';
import type { IndiDb } from './db';


export interface ValueEdit {
  region: string;
  indicator: string;
  period: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  raw: string;
}

/**
 * A value corrected by hand is stored as its own one-value import: it supersedes the
 * imported value (which stays, visible as superseded), shows 手工修改 as its source,
 * travels in backups, and is undone like any import.
 */
export async function commitEdit(db: IndiDb, e: ValueEdit, now = Date.now()): Promise<CommitResult> {
  return commitImport(
    db,
    {
      fileName: EDIT_SOURCE,
      sha256: `edit:${now}:${e.region}:${e.indicator}:${e.period}`,
      layout: EDIT_LAYOUT,
      regions: [e.region],
      blocks: [
        {
          sheet: EDIT_SOURCE,
          indicator: e.indicator,
          unit: e.unit,
          regions: Uint32Array.of(0),
          periods: Int32Array.of(e.period),
          values: Float64Array.of(e.value),
          qualifiers: Uint8Array.of(qualifierIndex(e.qualifier)),
          rows: Uint32Array.of(0),
          cols: Uint32Array.of(0),
          rawRows: e.raw ? Uint32Array.of(0) : new Uint32Array(0),
          rawTexts: e.raw ? [e.raw] : [],
          unitRows: new Uint32Array(0),
          unitTexts: [],
        },
      ],
      skips: [],
      skipped: 0,
      newIndicators: [],
    },
    now,
  );
}
