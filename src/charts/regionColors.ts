import type { ChartTheme } from './chartTheme';
import { compareZh } from '../domain/compareZh';

/** Each region's preferred palette slot: its place in the whole store by name (stable across charts). */
const ranks = new WeakMap<readonly string[], Map<string, number>>();

function rankOf(allRegions: readonly string[]): Map<string, number> {
  let r = ranks.get(allRegions);
  if (!r) {
    const sorted = [...allRegions].sort(compareZh);
    ranks.set(allRegions, (r = new Map(sorted.map((name, i) => [name, i]))));
  }
  return r;
}

/** The n-th generated colour past the palette: hues a golden angle apart. */
function generated(n: number, lightness: number): string {
  const hue = Math.round((n * 137.508 + 20) % 360);
  return `hsl(${hue}, ${n % 2 ? 55 : 70}%, ${lightness + (n % 3) * 4 - 4}%)`;
}

/**
 * One colour per region shown in a chart, all different. Each region asks for its preferred
 * slot (its rank over the store, so 兰州市 keeps its colour from chart to chart); where two
 * regions of one chart want the same slot, the later takes the next free colour, and past the
 * palette, generated hues.
 */
export function regionColors(shown: readonly string[], allRegions: readonly string[], theme: Pick<ChartTheme, 'palette' | 'generatedLightness'>): Map<string, string> {
  const rank = rankOf(allRegions);
  const { palette } = theme;
  const ordered = [...new Set(shown)].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareZh(a, b));
  const taken = new Set<number>();
  const out = new Map<string, string>();
  let extra = 0;
  const late: string[] = [];
  for (const region of ordered) {
    const want = (rank.get(region) ?? 0) % palette.length;
    if (!taken.has(want)) {
      taken.add(want);
      out.set(region, palette[want]);
    } else late.push(region);
  }
  for (const region of late) {
    const want = (rank.get(region) ?? 0) % palette.length;
    let slot = -1;
    for (let k = 1; k < palette.length; k++) {
      const s = (want + k) % palette.length;
      if (!taken.has(s)) {
        slot = s;
        break;
      }
    }
    if (slot >= 0) {
      taken.add(slot);
      out.set(region, palette[slot]);
    } else out.set(region, generated(extra++, theme.generatedLightness));
  }
  return out;
}
