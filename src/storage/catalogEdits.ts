import type { Indicator, Region } from '../domain/model';
import type { IndiDb } from './db';

/**
 * Merges indicator `from` into `into`: its observations count as `into` from now on (the
 * cube follows mergedInto) and its name becomes an alias, so later imports land on `into`
 * too. Reversible with unmergeIndicator; no observation is rewritten.
 */
export async function mergeIndicator(db: IndiDb, from: string, into: string): Promise<void> {
  if (from === into) return;
  await db.transaction('rw', db.indicators, async () => {
    const a = await db.indicators.get(from);
    const b = await db.indicators.get(into);
    if (!a || !b) throw new Error('unknown indicator');
    if (b.mergedInto === from) throw new Error('circular merge');
    await db.indicators.put({ ...a, mergedInto: into });
    const aliases = [...new Set([...b.aliases, a.name, ...a.aliases])].filter((x) => x !== b.name);
    await db.indicators.put({ ...b, aliases });
  });
}

export async function unmergeIndicator(db: IndiDb, from: string): Promise<void> {
  await db.transaction('rw', db.indicators, async () => {
    const a = await db.indicators.get(from);
    if (!a?.mergedInto) return;
    const b = await db.indicators.get(a.mergedInto);
    const { mergedInto: _m, ...rest } = a;
    await db.indicators.put(rest);
    if (b) await db.indicators.put({ ...b, aliases: b.aliases.filter((x) => x !== a.name && !a.aliases.includes(x)) });
  });
}

/** Saves an indicator's descriptive fields (English name, unit, category, aliases, formula). */
export async function saveIndicator(db: IndiDb, ind: Indicator): Promise<void> {
  await db.indicators.put(ind);
}

/** A new derived indicator: value = numerator / denominator × 100. */
export async function defineDerived(db: IndiDb, name: string, numerator: string, denominator: string): Promise<Indicator> {
  const ind: Indicator = { id: name, name, nameEn: '', unit: '%', category: '', aliases: [], numerator, denominator };
  await db.transaction('rw', db.indicators, async () => {
    if (await db.indicators.get(name)) throw new Error('exists');
    await db.indicators.add(ind);
  });
  return ind;
}

export async function mergeRegion(db: IndiDb, from: string, into: string): Promise<void> {
  if (from === into) return;
  await db.transaction('rw', db.regions, async () => {
    const a = await db.regions.get(from);
    const b = await db.regions.get(into);
    if (!a || !b) throw new Error('unknown region');
    if (b.mergedInto === from) throw new Error('circular merge');
    await db.regions.put({ ...a, mergedInto: into });
    await db.regions.put({ ...b, aliases: [...new Set([...b.aliases, a.name, ...a.aliases])].filter((x) => x !== b.name) });
  });
}

export async function unmergeRegion(db: IndiDb, from: string): Promise<void> {
  await db.transaction('rw', db.regions, async () => {
    const a = await db.regions.get(from);
    if (!a?.mergedInto) return;
    const b = await db.regions.get(a.mergedInto);
    const { mergedInto: _m, ...rest } = a;
    await db.regions.put(rest);
    if (b) await db.regions.put({ ...b, aliases: b.aliases.filter((x) => x !== a.name && !a.aliases.includes(x)) });
  });
}

export async function saveRegion(db: IndiDb, r: Region): Promise<void> {
  await db.regions.put(r);
}
