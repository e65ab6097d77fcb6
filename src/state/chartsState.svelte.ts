import { buildChartOption } from '../charts/buildChartOption';
import type { ChartContext } from '../charts/chartContext';
import { DEFAULT_SPEC, parseChartSpec, type ChartKind, type ChartSpec } from '../charts/chartSpec';
import { THEMES } from '../charts/chartTheme';
import { chartTable } from '../charts/chartTable';
import { chartSources } from '../charts/chartSources';
import { i18n } from '../i18n/i18n.svelte';
import { decksUsingChart, deleteChart, listCharts, renameChart, saveChart } from '../storage/savedCharts';
import type { SavedChart } from '../storage/schema';
import type { AppState } from './appState.svelte';

export type Headline = 'correction-rate' | 'training' | 'lists';

/** The three comparisons the tool exists for, one click away. */
export const HEADLINES: Record<Headline, ChartSpec> = {
  'correction-rate': { kind: 'ranked-bar', indicator: '行政复议纠错率', regions: { mode: 'all' }, from: null, to: null, period: null },
  training: { kind: 'ranked-bar', indicator: '培训人次', regions: { mode: 'all' }, from: null, to: null, period: null },
  lists: {
    kind: 'grouped-bar',
    indicator: '权力清单事项数',
    also: ['权责清单事项数', '负面清单事项数', '随机抽查事项清单事项数', '两轻一免清单事项数'],
    regions: { mode: 'all' },
    from: null,
    to: null,
  },
};

/** The 图表 page: the spec being edited, its option, and the saved charts. Intent methods only. */
export class ChartsState {
  spec = $state<ChartSpec>({ ...DEFAULT_SPEC });
  saved = $state<SavedChart[]>([]);
  currentId = $state<string | null>(null);
  context = $derived<ChartContext>({
    cube: this.app.cube,
    indicators: this.app.catalog.indicators,
    regions: this.app.catalog.regions,
    files: new Map(this.app.importer.history.map((h) => [h.id, h.fileName])),
    theme: THEMES.screen,
    lang: i18n.lang,
    t: i18n.t,
  });
  option = $derived(buildChartOption($state.snapshot(this.spec) as ChartSpec, this.context));

  constructor(private app: AppState) {}

  private get db() {
    return this.app.database;
  }

  showHeadline(h: Headline): void {
    this.spec = JSON.parse(JSON.stringify(HEADLINES[h])) as ChartSpec;
    this.currentId = null;
  }

  update(patch: Partial<ChartSpec>): void {
    this.spec = { ...$state.snapshot(this.spec), ...patch } as ChartSpec;
  }

  setKind(kind: ChartKind): void {
    const patch: Partial<ChartSpec> = { kind };
    if (kind === 'scatter' && !this.spec.indicator2) patch.indicator2 = this.spec.indicator === '行政复议纠错件数' ? '行政复议审结件数' : '行政复议纠错件数';
    this.update(patch);
  }

  async loadSaved(): Promise<void> {
    this.saved = await listCharts(this.db);
  }

  async save(name: string): Promise<void> {
    const chart = await saveChart(this.db, name, $state.snapshot(this.spec), this.currentId ?? undefined);
    this.currentId = chart.id;
    await this.loadSaved();
    this.app.announce('charts');
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
    await this.loadSaved();
    this.app.announce('charts');
  }

  /** Decks the chart appears in (the UI asks before deleting such a chart). */
  usedBy(id: string): Promise<string[]> {
    return decksUsingChart(this.db, id);
  }

  async remove(id: string): Promise<void> {
    await deleteChart(this.db, id);
    if (this.currentId === id) this.currentId = null;
    await this.loadSaved();
    await this.app.decks.load();
    this.app.announce('charts');
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
}
