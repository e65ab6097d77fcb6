import { EDIT_SOURCE } from '../domain/editSource';
import type { ValuePoint } from '../domain/indicatorValues';
import type { ChartContext } from './chartContext';
import type { ChartSpec } from './chartSpec';
import { shownValues } from './shownValues';
import { compareZh } from '../domain/compareZh';

const EXTENSION = /\.(xlsx|xlsm|xlsb|xls|ods|csv|txt|tsv|html?|docx?|json)$/i;

/** An import's name as a source line says it: no file extension (a name the user gave stays as given). */
export function importName(fileName: string): string {
  return fileName.replace(EXTENSION, '').trim();
}

/** Whether a value carries a hand edit among its sources. */
export function isHandEdited(p: ValuePoint): boolean {
  return p.sources.some((s) => s.sheet === EDIT_SOURCE);
}

/** The imports behind some values, by name, sorted; hand edits are no source (the notes say 含手工修正). */
export function sourceNames(points: Iterable<ValuePoint>, ctx: Pick<ChartContext, 'files'>): string[] {
  const names = new Set<string>();
  for (const p of points) {
    for (const s of p.sources) {
      if (s.sheet === EDIT_SOURCE) continue;
      const file = ctx.files.get(s.importId) ?? '';
      if (file && file !== EDIT_SOURCE) names.add(importName(file));
    }
  }
  names.delete('');
  return [...names].sort(compareZh);
}

/** The imports behind the values a chart draws (the source line at the foot of a slide), by name. */
export function chartSources(spec: ChartSpec, ctx: ChartContext): string[] {
  return sourceNames(shownValues(spec, ctx).points, ctx);
}
