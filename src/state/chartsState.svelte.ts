import { buildChartOption } from '../charts/buildChartOption';
import type { ChartContext } from '../charts/chartContext';
import { changeKind, kindOf } from '../charts/chartKinds';
import type { DefaultsContext } from '../charts/chartKindDef';
import { DEFAULT_SPEC, parseChartSpec, type ChartKind, type ChartSpec, type SpecPatch } from '../charts/chartSpec';
import { THEMES } from '../charts/chartTheme';
import { chartTable, indicatorSheets } from '../charts/chartTable';
import { chartWords } from '../charts/chartWords';
import { HEADLINES, type Headline } from '../charts/headlines';
import { baseOf } from '../charts/readSpecFields';
import { selectPoints } from '../charts/chartContext';
import type { TargetLine } from '../charts/chartSpecTypes';
import { i18n } from '../i18n/i18n.svelte';
import { loadMeta, saveMeta } from '../storage/meta';
import { decksUsingChart, deleteChart, listCharts, renameChart, saveChart } from '../storage/savedCharts';
import type { SavedChart } from '../storage/schema';
import type { ChartsDeps } from './collaborators';

/** The presenter's words on a chart, each editable; '' = not set. */
export const WORD_FIELDS = ['title', 'subtitle', 'notes', 'source'] as const;
export type WordField = (typeof WORD_FIELDS)[number];

/** Where the chart being edited is kept, so an unsaved edit survives a reload. */
const CURRENT_KEY = 'charts.current';

/** The 图表 page: the spec being edited, its option, and the saved charts. Intent methods only. */
export class ChartsState {
  spec = $state<ChartSpec>({ ...DEFAULT_SPEC });
  saved = $state<SavedChart[]>([]);
  currentId = $state<string | null>(null);
  private restored = false;
  context = $derived<ChartContext>({
    cube: this.deps.cube,
    indicators: this.deps.catalog.indicators,
    regions: this.deps.catalog.regions,
    files: new Map(this.deps.history.map((h) => [h.id, h.fileName])),
    theme: THEMES.screen,
    lang: i18n.lang,
    t: i18n.t,
    regionGroups: this.deps.regionGroups,
  });
  /** The chart's words: the presenter's where written, and the generated ones (the placeholders). */
  words = $derived(chartWords($state.snapshot(this.spec) as ChartSpec, this.context));
  /** Drawn with the words above, not made again (they rank a 3,000-region chart's points a second time). */
  option = $derived(buildChartOption($state.snapshot(this.spec) as ChartSpec, this.context, this.words));
  /** The regions the chart shows (with a value of its main indicator), for the highlight choice. */
  shownRegions = $derived(selectPoints($state.snapshot(this.spec) as ChartSpec, this.context, this.spec.indicator).regions);

  constructor(private readonly deps: ChartsDeps) {}

  private get db() {
    return this.deps.database;
  }

  showHeadline(h: Headline): void {
    // Through its kind's reader, so a saved headline is stored as a restored one reads back.
    this.spec = kindOf(HEADLINES[h]).normalize(JSON.parse(JSON.stringify(HEADLINES[h])) as ChartSpec);
    this.currentId = null;
    this.keep();
  }

  /** Changes fields of the spec; its kind's entry drops what that kind does not read. */
  update(patch: SpecPatch): void {
    const spec = $state.snapshot(this.spec) as ChartSpec;
    this.spec = kindOf(spec).normalize({ ...spec, ...patch });
    this.keep();
  }

  /** One of the presenter's words; blank = back to the generated one. */
  setWord(field: WordField, text: string): void {
    const value = text.trim();
    if ((this.spec[field] ?? '') === value) return;
    const patch: SpecPatch = {};
    patch[field] = value || undefined;
    this.update(patch);
  }

  /** Leaves a word off the chart (an empty word is drawn as nothing); setWord or showWord brings it back. */
  hideWord(field: WordField): void {
    const patch: SpecPatch = {};
    patch[field] = '';
    this.update(patch);
  }

  /** The generated word again. */
  showWord(field: WordField): void {
    const patch: SpecPatch = {};
    patch[field] = undefined;
    this.update(patch);
  }

  /** Regions drawn in the accent colour (the rest muted). */
  setHighlight(names: string[]): void {
    this.update({ highlight: names.length ? names : undefined });
  }

  /** A labelled target line (考核目标), or none. */
  setTarget(target: TargetLine | null): void {
    this.update({ target: target && Number.isFinite(target.value) ? target : null });
  }

  setAverage(on: boolean): void {
    this.update({ average: on || undefined });
  }

  /** Decimal places of every number on the chart; null = chosen from the data. */
  setDecimals(decimals: number | null): void {
    this.update({ decimals });
  }

  /** Another kind: the shared fields carry over, that kind's own fields come from its registry defaults. */
  setKind(kind: ChartKind): void {
    if (kind === this.spec.kind) return;
    this.spec = changeKind(kind, this.defaultsContext(baseOf($state.snapshot(this.spec) as ChartSpec)));
    this.keep();
  }

  /** A grouped bar's bars: the regions, or indicators side by side (the catalog's neighbours of the main one). */
  setBars(bars: 'regions' | 'indicators'): void {
    const spec = $state.snapshot(this.spec) as ChartSpec;
    if (spec.kind === 'grouped-bar' && spec.bars === bars) return;
    this.spec = changeKind('grouped-bar', this.defaultsContext({ ...baseOf(spec), bars }));
    this.keep();
  }

  /** Keeps the chart being edited (and which saved chart it is) for the next start. */
  private keep(): void {
    const value = { spec: $state.snapshot(this.spec), currentId: this.currentId };
    void saveMeta(this.db, CURRENT_KEY, value).catch(() => {
      // Losing the unsaved edit on the next start is the only cost; saving a chart still works.
    });
  }

  /** The chart left on the page at the last visit, if it still reads as a spec. */
  private async restore(): Promise<void> {
    const kept = await loadMeta<{ spec?: unknown; currentId?: unknown } | null>(this.db, CURRENT_KEY, null);
    const spec = kept ? parseChartSpec(kept.spec) : null;
    if (!spec) return;
    this.spec = spec;
    this.currentId = typeof kept?.currentId === 'string' && this.saved.some((c) => c.id === kept.currentId) ? kept.currentId : null;
  }

  private defaultsContext(base: DefaultsContext['base']): DefaultsContext {
    const { cube, indicators } = this.context;
    const stored = new Set(cube.indicators);
    return {
      base,
      indicators,
      cube,
      hasData: (id) => {
        const ind = indicators.get(id);
        return stored.has(id) || (!!ind?.numerator && !!ind.denominator && stored.has(ind.numerator) && stored.has(ind.denominator));
      },
    };
  }

  async loadSaved(): Promise<void> {
    this.saved = await listCharts(this.db);
    if (this.restored) {
      // Deleted in another tab: what is on the page is an unsaved chart now.
      if (this.currentId && !this.saved.some((c) => c.id === this.currentId)) this.currentId = null;
      return;
    }
    this.restored = true;
    await this.restore();
  }

  async save(name: string): Promise<void> {
    const chart = await saveChart(this.db, name, $state.snapshot(this.spec), this.currentId ?? undefined);
    this.currentId = chart.id;
    this.keep();
    await this.deps.changed({ kind: 'charts' });
  }

  async saveAsNew(name: string): Promise<void> {
    this.currentId = null;
    await this.save(name);
  }

  open(chart: SavedChart): void {
    const spec = parseChartSpec(chart.spec);
    if (!spec) return;
    this.spec = spec;
    this.currentId = chart.id;
    this.keep();
  }

  async rename(id: string, name: string): Promise<void> {
    await renameChart(this.db, id, name);
    await this.deps.changed({ kind: 'charts' });
  }

  /** Decks the chart appears in (the UI asks before deleting such a chart). */
  usedBy(id: string): Promise<string[]> {
    return decksUsingChart(this.db, id);
  }

  async remove(id: string): Promise<void> {
    await deleteChart(this.db, id);
    if (this.currentId === id) {
      this.currentId = null;
      this.keep();
    }
    // Its slides go with it: the decks changed too.
    await this.deps.changed({ kind: 'charts' }, { kind: 'decks' });
  }

  /** The chart as exported: the option on screen, its words (notes, source line) drawn in it. */
  exportOption() {
    return buildChartOption($state.snapshot(this.spec) as ChartSpec, this.context);
  }

  /** The plotted numbers as workbook sheets (regions × periods, numerator and denominator beside). */
  table() {
    return chartTable($state.snapshot(this.spec) as ChartSpec, this.context);
  }

  /** The 数据 → 透视 table of one indicator (every region and period) as workbook bytes. */
  async pivotWorkbook(indicatorId: string) {
    const { bytes } = await this.deps.worker.request('write', { sheets: indicatorSheets(this.context, [indicatorId]) });
    return bytes;
  }
}
