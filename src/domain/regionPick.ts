import type { Region } from './model';

// The region picker's logic as plain functions over names, so it is tested without a DOM.

/** One region the picker offers: its name and what it can be filtered by. */
export interface PickItem {
  name: string;
  level: string;
  parent: string;
  aliases: readonly string[];
}

/** What the list shows: a search text and, '' = any, a level and a parent. */
export interface PickFilter {
  search: string;
  level: string;
  parent: string;
}

/** The selection shapes a chart stores (structurally the charts' RegionSelection). */
export type PickSelection =
  | { mode: 'all' }
  | { mode: 'level'; level: string }
  | { mode: 'list'; ids: readonly string[] }
  | { mode: 'group'; group: string };

// Numeric: 第2区 before 第10区.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The offered regions, each once, in pinyin (and number) order; level and parent from the catalog. */
export function pickItems(names: Iterable<string>, catalog: ReadonlyMap<string, Region>): PickItem[] {
  return [...new Set(names)]
    .filter(Boolean)
    .sort((a, b) => collator.compare(a, b))
    .map((name) => {
      const r = catalog.get(name);
      return { name, level: r?.level ?? '', parent: r?.parent ?? '', aliases: r?.aliases ?? [] };
    });
}

/** The items a filter shows (search over names and aliases, case-insensitive). */
export function filterPick(items: readonly PickItem[], f: PickFilter): PickItem[] {
  const needle = f.search.trim().toLowerCase();
  return items.filter(
    (it) =>
      (!f.level || it.level === f.level) &&
      (!f.parent || it.parent === f.parent) &&
      (!needle || it.name.toLowerCase().includes(needle) || it.aliases.some((a) => a.toLowerCase().includes(needle))),
  );
}

/** The levels or parents of the items with how many items have each, most common first (blank left out). */
export function tally(items: readonly PickItem[], key: 'level' | 'parent'): [string, number][] {
  const counts = new Map<string, number>();
  for (const it of items) if (it[key]) counts.set(it[key], (counts.get(it[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}

/** The names a selection ticks among the offered items (a group's members also when not offered). */
export function ticksOf(sel: PickSelection, items: readonly PickItem[], groups: ReadonlyMap<string, readonly string[]>): string[] {
  switch (sel.mode) {
    case 'all':
      return items.map((it) => it.name);
    case 'level':
      return items.filter((it) => it.level === sel.level).map((it) => it.name);
    case 'list':
      return [...new Set(sel.ids)];
    case 'group':
      return [...(groups.get(sel.group) ?? [])];
  }
}

/** Ticks (on) or unticks every shown item, keeping the ticks of items not shown; order: ticked first, then added. */
export function tickShown(ticked: readonly string[], shown: readonly PickItem[], on: boolean): string[] {
  if (!on) {
    const off = new Set(shown.map((it) => it.name));
    return ticked.filter((n) => !off.has(n));
  }
  const have = new Set(ticked);
  return [...ticked, ...shown.map((it) => it.name).filter((n) => !have.has(n))];
}

/** One name ticked or unticked. */
export function toggleTick(ticked: readonly string[], name: string): string[] {
  return ticked.includes(name) ? ticked.filter((n) => n !== name) : [...ticked, name];
}

/** How many of the shown items are ticked. */
export function countTicked(ticked: readonly string[], shown: readonly PickItem[]): number {
  const set = new Set(ticked);
  return shown.reduce((n, it) => n + Number(set.has(it.name)), 0);
}

/** A province's children are cities; a city's (or anything else's) are its counties and districts. */
export function childWord(parent: string): 'cities' | 'counties' {
  return /(省|自治区)$/.test(parent) ? 'cities' : 'counties';
}
