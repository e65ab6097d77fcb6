import type { IndiDb } from './db';
import { newId } from './newId';
import type { SavedChart } from './schema';

export async function listCharts(db: IndiDb): Promise<SavedChart[]> {
  return (await db.charts.toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function saveChart(db: IndiDb, name: string, spec: unknown, id?: string): Promise<SavedChart> {
  const now = Date.now();
  const existing = id ? await db.charts.get(id) : undefined;
  const chart: SavedChart = { id: existing?.id ?? newId('c'), name, spec, createdAt: existing?.createdAt ?? now, updatedAt: now };
  await db.charts.put(chart);
  return chart;
}

export async function renameChart(db: IndiDb, id: string, name: string): Promise<void> {
  await db.charts.update(id, { name, updatedAt: Date.now() });
}

/** Decks that show a chart: deleting it asks first when there are any. */
export async function decksUsingChart(db: IndiDb, id: string): Promise<string[]> {
  return (await db.decks.toArray()).filter((d) => d.slides.some((s) => s.chartId === id)).map((d) => d.name);
}

/** Deletes a chart and takes it out of every deck, in one transaction. */
export async function deleteChart(db: IndiDb, id: string): Promise<void> {
  await db.transaction('rw', db.charts, db.decks, async () => {
    await db.charts.delete(id);
    const decks = await db.decks.toArray();
    for (const d of decks) {
      if (d.slides.some((s) => s.chartId === id)) await db.decks.put({ ...d, slides: d.slides.filter((s) => s.chartId !== id), updatedAt: Date.now() });
    }
  });
}
