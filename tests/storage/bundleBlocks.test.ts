import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { planCommit } from '../../src/state/planCommit';
import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { bundleBlocks, isBundle, unbundleBlocks, type StoredBlock } from '../../src/storage/bundleBlocks';
import { addBlocksInSlices } from '../../src/storage/addInSlices';
import { commitImport, type CommitInput } from '../../src/storage/commitImport';
import { openDb, type IndiDb } from '../../src/storage/db';
import { loadCube } from '../../src/storage/loadCube';
import { readCatalog } from '../../src/storage/readCatalog';
import { SCHEMA_VERSIONS, type ObservationBlock } from '../../src/storage/schema';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { undoImport } from '../../src/storage/undoImport';
import { collectBackup } from '../../src/storage/backup';
import { xlsx } from '../fixtures/fixtures';
import { mulberry32 } from '../fixtures/layoutGenerator';
import { packBlocks, packedBuffers, unpackBlocks } from '../../src/import/packBlocks';
import type { BlockData } from '../../src/domain/model';

function block(random: () => number, importId: string, indicator: string, n: number): ObservationBlock {
  const rows = (k: number) => Uint32Array.from({ length: k }, (_, i) => i);
  const rawRows = [...rows(n)].filter(() => random() < 0.1);
  const unitRows = [...rows(n)].filter(() => random() < 0.05);
  return {
    importId,
    sheet: `${2010 + Math.floor(random() * 10)}年`,
    indicator,
    unit: random() < 0.5 ? '件' : '%',
    regions: Uint32Array.from({ length: n }, () => Math.floor(random() * 50)),
    periods: Int32Array.from({ length: n }, () => 2010 + Math.floor(random() * 10)),
    values: Float64Array.from({ length: n }, () => (random() < 0.05 ? NaN : random() * 1000)),
    qualifiers: Uint8Array.from({ length: n }, () => Math.floor(random() * 3)),
    rows: Uint32Array.from({ length: n }, (_, i) => i + 1),
    cols: Uint32Array.from({ length: n }, () => Math.floor(random() * 30)),
    rawRows: Uint32Array.from(rawRows),
    rawTexts: rawRows.map((r) => `约${r}`),
    unitRows: Uint32Array.from(unitRows),
    unitTexts: unitRows.map((r) => `万${r}`),
  };
}

const plain = (b: ObservationBlock) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v]));

describe('bundleBlocks', () => {
  it('stores runs of small blocks of one import together and gives back the same blocks, in order', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const random = mulberry32(seed);
      const blocks: ObservationBlock[] = [];
      for (let k = 0; k < 200; k++) {
        const n = random() < 0.05 ? 2048 + Math.floor(random() * 3000) : Math.floor(random() * 120);
        blocks.push(block(random, random() < 0.02 ? `b${seed}` : `a${seed}`, `指标${k}`, n));
      }
      const records = bundleBlocks(blocks);
      expect(records.length).toBeLessThan(blocks.length / 3);
      expect(records.some(isBundle)).toBe(true);
      expect(unbundleBlocks(records).map(plain)).toEqual(blocks.map(plain));
    }
  });

  it('leaves a large block a record of its own, untouched', () => {
    const b = block(mulberry32(7), 'a', '指标', 5000);
    expect(bundleBlocks([b])).toEqual([b]);
  });
});

describe('blocks packed for the message from the import worker', () => {
  it('unpack to the same blocks, in order, with no column read past its own end', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = mulberry32(seed);
      const blocks: BlockData[] = [];
      for (let k = 0; k < 150; k++) {
        const { importId: _i, ...b } = block(random, 'a', `指标${k}`, random() < 0.1 ? 2048 + Math.floor(random() * 1000) : Math.floor(random() * 90));
        blocks.push(b);
      }
      const packed = packBlocks(blocks);
      expect(packedBuffers(packed)).toHaveLength(11);
      const back = unpackBlocks(packed);
      expect(back.map((b) => plain({ ...b, importId: 'a' }))).toEqual(blocks.map((b) => plain({ ...b, importId: 'a' })));
    }
  });

  it('are stored with buffers of their own: a record never carries the whole page of values', async () => {
    const random = mulberry32(3);
    const blocks = [block(random, 'a', '大', 3000), block(random, 'a', '小', 40), block(random, 'b', '独', 40)].map(({ importId: _i, ...b }) => b);
    const records: StoredBlock[] = [];
    await addBlocksInSlices({ bulkAdd: async (rows) => void records.push(...rows) }, unpackBlocks(packBlocks(blocks)).map((b, k) => ({ ...b, importId: k < 2 ? 'a' : 'b' })));
    expect(records).toHaveLength(3);
    for (const r of records) {
      for (const a of [r.values, r.regions, r.rawRows, r.unitRows]) expect(a.buffer.byteLength).toBe(a.byteLength);
    }
    expect(unbundleBlocks(records).map((b) => b.indicator)).toEqual(['大', '小', '独']);
  });
});

describe('bundles in the database', () => {
  let db: IndiDb;
  let n = 0;
  afterEach(async () => {
    await db?.delete();
  });

  async function prepare(name: string, bytes: Uint8Array): Promise<CommitInput> {
    const od = await buildDraft('x', name, bytes, await readCatalog(db), {}, () => {});
    const plan = planCommit(od.draft, od.draft.sheets.map((s) => s.count > 0));
    if (plan.kind !== 'values') throw new Error(`planned ${plan.kind}`);
    return { ...plan.input, ...draftBlocks(od, plan.sheets.map((s) => s.index)) };
  }

  /** A wide sheet: 400 indicator columns over 6 regions, one small block per column. */
  const wide = (shift: (r: number, c: number) => number) =>
    xlsx([
      {
        name: '2018年',
        rows: [
          ['地区', ...Array.from({ length: 400 }, (_, c) => `自设指标${c + 1}`)],
          ...Array.from({ length: 6 }, (_, r) => [`地区${r + 1}`, ...Array.from({ length: 400 }, (_, c) => r * 1000 + c + shift(r, c))]),
        ],
      },
    ]);

  it('a wide import is stored in a few records, read back whole, found for conflicts, undone and backed up whole', async () => {
    db = openDb(`bundle-test-${++n}`);
    await seedCatalog(db);
    const first = await commitImport(db, await prepare('a.xlsx', wide(() => 0)));
    if (!first.ok) throw new Error(first.message);
    expect(await db.blocks.count()).toBeLessThan(10);
    let cube = await loadCube(db);
    expect(cube.n).toBe(2400);
    expect(cube.indicators.length).toBe(400);

    // One figure differs in a later file: the conflict is found through the bundle's index.
    const second = await commitImport(db, await prepare('b.xlsx', wide((r, c) => (r === 2 && c === 377 ? 5 : 0))));
    if (!second.ok) throw new Error(second.message);
    expect(second.conflicts.map((c) => [c.region, c.indicator, c.previous, c.value])).toEqual([['地区3', '自设指标378', 2377, 2382]]);

    const backup = await collectBackup(db);
    expect(backup.blocks.reduce((s, b) => s + b.values.length, 0)).toBe(4800);
    expect(backup.blocks.every((b) => b.values.buffer.byteLength === b.values.byteLength)).toBe(true);

    await undoImport(db, second.importId);
    await undoImport(db, first.importId);
    expect(await db.blocks.count()).toBe(0);
    cube = await loadCube(db);
    expect(cube.n).toBe(0);
  });

  it('a database written before bundles opens, its blocks read beside new bundles', async () => {
    const name = `bundle-old-${++n}`;
    const old = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= 2)) old.version(version).stores(stores);
    await old.open();
    const b = block(mulberry32(3), 'i-old', '行政复议纠错件数', 40);
    await old.table('imports').add({ id: 'i-old', fileName: 'old.xlsx', sha256: 'x', importedAt: 1, layout: 'wide', taken: 40, skipped: 0, skips: [], regions: Array.from({ length: 50 }, (_, i) => `地区${i}`) });
    await old.table('blocks').add(b);
    old.close();

    db = openDb(name);
    await seedCatalog(db);
    const added = await commitImport(db, await prepare('a.xlsx', wide(() => 0)));
    expect(added.ok).toBe(true);
    const cube = await loadCube(db);
    expect(cube.n).toBe(40 + 2400);
    expect(await db.blocks.where('indicator').equals('行政复议纠错件数').count()).toBe(1);
  });
});
