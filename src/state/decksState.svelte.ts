import { buildChartOption } from '../charts/buildChartOption';
import { chartWords, type Words } from '../charts/chartWords';
import type { ChartContext } from '../charts/chartContext';
import type { EChartsOption } from 'echarts';
import { parseChartSpec, type ChartSpec } from '../charts/chartSpec';
import { THEMES, type ChartTheme } from '../charts/chartTheme';
import { deckZip, deckZipName, type DeckImage } from '../charts/exportDeck';
import { buildPptx, chartImageSize, deckPptxName, untitledOption, type PptxGenCtor, type PptxSlide } from '../charts/exportPptx';
import { chartPng, withOffscreenChart } from '../charts/exportImage';
import { topMargin } from '../charts/baseOption';
import type { DeckSlide, SavedDeck } from '../domain/model';
import { createDeck, deleteDeck, listDecks, saveDeck } from '../storage/decks';
import type { DecksDeps } from './collaborators';
import type { SavedChart } from '../storage/schema';

export type ProjectorTheme = 'projector-light' | 'projector-dark';

/** A slide ready to show: its chart spec, title, note and the files behind its numbers. */
export interface ResolvedSlide {
  slide: DeckSlide;
  chartName: string;
  spec: ChartSpec | null;
  title: string;
}

/** The 演示 page: decks, their slides, and the slide show. Intent methods only. */
export class DecksState {
  decks = $state<SavedDeck[]>([]);
  currentId = $state<string | null>(null);
  theme = $state<ProjectorTheme>('projector-light');
  presenting = $state(false);
  index = $state(0);
  black = $state(false);
  printing = $state(false);
  /** A deck's slides are being rendered into a zip or a .pptx. */
  exporting = $state(false);
  current = $derived(this.decks.find((d) => d.id === this.currentId) ?? this.decks[0] ?? null);
  slides = $derived<ResolvedSlide[]>(
    (this.current?.slides ?? []).map((slide) => {
      const chart = this.deps.savedCharts.find((c) => c.id === slide.chartId);
      return { slide, chartName: chart?.name ?? '', spec: chart ? parseChartSpec(chart.spec) : null, title: slide.title || chart?.name || '' };
    }),
  );

  constructor(private readonly deps: DecksDeps) {}

  /** The saved charts a deck can take as slides. */
  get savedCharts(): readonly SavedChart[] {
    return this.deps.savedCharts;
  }

  /** The context the slides are drawn from (a new object whenever the data changes). */
  get chartContext() {
    return this.deps.chartContext;
  }

  private get db() {
    return this.deps.database;
  }

  async load(): Promise<void> {
    const decks = await listDecks(this.db);
    if (!this.unwritten) this.decks = decks;
  }

  /**
   * A slide's option and words in a projector theme. On screen (and on a .pptx slide) the chart
   * has no foot line: the show's footer, the print page and the slide carry notes and source as
   * text. An exported image (`foot: 'image'`) draws them, the slide's note after the chart's.
   */
  render(s: ResolvedSlide, theme: ChartTheme['name'] = this.theme, foot: 'none' | 'image' = 'none'): { option: EChartsOption; words: Words } | null {
    if (!s.spec) return null;
    const ctx: ChartContext = { ...this.deps.chartContext, theme: THEMES[theme] };
    // The slide's own title wins; else the chart's (its saved title or the generated one, with the period).
    const spec = s.slide.title ? { ...s.spec, title: s.slide.title } : s.spec;
    const option = buildChartOption(spec, foot === 'image' ? { ...ctx, footnote: s.slide.note || undefined } : { ...ctx, foot: false });
    return { option, words: chartWords(spec, ctx) };
  }

  /**
   * The current deck as a zip of PNG (2×) or SVG slides in the projector theme, each with its
   * note and sources as a foot line; null without a deck. Rendering is synchronous, so the
   * busy state is given a moment to paint first.
   */
  async exportZip(kind: 'png' | 'svg'): Promise<{ bytes: Uint8Array; name: string } | null> {
    const deck = this.current;
    if (!deck || this.exporting) return null;
    this.exporting = true;
    try {
      await new Promise((r) => setTimeout(r, 30));
      const theme = this.theme;
      const images: DeckImage[] = this.slides.flatMap((s) => {
        const r = this.render(s, theme, 'image');
        return r ? [{ title: s.title, option: r.option, background: THEMES[theme].background }] : [];
      });
      return { bytes: deckZip(images, kind), name: deckZipName(deck.name, kind) };
    } finally {
      this.exporting = false;
    }
  }

  /**
   * The current deck as one .pptx (16:9, the deck's projector theme): per slide the title and
   * subtitle the chart shows, the chart as a 2× PNG rendered like the PNG export but without its
   * own title, the source line as text and the notes as speaker notes.
   */
  async exportPptx(loadLib: () => Promise<PptxGenCtor>): Promise<{ bytes: Uint8Array; name: string } | null> {
    const deck = this.current;
    if (!deck || this.exporting) return null;
    this.exporting = true;
    try {
      await new Promise((r) => setTimeout(r, 30));
      const theme = THEMES[this.theme];
      const slides: PptxSlide[] = [];
      for (const s of this.slides) {
        const r = this.render(s, theme.name);
        if (!r) continue;
        const { words } = r;
        const size = chartImageSize(!!words.subtitle);
        const option = untitledOption(r.option, topMargin({ ...this.deps.chartContext, theme }) - 12);
        const image = withOffscreenChart(option, size.width, size.height, 'canvas', (chart) => chartPng(chart, theme.background, 2));
        const notes = [s.slide.note, words.notes].filter(Boolean).join('\n');
        slides.push({ title: words.title || s.title, subtitle: words.subtitle, image, notes, source: words.source });
        // One chart per task: the page keeps painting the busy state between slides.
        await new Promise((res) => setTimeout(res, 0));
      }
      return { bytes: await buildPptx(await loadLib(), slides, deck.name, theme), name: deckPptxName(deck.name) };
    } finally {
      this.exporting = false;
    }
  }

  /**
   * Deck writes run one at a time, in order. An edit is applied at once to the deck as the
   * earlier edits left it (so a title typed just before a move is kept, not overwritten by a
   * move built on the deck before it), and `load` keeps the decks shown while edits are still
   * being written: what is stored then is older than what is on screen.
   */
  private writes: Promise<unknown> = Promise.resolve();
  private unwritten = 0;

  private serially<T>(task: () => Promise<T>): Promise<T> {
    this.unwritten++;
    const run = this.writes.then(async () => {
      try {
        return await task();
      } finally {
        this.unwritten--;
      }
    });
    const told = run.then(async (v) => {
      await this.deps.changed({ kind: 'decks' });
      return v;
    });
    // A write that failed leaves the screen showing an edit the store does not hold.
    this.writes = told.catch(() => this.load());
    return told;
  }

  private edit(id: string | undefined, change: (deck: SavedDeck) => SavedDeck): Promise<void> {
    const at = this.decks.findIndex((d) => d.id === id);
    if (at < 0) return Promise.resolve();
    const deck = change(this.decks[at]);
    this.decks[at] = deck;
    const copy = $state.snapshot(deck) as SavedDeck;
    return this.serially(() => saveDeck(this.db, copy));
  }

  async create(name: string): Promise<void> {
    const deck = await this.serially(() => createDeck(this.db, name));
    this.currentId = deck.id;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.edit(id, (d) => ({ ...d, name }));
  }

  async duplicate(id: string, name: string): Promise<void> {
    const d = this.decks.find((x) => x.id === id);
    if (!d) return;
    const slides = $state.snapshot(d.slides) as DeckSlide[];
    const copy = await this.serially(() => createDeck(this.db, name, slides));
    this.currentId = copy.id;
  }

  async remove(id: string): Promise<void> {
    if (this.currentId === id) this.currentId = null;
    await this.serially(() => deleteDeck(this.db, id));
  }

  /** Adds a saved chart as the last slide of a deck (a new deck if there is none). */
  async addChart(chartId: string, deckId: string | null, newDeckName: string): Promise<void> {
    await this.addCharts([chartId], deckId, newDeckName);
  }

  /** Adds saved charts, in the order given, as the last slides of a deck (a new deck if there is none). */
  async addCharts(chartIds: readonly string[], deckId: string | null, newDeckName: string): Promise<void> {
    if (!chartIds.length) return;
    const added = chartIds.map((chartId) => ({ chartId, title: '', note: '' }));
    const existing = this.decks.find((d) => d.id === deckId);
    if (existing) return this.edit(existing.id, (d) => ({ ...d, slides: [...d.slides, ...added] }));
    const deck = await this.serially(() => createDeck(this.db, newDeckName, added));
    this.currentId = deck.id;
  }

  async move(from: number, to: number): Promise<void> {
    const n = this.current?.slides.length ?? 0;
    if (from === to || to < 0 || to >= n) return;
    await this.edit(this.current?.id, (d) => {
      const slides = [...d.slides];
      const [s] = slides.splice(from, 1);
      slides.splice(to, 0, s);
      return { ...d, slides };
    });
  }

  async editSlide(i: number, patch: Partial<DeckSlide>): Promise<void> {
    await this.edit(this.current?.id, (d) => ({ ...d, slides: d.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));
  }

  async removeSlide(i: number): Promise<void> {
    await this.edit(this.current?.id, (d) => ({ ...d, slides: d.slides.filter((_, k) => k !== i) }));
  }

  start(at = 0): void {
    if (!this.slides.length) return;
    this.index = Math.max(0, Math.min(at, this.slides.length - 1));
    this.black = false;
    this.presenting = true;
  }

  stop(): void {
    this.presenting = false;
    this.black = false;
  }

  go(delta: number): void {
    this.black = false;
    this.index = Math.max(0, Math.min(this.slides.length - 1, this.index + delta));
  }

  goTo(i: number): void {
    this.black = false;
    this.index = Math.max(0, Math.min(this.slides.length - 1, i));
  }

  toggleBlack(): void {
    this.black = !this.black;
  }
}

