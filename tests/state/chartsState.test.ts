import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from './fakeWorker';
import { openDb } from '../../src/storage/db';
import { loadMeta } from '../../src/storage/meta';

vi.mock('../../src/import/importWorkerClient', () => ({
  ImportWorkerClient: FakeWorker,
  CancelledError: class CancelledError extends Error {},
}));
const { AppState } = await import('../../src/state/appState.svelte');
type App = InstanceType<typeof AppState>;

const opened: App[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) app.close();
  for (const name of names.splice(0)) await openDb(name).delete();
});

async function startApp(dbName: string): Promise<App> {
  const app = new AppState({ dbName, worker: new FakeWorker() });
  opened.push(app);
  await app.start();
  await vi.waitUntil(() => app.sampleSettled, { timeout: 20_000 });
  return app;
}

/** Waits until the chart being edited has been written to the meta store (it is kept without awaiting). */
async function kept(app: App, test: (spec: Record<string, unknown>) => boolean) {
  await vi.waitUntil(async () => {
    const v = await loadMeta<{ spec?: Record<string, unknown> } | null>(app.database, 'charts.current', null);
    return !!v?.spec && test(v.spec);
  });
}

describe('the chart being edited', () => {
  it('keeps the presenter’s words and marks across a restart; blank words go back to the generated ones', async () => {
    const db = `charts-state-${Date.now()}`;
    names.push(db);
    const app = await startApp(db);
    const generated = app.charts.words.generated.title;
    expect(generated).toContain('行政复议纠错率');
    app.charts.setWord('title', '  纠错率:各地比较 ');
    app.charts.setWord('notes', '注:口径见附件');
    app.charts.setHighlight(['兰州市']);
    app.charts.setTarget({ value: 15, label: '省定目标' });
    app.charts.setAverage(true);
    app.charts.setDecimals(1);
    expect(app.charts.spec.title).toBe('纠错率:各地比较');
    expect(app.charts.words.title).toBe('纠错率:各地比较');
    // The generated title stays what the placeholder shows.
    expect(app.charts.words.generated.title).toBe(generated);
    await kept(app, (s) => s.decimals === 1);
    app.close();

    const again = await startApp(db);
    const spec = again.charts.spec;
    expect({ title: spec.title, notes: spec.notes, highlight: spec.highlight, target: spec.target, average: spec.average, decimals: spec.decimals }).toEqual({
      title: '纠错率:各地比较',
      notes: '注:口径见附件',
      highlight: ['兰州市'],
      target: { value: 15, label: '省定目标' },
      average: true,
      decimals: 1,
    });

    again.charts.setWord('title', '   ');
    again.charts.setHighlight([]);
    again.charts.setTarget(null);
    again.charts.setAverage(false);
    again.charts.setDecimals(null);
    again.charts.hideWord('notes');
    expect(again.charts.words.notes).toBe('');
    again.charts.showWord('notes');
    expect(again.charts.spec).not.toHaveProperty('notes');
    expect(again.charts.words.notes).toBe(again.charts.words.generated.notes);
    expect('title' in again.charts.spec).toBe(false);
    expect(again.charts.words.title).toBe(generated);
    expect(again.charts.spec).not.toHaveProperty('highlight');
    expect(again.charts.spec).not.toHaveProperty('target');
    expect(again.charts.spec).not.toHaveProperty('average');
    expect(again.charts.spec).not.toHaveProperty('decimals');
  });

  it('is still the saved chart it was opened from after a restart, and an unsaved one once that chart is gone', async () => {
    const db = `charts-state-saved-${Date.now()}`;
    names.push(db);
    const app = await startApp(db);
    app.charts.setWord('title', '汇报用');
    await app.charts.save('汇报用');
    const id = app.charts.currentId;
    expect(id).toBeTruthy();
    await kept(app, (s) => s.title === '汇报用');
    app.close();

    const again = await startApp(db);
    expect(again.charts.currentId).toBe(id);
    expect(again.charts.spec.title).toBe('汇报用');
    await again.charts.remove(id!);
    expect(again.charts.currentId).toBeNull();
    // The words stay on the page as an unsaved chart.
    expect(again.charts.spec.title).toBe('汇报用');
  });
});
