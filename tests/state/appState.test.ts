import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from './fakeWorker';
import { xlsx } from '../fixtures/fixtures';
import { ChangeFeed } from '../../src/storage/changeFeed';
import { commitImport } from '../../src/storage/commitImport';
import { openDb } from '../../src/storage/db';
import { cellKey } from '../../src/domain/cube';
import { periodKey } from '../../src/domain/parsePeriod';
import type { Change } from '../../src/storage/change';

// The worker client loads the worker's code from a Vite virtual module; here the fake runs it in-process.
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

/** A started app over a fresh fake IndexedDB, the first-open sample landed. */
async function startApp(): Promise<App> {
  const app = new AppState({ dbName: `state-test-${++n}-${Date.now()}`, worker: new FakeWorker() });
  opened.push(app);
  await app.start();
  await vi.waitUntil(() => app.sampleSettled, { timeout: 20_000 });
  return app;
}

const file = (name: string, rows: unknown[][], sheet = '2018') => {
  const bytes = xlsx([{ name: sheet, rows }]);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};

/** Imports one file through the review and its confirm; the new import's id. */
async function importFile(app: App, f: { name: string; bytes: ArrayBuffer }): Promise<string> {
  await app.importer.open([f]);
  expect(app.importer.phase).toBe('review');
  await app.importer.confirm();
  const id = app.importer.reports[0]?.importId;
  if (!id) throw new Error(`not stored: ${JSON.stringify(app.importer.reports[0])}`);
  return id;
}

/** The grid's rows as region|indicator|value, through the cube's accessors. */
const gridRows = (app: App) => [...app.data.rows].map((i) => `${app.cube.regionOf(i)}|${app.cube.indicatorOf(i)}|${app.cube.value[i]}`);

const TABLE = [['地区', '行政复议纠错件数'], ['台州市', 7], ['丽水市', 9]];

describe('the state slices over real storage', () => {
  it('an import, then its undo, updates the cube, the grid, the history and the chart, without reading the store again', async () => {
    const app = await startApp();
    const before = app.cube.n;
    const fullLoads = vi.spyOn(app.stored as unknown as { loadCube: () => Promise<void> }, 'loadCube');
    const chartsLoad = vi.spyOn(app.charts, 'loadSaved');
    app.charts.update({ indicator: '行政复议纠错件数' });

    const id = await importFile(app, file('台州丽水.xlsx', TABLE));
    expect(app.cube.n).toBe(before + 2);
    expect(app.cube.imports).toContain(id);
    app.data.setSearch('台州');
    expect(gridRows(app)).toEqual(['台州市|行政复议纠错件数|7']);
    expect(app.importer.history.map((h) => h.fileName)).toContain('台州丽水.xlsx');
    expect(app.axes.regions).toContain('丽水市');
    expect(JSON.stringify(app.charts.option)).toContain('丽水市');

    await app.importer.undo(id);
    expect(app.cube.n).toBe(before);
    expect(gridRows(app)).toEqual([]);
    expect(app.importer.history.map((h) => h.fileName)).not.toContain('台州丽水.xlsx');
    expect(app.axes.regions).not.toContain('丽水市');
    expect(JSON.stringify(app.charts.option)).not.toContain('丽水市');
    // The cube followed the change from the import's own blocks; charts were not read again.
    expect(fullLoads).not.toHaveBeenCalled();
    expect(chartsLoad).not.toHaveBeenCalled();
  });

  it('the cube built from one import’s blocks equals the cube read whole from storage', async () => {
    const app = await startApp();
    await importFile(app, file('a.xlsx', TABLE));
    await importFile(app, file('b.xlsx', [['地区', '行政复议纠错件数'], ['台州市', 8]]));
    const incremental = app.cube;
    await (app.stored as unknown as { loadCube: () => Promise<void> }).loadCube();
    const whole = app.cube;
    const cells = (c: typeof whole) => Array.from({ length: c.n }, (_, i) => `${c.regionOf(i)}|${c.indicatorOf(i)}|${c.period[i]}|${c.value[i]}|${c.inForce(i)}`);
    expect(cells(incremental)).toEqual(cells(whole));
    expect(incremental.ofIndicator('行政复议纠错件数')).toEqual(whole.ofIndicator('行政复议纠错件数'));
  });

  it('a merge updates the counts of the 指标 page and the grid', async () => {
    const app = await startApp();
    await importFile(app, file('纠错.xlsx', [['地区', '纠错数'], ['台州市', 7], ['丽水市', 9]]));
    const into = '行政复议纠错件数';
    const from = [...app.catalog.indicators.values()].find((i) => i.name === '纠错数')!.id;
    const was = app.catalogPage.counts.indicators.get(into) ?? 0;
    expect(app.catalogPage.counts.indicators.get(from)).toBe(2);
    expect(await app.catalogPage.mergeIndicator(from, into)).toBe(true);
    expect(app.catalogPage.counts.indicators.get(from)).toBeUndefined();
    expect(app.catalogPage.counts.indicators.get(into)).toBe(was + 2);
    app.data.setSearch('丽水');
    expect(gridRows(app)).toEqual([`丽水市|${into}|9`]);
    expect(app.catalog.indicators.get(from)?.mergedInto).toBe(into);
  });

  it('a settled conflict puts the chosen import’s value in force', async () => {
    const app = await startApp();
    const first = await importFile(app, file('a.xlsx', TABLE));
    await importFile(app, file('b.xlsx', [['地区', '行政复议纠错件数'], ['台州市', 8]]));
    app.data.setSearch('台州');
    expect(gridRows(app)).toEqual(['台州市|行政复议纠错件数|8']);
    await app.data.choose(cellKey('台州市', '行政复议纠错件数', periodKey({ start: 2018, end: 2018 })), first);
    expect(gridRows(app)).toEqual(['台州市|行政复议纠错件数|7']);
  });

  it('a change in another tab reloads only the part it names', async () => {
    const app = await startApp();
    const dbName = (app as unknown as { dbName: string }).dbName;
    const loaders = {
      history: vi.spyOn(app.importer, 'loadHistory'),
      imports: vi.spyOn(app.stored, 'applyImports'),
      catalog: vi.spyOn(app.stored, 'loadCatalog'),
      pins: vi.spyOn(app.stored, 'loadPins'),
      charts: vi.spyOn(app.charts, 'loadSaved'),
      decks: vi.spyOn(app.decks, 'load'),
      settings: vi.spyOn(app.backup, 'load'),
    };
    const called = () => Object.entries(loaders).filter(([, s]) => s.mock.calls.length).map(([k]) => k).sort();
    const other = new ChangeFeed(dbName, () => {});
    const tell = async (changes: Change[], expected: string[]) => {
      for (const s of Object.values(loaders)) s.mockClear();
      other.announce(changes);
      await vi.waitUntil(() => called().length >= expected.length, { timeout: 5000 });
      expect(called()).toEqual(expected.sort());
    };
    try {
      await tell([{ kind: 'decks' }], ['decks']);
      await tell([{ kind: 'charts' }], ['charts']);
      await tell([{ kind: 'settings' }], ['settings']);
      await tell([{ kind: 'pins' }], ['pins']);

      // The other tab stored an import: this tab reads that import's blocks, and its history.
      const db = openDb(dbName);
      const res = await commitImport(db, {
        fileName: 'elsewhere.xlsx', sha256: 'x', layout: 'long', regions: ['湖州市'],
        blocks: [{
          sheet: 'S', indicator: '行政复议纠错件数', unit: '件', regions: Uint32Array.of(0), periods: Int32Array.of(periodKey({ start: 2018, end: 2018 })),
          values: Float64Array.of(5), qualifiers: new Uint8Array(1), rows: Uint32Array.of(1), cols: Uint32Array.of(1),
          rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
        }],
        skips: [], skipped: 0, newIndicators: [],
      });
      db.close();
      if (!res.ok) throw new Error(res.message);
      await tell([{ kind: 'imports', added: [res.importId] }], ['history', 'imports']);
      await vi.waitUntil(() => app.cube.imports.includes(res.importId));
      expect(app.axes.regions).toContain('湖州市');
      expect(app.importer.history.some((h) => h.id === res.importId)).toBe(true);

      // A message this copy cannot read (an older copy's) reloads everything.
      for (const s of Object.values(loaders)) s.mockClear();
      (other as unknown as { channel: BroadcastChannel }).channel.postMessage({ what: 'data' });
      await vi.waitUntil(() => called().length === 7, { timeout: 5000 });
    } finally {
      other.close();
    }
  });

  it('writes here tell the other tabs what they changed', async () => {
    const app = await startApp();
    const dbName = (app as unknown as { dbName: string }).dbName;
    const heard: Change[][] = [];
    const other = new ChangeFeed(dbName, (c) => heard.push([...c]));
    try {
      await app.decks.create('汇报');
      const id = await importFile(app, file('a.xlsx', TABLE));
      await app.data.choose('k', null);
      await vi.waitUntil(() => heard.length >= 3, { timeout: 5000 });
      expect(heard).toEqual([[{ kind: 'decks' }], [{ kind: 'catalog' }, { kind: 'imports', added: [id] }], [{ kind: 'pins' }]]);
    } finally {
      other.close();
    }
  });

  it('opened on a chart, start-up draws it from its own indicators first, the same chart the whole store then draws', async () => {
    const app = await startApp();
    await importFile(app, file('两项.xlsx', [['地区', '行政复议纠错件数', '培训人次'], ['台州市', 7, 300], ['丽水市', 9, 400]]));
    app.charts.update({ indicator: '行政复议纠错件数' });
    await app.go('charts');
    const dbName = (app as unknown as { dbName: string }).dbName;
    const peek = openDb(dbName);
    await vi.waitUntil(async () => ((await peek.meta.get('charts.current'))?.value as { spec?: { indicator?: string } } | undefined)?.spec?.indicator === '行政复议纠错件数');
    peek.close();
    const all = app.cube.n;
    app.close();

    const again = new AppState({ dbName, worker: new FakeWorker() });
    opened.push(again);
    const first: { indicators: string[]; n: number; partial: boolean; option: string }[] = [];
    const loadFirst = again.stored.loadFirst.bind(again.stored);
    vi.spyOn(again.stored, 'loadFirst').mockImplementation(async (ids) => {
      await loadFirst(ids);
      first.push({ indicators: [...again.cube.indicators], n: again.cube.n, partial: again.partial, option: JSON.stringify(again.charts.option) });
    });
    // The page shown from the early chart on, also in the moment the full cube lands before 'ready'.
    const waiting: boolean[] = [];
    const applyImports = again.stored.applyImports.bind(again.stored);
    vi.spyOn(again.stored, 'applyImports').mockImplementation(async (change) => {
      waiting.push(again.waiting);
      await applyImports(change);
      waiting.push(again.waiting);
    });
    expect(again.waiting).toBe(true);
    await again.start();
    expect(waiting).toEqual([false, false]);
    expect(first).toHaveLength(1);
    expect(first[0].partial).toBe(true);
    expect(first[0].indicators).toEqual(['行政复议纠错件数']);
    expect(first[0].n).toBeLessThan(all);
    expect(again.partial).toBe(false);
    expect(again.cube.n).toBe(all);
    expect(JSON.stringify(again.charts.option)).toBe(first[0].option);
  });
});

describe('deck edits in quick succession', () => {
  it('all land, in order: a title typed just before a move, a note, a removal, a rename', async () => {
    const app = await startApp();
    await app.decks.addCharts(['c1', 'c2', 'c3'], null, '汇报');
    const id = app.decks.current!.id;
    // Not awaited one by one: a presenter types a title and moves the slide at once.
    const edits = [
      app.decks.editSlide(0, { title: '纠错率：各地比较' }),
      app.decks.move(2, 1),
      app.decks.editSlide(1, { note: '口径不同' }),
      app.decks.rename(id, '年度汇报'),
      app.decks.move(0, 2),
      app.decks.removeSlide(0),
    ];
    // The screen shows every edit at once, before any is stored.
    const shown = () => ({ name: app.decks.current?.name, slides: app.decks.current?.slides.map((s) => `${s.chartId}|${s.title}|${s.note}`) });
    const expected = { name: '年度汇报', slides: ['c2||', 'c1|纠错率：各地比较|'] };
    expect(shown()).toEqual(expected);
    await Promise.all(edits);
    expect(shown()).toEqual(expected);
    await app.decks.load();
    expect(shown()).toEqual(expected);
    const dbName = (app as unknown as { dbName: string }).dbName;
    const peek = openDb(dbName);
    const stored = await peek.decks.get(id);
    peek.close();
    expect({ name: stored?.name, slides: stored?.slides.map((s) => `${s.chartId}|${s.title}|${s.note}`) }).toEqual(expected);
  });
});

describe('a cancel while the reviewed files are being saved', () => {
  it('stores nothing of the file under way and closes the review, as if never confirmed', async () => {
    const app = await startApp();
    const stored = await app.db!.blocks.count();
    const n = app.cube.n;
    await app.importer.open([file('台州丽水.xlsx', TABLE)]);
    const saving = app.importer.confirm();
    expect(app.importer.phase).toBe('committing');
    app.importer.cancel();
    await saving;
    expect(app.importer.phase).toBe('idle');
    expect(app.importer.drafts).toEqual([]);
    expect(app.importer.reports).toEqual([]);
    // The page says the cancel stored nothing (it is otherwise back where it was).
    expect(app.importer.cancelled).toBe(true);
    expect(await app.db!.blocks.count()).toBe(stored);
    expect(app.cube.n).toBe(n);
  });

  it('keeps a file stored before the cancel, and reports the next one as cancelled with nothing saved', async () => {
    const app = await startApp();
    await app.importer.open([file('台州丽水.xlsx', TABLE), file('金华.xlsx', [['地区', '行政复议纠错件数'], ['金华市', 33]])]);
    const second = app.importer.drafts[1].draft.id;
    // The cancel comes while the second file's blocks are being taken from the worker.
    const worker = (app as unknown as { worker: FakeWorker }).worker;
    const request = worker.request.bind(worker);
    vi.spyOn(worker, 'request').mockImplementation(async (kind, payload) => {
      if (kind === 'take' && (payload as { draftId: string }).draftId === second) app.importer.cancel();
      return request(kind, payload);
    });
    await app.importer.confirm();
    const reports = app.importer.reports.map((r) => [r.fileName, r.taken, r.failure]);
    expect(reports).toEqual([['台州丽水.xlsx', 2, null], ['金华.xlsx', 0, 'report.cancelled']]);
    expect(app.importer.history.map((h) => h.fileName)).toContain('台州丽水.xlsx');
    expect(app.importer.history.map((h) => h.fileName)).not.toContain('金华.xlsx');
    expect(app.cube.regions).toContain('台州市');
    expect(app.cube.regions).not.toContain('金华市');
    expect(app.importer.phase).toBe('idle');
    // Something was stored: the report says what, not that nothing was.
    expect(app.importer.cancelled).toBe(false);
  });
});

describe('a database a newer copy of the file wrote', () => {
  it('is neither read nor written: the app says to open it with the newer copy', async () => {
    const { default: Dexie } = await import('dexie');
    const { SCHEMA_VERSIONS } = await import('../../src/storage/schema');
    const dbName = `state-newer-${Date.now()}`;
    const newer = new Dexie(dbName);
    for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
    newer.version(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version + 1).stores({ futureStore: 'id' });
    await newer.table('meta').put({ key: 'lang', value: 'en' });
    newer.close();

    const app = new AppState({ dbName, worker: new FakeWorker() });
    opened.push(app);
    await app.start();
    expect(app.status).toBe('newer');
    await new Promise((r) => setTimeout(r, 50));
    const after = new Dexie(dbName);
    await after.open();
    // No catalog seeded, no sample offered, nothing else touched.
    expect(await after.table('indicators').count()).toBe(0);
    expect(await after.table('meta').toArray()).toEqual([{ key: 'lang', value: 'en' }]);
    after.close();
  });
});
