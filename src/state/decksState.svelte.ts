import { buildChartOption } from '../charts/buildChartOption';
import { chartSources } from '../charts/chartSources';
import { parseChartSpec, type ChartSpec } from '../charts/chartSpec';
import { THEMES, type ChartTheme } from '../charts/chartTheme';
import { deckZip, deckZipName, type DeckImage } from '../charts/exportDeck';
import type { DeckSlide, SavedDeck } from '../domain/model';
import { createDeck, deleteDeck, listDecks, saveDeck } from '../storage/decks';
import type { DecksDeps } from './collaborators';
import { i18n } from '../i18n/i18n.svelte';

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
  /** A deck's slides are being rendered into a zip. */
  exporting = $state(false);
  current = $derived(this.decks.find((d) => d.id === this.currentId) ?? this.decks[0] ?? null);
  slides = $derived<ResolvedSlide[]>(
    (this.current?.slides ?? []).map((slide) => {
      const chart = this.deps.savedCharts.find((c) => c.id === slide.chartId);
      return { slide, chartName: chart?.name ?? '', spec: chart ? parseChartSpec(chart.spec) : null, title: slide.title || chart?.name || '' };
    }),
  );

  constructor(private readonly deps: DecksDeps) {}

  private get db() {
    return this.deps.database;
  }

  async load(): Promise<void> {
    this.decks = await listDecks(this.db);
  }

  /**
   * The option and source files of a slide in a projector theme. On screen the footer
   * shows note and source; an exported image carries them as its own foot line.
   */
  render(s: ResolvedSlide, theme: ChartTheme['name'] = this.theme, withFootnote = false) {
    if (!s.spec) return null;
    const ctx = { ...this.deps.chartContext, theme: THEMES[theme] };
    const spec = { ...s.spec, title: s.title };
    const sources = chartSources(spec, ctx);
    const footnote = withFootnote
      ? [s.slide.note, sources.length ? i18n.t('present.source', { files: sources.join('、') }) : ''].filter(Boolean).join(' · ')
      : '';
    return { option: buildChartOption(spec, footnote ? { ...ctx, footnote } : ctx), sources };
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
        const r = this.render(s, theme, true);
        return r ? [{ title: s.title, option: r.option, background: THEMES[theme].background }] : [];
      });
      return { bytes: deckZip(images, kind), name: deckZipName(deck.name, kind) };
    } finally {
      this.exporting = false;
    }
  }

  private async write(deck: SavedDeck): Promise<void> {
    await saveDeck(this.db, $state.snapshot(deck) as SavedDeck);
    await this.deps.changed({ kind: 'decks' });
  }

  async create(name: string): Promise<void> {
    const deck = await createDeck(this.db, name);
    await this.deps.changed({ kind: 'decks' });
    this.currentId = deck.id;
  }

  async rename(id: string, name: string): Promise<void> {
    const d = this.decks.find((x) => x.id === id);
    if (d) await this.write({ ...d, name });
  }

  async duplicate(id: string, name: string): Promise<void> {
    const d = this.decks.find((x) => x.id === id);
    if (!d) return;
    const copy = await createDeck(this.db, name, $state.snapshot(d.slides) as DeckSlide[]);
    await this.deps.changed({ kind: 'decks' });
    this.currentId = copy.id;
  }

  async remove(id: string): Promise<void> {
    await deleteDeck(this.db, id);
    if (this.currentId === id) this.currentId = null;
    await this.deps.changed({ kind: 'decks' });
  }

  /** Adds a saved chart as the last slide of a deck (a new deck if there is none). */
  async addChart(chartId: string, deckId: string | null, newDeckName: string): Promise<void> {
    let deck = this.decks.find((d) => d.id === deckId) ?? null;
    if (!deck) {
      deck = await createDeck(this.db, newDeckName);
      this.currentId = deck.id;
    }
    await this.write({ ...deck, slides: [...deck.slides, { chartId, title: '', note: '' }] });
  }

  async move(from: number, to: number): Promise<void> {
    const d = this.current;
    if (!d || from === to || to < 0 || to >= d.slides.length) return;
    const slides = [...d.slides];
    const [s] = slides.splice(from, 1);
    slides.splice(to, 0, s);
    await this.write({ ...d, slides });
  }

  async editSlide(i: number, patch: Partial<DeckSlide>): Promise<void> {
    const d = this.current;
    if (!d) return;
    await this.write({ ...d, slides: d.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  }

  async removeSlide(i: number): Promise<void> {
    const d = this.current;
    if (!d) return;
    await this.write({ ...d, slides: d.slides.filter((_, k) => k !== i) });
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
