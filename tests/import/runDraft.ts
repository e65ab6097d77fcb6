import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { sparseText, type Indicator, type Region } from '../../src/domain/model';
import { periodLabel } from '../../src/domain/parsePeriod';
import { buildDraft, draftBlocks, type OpenDraft } from '../../src/import/buildDraft';
import type { Corrections } from '../../src/import/draft';

export const BUILTIN_CATALOG = { indicators: BUILTIN_INDICATORS.map((i) => ({ ...i, aliases: [...i.aliases] })) as Indicator[], regions: [] as Region[] };

/** The worker's pipeline, run in-process: exactly what the page gets for a file. */
export function runDraft(
  name: string,
  bytes: Uint8Array,
  catalog = BUILTIN_CATALOG,
  corrections: Corrections = {},
): Promise<OpenDraft> {
  return buildDraft('t', name, bytes, catalog, corrections, () => {});
}

export function runFile(path: string): Promise<OpenDraft> {
  return runDraft(basename(path), new Uint8Array(readFileSync(path)));
}

/** Observations of a draft as flat rows, for exact comparisons. */
export function flatten(od: OpenDraft): string[] {
  const { regions, blocks } = draftBlocks(od, od.draft.sheets.map((s) => s.index));
  const out: string[] = [];
  for (const b of blocks) {
    for (let i = 0; i < b.values.length; i++) {
      const period = periodLabel(b.periods[i]);
      out.push(`${regions[b.regions[i]]}|${b.indicator}|${period}|${b.values[i]}|${sparseText(b.unitRows, b.unitTexts, i, b.unit)}`);
    }
  }
  return out.sort();
}
