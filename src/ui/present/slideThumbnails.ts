import type { EChartsOption } from 'echarts';
import { chartPng, withOffscreenChart } from '../../charts/exportImage';
import { SLIDE_H, SLIDE_W } from '../../charts/exportDeck';

/** Thumbnails are 320×180: the slide's 1600×900 layout drawn at a fifth, so type keeps its proportions. */
const RATIO = 0.2;
const MAX = 120;
const cache = new Map<string, Promise<string>>();
let queue: Promise<unknown> = Promise.resolve();
const contextIds = new WeakMap<object, number>();
let nextId = 1;

/** A stable number per chart context object: new data means a new context, so new thumbnails. */
export function contextId(ctx: object): number {
  let id = contextIds.get(ctx);
  if (!id) contextIds.set(ctx, (id = nextId++));
  return id;
}

/**
 * A slide's thumbnail as a PNG data URL, rendered once per key (chart, title, theme, data)
 * and reused; renders run one at a time, each in its own task, so a long deck never blocks
 * the page. `option` is read only when the thumbnail is actually drawn. '' = nothing to draw.
 */
export function slideThumbnail(key: string, option: () => EChartsOption | null, background: string): Promise<string> {
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = queue.then(
    () =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            const o = option();
            resolve(o ? withOffscreenChart(o, SLIDE_W, SLIDE_H, 'canvas', (chart) => chartPng(chart, background, RATIO)) : '');
          } catch {
            resolve('');
          }
        }, 0),
      ),
  );
  queue = made;
  cache.set(key, made);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return made;
}
