import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from './fakeWorker';
import { xlsx } from '../fixtures/fixtures';
import { openDb } from '../../src/storage/db';
import { listImports } from '../../src/storage/findImports';
import { commitImport } from '../../src/storage/commitImport';

vi.mock('../../src/import/importWorkerClient', () => ({
  ImportWorkerClient: FakeWorker,
  CancelledError: class CancelledError extends Error {},
}));
const { AppState } = await import('../../src/state/appState.svelte');
type App = InstanceType<typeof AppState>;

let n = 0;
const opened: App[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) {
    app.close();
    await openDb((app as unknown as { dbName: string }).dbName).delete();
  }
});

/** A started app with one table stored (the sample removed), the grid showing it. */
async function startApp(): Promise<App> {
  const app = new AppState({ dbName: `undo-edits-${++n}-${Date.now()}`, worker: new FakeWorker() });
  opened.push(app);
  await app.start();
  await vi.waitUntil(() => app.sampleSettled, { timeout: 20_000 });
  await app.importer.removeSample();
  const bytes = xlsx([{ name: '2018', rows: [['地区', '行政复议纠错件数'], ['台州市', 7], ['丽水市', 9], ['衢州市', 4]] }]);
  await app.importer.open([{ name: 't.xlsx', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }]);
  await app.importer.confirm();
  return app;
}

/** The grid's rows as region=value. */
const grid = (app: App) => [...app.data.rows].map((i) => `${app.cube.regionOf(i)}=${app.cube.valueOf(i)}`);

describe('edits in the grid, undone and redone', () => {
  it('an edited row stays where it was (also when sorted by value), and Ctrl+Z / Ctrl+Y walk the edits', async () => {
    const app = await startApp();
    expect(grid(app)).toEqual(['台州市=7', '丽水市=9', '衢州市=4']);
    expect(await app.data.editCells([{ row: 0, key: 'value', text: '70' }])).toBeNull();
    expect(grid(app)).toEqual(['台州市=70', '丽水市=9', '衢州市=4']);
    app.data.sortBy('value');
    expect(grid(app)).toEqual(['衢州市=4', '丽水市=9', '台州市=70']);
    await app.data.editCells([{ row: 0, key: 'value', text: '100' }]);
    expect(grid(app)).toEqual(['衢州市=100', '丽水市=9', '台州市=70']);
    expect(app.data.canUndo).toBe(true);
    await app.data.undo();
    expect(grid(app)).toEqual(['衢州市=4', '丽水市=9', '台州市=70']);
    await app.data.undo();
    expect(grid(app)).toEqual(['衢州市=4', '台州市=7', '丽水市=9']);
    expect(app.data.canUndo).toBe(false);
    await app.data.redo();
    await app.data.redo();
    // The first edit was made in another order: redone, it takes its place in this sort.
    expect(grid(app)).toEqual(['衢州市=100', '丽水市=9', '台州市=70']);
    expect(app.data.canRedo).toBe(false);
    // Each stored edit is its own import; undone ones are gone from storage.
    expect((await listImports(app.database)).filter((h) => h.fileName === '手工修改')).toHaveLength(2);
  });

  it('a value the rules cannot read is refused with the reason, and nothing is stored', async () => {
    const app = await startApp();
    const imports = (await listImports(app.database)).length;
    expect(await app.data.editCells([{ row: 1, key: 'value', text: '很多' }])).toEqual({ reason: 'not-number', text: '很多' });
    expect(await app.data.editCells([{ row: 1, key: 'value', text: '—' }])).toEqual({ reason: 'missing', text: '—' });
    expect((await listImports(app.database)).length).toBe(imports);
    expect(app.data.canUndo).toBe(false);
    await app.data.editCells([{ row: 1, key: 'value', text: '2600余' }]);
    const i = app.data.rows[1];
    expect([app.cube.valueOf(i), app.cube.qualifierOf(i), app.cube.rawOf(i)]).toEqual([2600, '余', '2600余']);
  });

  it('a paste over two rows is one step; Delete clears as a removal that undo brings back', async () => {
    const app = await startApp();
    await app.data.editCells([{ row: 1, key: 'value', text: '11' }, { row: 1, key: 'unit', text: '宗' }, { row: 2, key: 'value', text: '12' }]);
    expect(grid(app)).toEqual(['台州市=7', '丽水市=11', '衢州市=12']);
    expect(app.cube.unitOf(app.data.rows[1])).toBe('宗');
    await app.data.clearRows([0]);
    expect(grid(app)).toEqual(['台州市=NaN', '丽水市=11', '衢州市=12']);
    await app.data.undo();
    expect(grid(app)).toEqual(['台州市=7', '丽水市=11', '衢州市=12']);
    await app.data.undo();
    expect(grid(app)).toEqual(['台州市=7', '丽水市=9', '衢州市=4']);
  });

  it('typed entries are resolved through the catalog and stored as one 手工录入 import, undone in one step', async () => {
    const app = await startApp();
    app.data.setEntry(0, { region: '兰州', indicator: '行政复议纠错件数', period: '2019年', value: '5' });
    app.data.addEntryRow();
    app.data.setEntry(1, { region: '天水市', indicator: '行政复议纠错件数', period: '2019', value: '约6' });
    app.data.addEntryRow();
    app.data.setEntry(2, { region: '兰州市', indicator: '手工新指标', period: '2019', value: 'abc' });
    expect(app.data.resolved[2]).toEqual({ ok: false, field: 'value', problem: 'not-number' });
    expect(await app.data.commitEntries(false)).toBe('invalid');
    app.data.setEntry(2, { value: '3' });
    expect(app.data.resolved[0]).toMatchObject({ ok: true, edit: { region: '兰州市', period: 20192019, value: 5 } });
    expect(await app.data.commitEntries(false)).toBe('new-names');
    expect(await app.data.commitEntries(true)).toBe('stored');
    const entry = app.importer.history.find((h) => h.fileName.startsWith('手工录入 '));
    expect(entry?.taken).toBe(3);
    expect(app.catalog.indicators.has('手工新指标')).toBe(true);
    expect(app.data.entries).toEqual([{ region: '', indicator: '', period: '', value: '' }]);
    app.data.setSearch('天水');
    expect(grid(app)).toEqual(['天水市=6']);
    await app.data.undo();
    expect(grid(app)).toEqual([]);
    expect(app.importer.history.some((h) => h.fileName.startsWith('手工录入 '))).toBe(false);
  });
  it('the new rows always end in one blank row to type into; a block pasted below fills as many rows as it has', async () => {
    const app = await startApp();
    const blank = { region: '', indicator: '', period: '', value: '' };
    expect(app.data.entries).toEqual([blank]);
    app.data.setEntry(0, { region: '兰州' });
    expect(app.data.entries).toEqual([{ ...blank, region: '兰州' }, blank]);
    app.data.setEntries([{ row: 1, patch: { region: '天水市', value: '1' } }, { row: 3, patch: { region: '白银市' } }]);
    expect(app.data.entries.map((d) => d.region)).toEqual(['兰州', '天水市', '', '白银市', '']);
    // Emptying the last typed row leaves one blank row at the end, the rows before it in place.
    app.data.setEntries([{ row: 3, patch: { region: '' } }]);
    expect(app.data.entries.map((d) => d.region)).toEqual(['兰州', '天水市', '']);
    app.data.removeEntryRow(0);
    expect(app.data.entries.map((d) => d.region)).toEqual(['天水市', '']);
  });
  it('a long list is sorted over several tasks (正在排序…), then an edit keeps the order without a new sort', async () => {
    const app = await startApp();
    // 150,000 values: past what is sorted at once.
    const n = 150_000;
    const regions = Array.from({ length: 1500 }, (_, i) => `地区${i}市`);
    const res = await commitImport(app.db!, {
      fileName: 'big.xlsx', sha256: 'big', layout: 'long', regions, skips: [], skipped: 0, newIndicators: [['大表指标', '件']],
      blocks: [{
        sheet: 'S', indicator: '大表指标', unit: '件',
        regions: Uint32Array.from({ length: n }, (_, i) => i % 1500), periods: Int32Array.from({ length: n }, (_, i) => (1900 + Math.floor(i / 1500)) * 10001),
        values: Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1000), qualifiers: new Uint8Array(n), rows: Uint32Array.from({ length: n }, (_, i) => i + 2), cols: new Uint32Array(n),
        rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
      }],
    });
    if (!res.ok) throw new Error(res.message);
    await app.bus.changed({ kind: 'imports', added: [res.importId] }, { kind: 'catalog' });
    const values = () => [...app.data.rows].map((i) => app.cube.valueOf(i));
    const ascending = (v: number[]) => v.every((x, k) => k === 0 || v[k - 1] <= x);
    app.data.sortBy('value');
    // Shown in cube order while the sort runs (not sorted at once), then sorted.
    expect(app.data.rows.length).toBe(n + 3);
    expect(ascending(values())).toBe(false);
    await vi.waitUntil(() => !app.data.sorting && ascending(values()), { timeout: 30_000, interval: 20 });
    const sorted = values();
    // An edit: the row stays where it was typed, every other row keeps its order, no sort runs.
    expect(await app.data.editCells([{ row: 10, key: 'value', text: '5000' }])).toBeNull();
    expect(app.data.sorting).toBe(false);
    const after = values();
    expect(after[10]).toBe(5000);
    expect(after.filter((_, k) => k !== 10)).toEqual(sorted.filter((_, k) => k !== 10));
  }, 60_000);
});
