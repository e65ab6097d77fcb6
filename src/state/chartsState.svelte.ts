import { buildChartOption } from '../charts/buildChartOption';
import type { ChartContext } from '../charts/chartContext';
import { changeKind, kindOf } from '../charts/chartKinds';
import type { DefaultsContext } from '../charts/chartKindDef';
import { DEFAULT_SPEC, parseChartSpec, type ChartKind, type ChartSpec, type SpecPatch } from '../charts/chartSpec';
import { THEMES } from '../charts/chartTheme';
import { chartTable, indicatorSheets } from '../charts/chartTable';
import { chartSources } from '../charts/chartSources';
import { HEADLINES, type Headline } from '../charts/headlines';
import { baseOf } from '../charts/readSpecFields';
import { i18n } from '../i18n/i18n.svelte';
import { decksUsingChart, deleteChart, listCharts, renameChart, saveChart } from '../storage/savedCharts';
import type { SavedChart } from '../storage/schema';
import type { ChartsDeps } from './collaborators';

/** The 图表 page: the spec being edited, its option, and the saved charts. Intent methods only. */
export class ChartsState {
  spec = $state<ChartSpec>({ ...DEFAULT_SPEC });
  saved = $state<SavedChart[]>([]);
  currentId = $state<string | null>(null);
  context = $derived<ChartContext>({
    cube: this.deps.cube,
    indicators: this.deps.catalog.indicators,
    regions: this.deps.catalog.regions,
    files: new Map(this.deps.history.map((h) => [h.id, h.fileName])),
    theme: THEMES.screen,
    lang: i18n.lang,
    t: i18n.t,
  });
  option = $derived(buildChartOption($state.snapshot(this.spec) as ChartSpec, this.context));

  constructor(private readonly deps: ChartsDeps) {}

  private get db() {
    return this.deps.database;
  }

  showHeadline(h: Headline): void {
    this.spec = JSON.parse(JSON.stringify(HEADLINES[h])) as ChartSpec;
    this.currentId = null;
  }

  /** Changes fields of the spec; its kind's entry drops what that kind does not read. */
  update(patch: SpecPatch): void {
    const spec = $state.snapshot(this.spec) as ChartSpec;
    this.spec = kindOf(spec).normalize({ ...spec, ...patch });
  }

  /** Another kind: the shared fields carry over, that kind's own fields come from its registry defaults. */
  setKind(kind: ChartKind): void {
    if (kind === this.spec.kind) return;
    this.spec = changeKind(kind, this.defaultsContext(baseOf($state.snapshot(this.spec) as ChartSpec)));
  }

  /** A grouped bar's bars: the regions, or indicators side by side (the catalog's neighbours of the main one). */
  setBars(bars: 'regions' | 'indicators'): void {
    const spec = $state.snapshot(this.spec) as ChartSpec;
    if (spec.kind === 'grouped-bar' && spec.bars === bars) return;
    this.spec = changeKind('grouped-bar', this.defaultsContext({ ...baseOf(spec), bars }));
  }

  private defaultsContext(base: DefaultsContext['base']): DefaultsContext {
    const { cube, indicators } = this.context;
    const stored = new Set(cube.indicators);
    return {
      base,
      indicators,
      hasData: (id) => {
        const ind = indicators.get(id);
        return stored.has(id) || (!!ind?.numerator && !!ind.denominator && stored.has(ind.numerator) && stored.has(ind.denominator));
      },
    };
  }

  async loadSaved(): Promise<void> {
    this.saved = await listCharts(this.db);
  }

  async save(name: string): Promise<void> {
    const chart = await saveChart(this.db, name, $state.snapshot(this.spec), this.currentId ?? undefined);
    this.currentId = chart.id;
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
    if (this.currentId === id) this.currentId = null;
    // Its slides go with it: the decks changed too.
    await this.deps.changed({ kind: 'charts' }, { kind: 'decks' });
  }

  /** The chart as exported: the same option with its source files as a foot line. */
  exportOption() {
    const spec = $state.snapshot(this.spec) as ChartSpec;
    const files = chartSources(spec, this.context);
    return buildChartOption(spec, files.length ? { ...this.context, footnote: i18n.t('present.source', { files: files.join('、') }) } : this.context);
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
