import type { BackupData, Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';
import { findConflicts, type Conflict } from './findConflicts';
import { saveMeta } from './meta';
import { loadPins } from './pins';
import { BackupRefused, checkBackup } from './checkBackup';
import { regionGroupTable } from './regionGroups';
import { addBlocksInSlices } from './addInSlices';
import { readBlocksInPages } from './readBlocksInPages';
import { withOwnBuffers } from './bundleBlocks';
import { catalogStores, indicatorCatalog, regionCatalog } from './catalogStore';

export { BackupRefused };

/** The whole stored state, for a backup workbook. */
export async function collectBackup(db: IndiDb): Promise<BackupData> {
  return db.transaction('r', [db.imports, db.blocks, ...catalogStores(db), db.charts, db.decks, db.meta, regionGroupTable(db)], async () => ({
    imports: await db.imports.toArray(),
    blocks: (await readBlocksInPages(db)).map(({ id: _id, ...b }) => withOwnBuffers(b)),
    indicators: await indicatorCatalog(db).read(),
    regions: await regionCatalog(db).read(),
    charts: await db.charts.toArray(),
    decks: await db.decks.toArray(),
    pins: [...(await loadPins(db))],
    regionGroups: await regionGroupTable(db).toArray(),
  }));
}

export interface RestoreResult {
  imports: number;
  observations: number;
  /** Imports of the backup already here (same import id): skipped, never duplicated. */
  alreadyHere: number;
  charts: number;
  decks: number;
  conflicts: Conflict[];
}

/** What a restore would replace: shown in the confirmation before anything changes. */
export async function countState(db: IndiDb): Promise<{ imports: number; observations: number; charts: number; decks: number }> {
  const imports = await db.imports.toArray();
  return { imports: imports.length, observations: imports.reduce((s, i) => s + i.taken, 0), charts: await db.charts.count(), decks: await db.decks.count() };
}

function unionAliases<T extends Indicator | Region>(have: T, incoming: T): T {
  const aliases = [...new Set([...have.aliases, ...incoming.aliases])];
  return aliases.length === have.aliases.length ? have : { ...have, aliases };
}

/**
 * Applies a parsed backup in one transaction. `replace`: the data becomes exactly the
 * backup's. `merge`: a colleague's work joins ours — imports stay apart (an import already
 * here is skipped, so merging twice duplicates nothing), catalog entries are added or
 * extended with aliases, differing values are listed as conflicts. A record that fails
 * checkBackup refuses the whole backup (BackupRefused), with nothing written.
 */
export async function restoreBackup(db: IndiDb, backup: BackupData, mode: 'replace' | 'merge'): Promise<RestoreResult> {
  // Every record through the same checks as the app's own writes, before anything is written.
  const data = checkBackup(backup);
  const groups = regionGroupTable(db);
  return db.transaction('rw', [db.imports, db.blocks, ...catalogStores(db), db.charts, db.decks, db.meta, groups], async () => {
    // A backup written before region groups existed says nothing about them: the groups here stay.
    if (data.regionGroups && mode === 'replace') await groups.clear();
    if (data.regionGroups) {
      const have = new Set(await groups.toCollection().primaryKeys());
      await groups.bulkAdd(data.regionGroups.filter((g) => !have.has(g.id)));
    }
    if (mode === 'replace') {
      await Promise.all([db.imports.clear(), db.blocks.clear(), db.catalogPages.clear(), db.indicators.clear(), db.regions.clear(), db.charts.clear(), db.decks.clear()]);
      await db.imports.bulkAdd(data.imports);
      await addBlocksInSlices(db.blocks, data.blocks);
      await indicatorCatalog(db).add(data.indicators);
      await regionCatalog(db).add(data.regions);
      await db.charts.bulkAdd(data.charts);
      await db.decks.bulkAdd(data.decks);
      await saveMeta(db, 'pins', data.pins);
      return {
        imports: data.imports.length,
        observations: data.blocks.reduce((s, b) => s + b.values.length, 0),
        alreadyHere: 0,
        charts: data.charts.length,
        decks: data.decks.length,
        conflicts: [],
      };
    }
    const have = new Set(await db.imports.toCollection().primaryKeys());
    const fresh = data.imports.filter((i) => !have.has(i.id));
    const freshIds = new Set(fresh.map((i) => i.id));
    const blocks = data.blocks.filter((b) => freshIds.has(b.importId));
    const conflicts = await findConflicts(db, fresh.map((imp) => ({ id: imp.id, regions: imp.regions, blocks: blocks.filter((b) => b.importId === imp.id) })));
    await db.imports.bulkAdd(fresh);
    await addBlocksInSlices(db.blocks, blocks);
    // An entry already here only gains the backup's aliases.
    await indicatorCatalog(db).join(data.indicators, unionAliases);
    await regionCatalog(db).join(data.regions, unionAliases);
    const haveCharts = new Set(await db.charts.toCollection().primaryKeys());
    const charts = data.charts.filter((c) => !haveCharts.has(c.id));
    await db.charts.bulkAdd(charts);
    const haveDecks = new Set(await db.decks.toCollection().primaryKeys());
    const decks = data.decks.filter((d) => !haveDecks.has(d.id));
    await db.decks.bulkAdd(decks);
    const pins = await loadPins(db);
    for (const [key, importId] of data.pins) if (!pins.has(key)) pins.set(key, importId);
    await saveMeta(db, 'pins', [...pins]);
    return {
      imports: fresh.length,
      observations: blocks.reduce((s, b) => s + b.values.length, 0),
      alreadyHere: data.imports.length - fresh.length,
      charts: charts.length,
      decks: decks.length,
      conflicts,
    };
  });
}
