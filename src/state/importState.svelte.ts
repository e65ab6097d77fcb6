import type { BlockData, ImportRecord } from '../domain/model';
import type { DetectionOverride } from '../import/detection';
import type { Corrections, DraftSheet, ImportDraft } from '../import/draft';
import type { Collision } from '../import/findCollisions';
import type { SheetProblem } from '../import/normalizeSheet';
import { CancelledError } from '../import/importWorkerClient';
import type { ProgressAt } from '../import/protocol';
import type { FileFailure } from './fileFailure';
import { templateSheets } from '../import/templateSheets';
import { sampleReports } from '../import/sampleReports';
import { sha256 } from '../import/sha256';
import { commitImport, type CommitResult, type Conflict } from '../storage/commitImport';
import { findImportsBySha, listImports } from '../storage/findImports';
import { loadMeta, saveMeta } from '../storage/meta';
import { readCatalog } from '../storage/readCatalog';
import { undoImport } from '../storage/undoImport';
import { applyRegionMeta } from '../storage/applyRegionMeta';
import { planCommit } from './planCommit';
import type { ImportDeps } from './collaborators';
import type { ChangeOf } from '../storage/change';
import { i18n } from '../i18n/i18n.svelte';
import { formatPeriod } from '../domain/parsePeriod';
import { reportBlocks } from '../import/reportBlocks';
import { ReportReview } from './reportReview.svelte';
import { estimateImport, memoryLimit } from '../import/estimateImport';
import { readingProgress } from '../import/readingProgress';
import { unpackBlocks, type PackedBlocks } from '../import/packBlocks';

/**
 * One file under review. The draft itself is raw state (replaced, never mutated): a deep
 * proxy over its preview grid would cost more than drawing it.
 */
export class DraftView {
  draft = $state.raw<ImportDraft>() as ImportDraft;
  include = $state<boolean[]>([]);
  importAnyway = $state(false);
  /** The user ticked 「仍然导入」: both cells of each collision are stored and listed as conflicts. */
  keepCollisions = $state(false);
  /** A report's review: its candidates' verdicts and edits, its region and period (null for a table). */
  readonly report: ReportReview | null;

  constructor(
    draft: ImportDraft,
    /** Earlier imports of the very same file (same SHA-256). */
    readonly duplicates: ImportRecord[],
  ) {
    this.draft = draft;
    this.include = draft.sheets.map(hasContent);
    this.report = draft.report && !draft.failure ? new ReportReview(draft.report) : null;
  }

  replaceSheet(index: number, sheet: DraftSheet, collisions: Pick<ImportDraft, 'collisions' | 'collisionCount'>): void {
    this.draft = { ...this.draft, ...collisions, sheets: this.draft.sheets.map((s, i) => (i === index ? sheet : s)) };
    this.include[index] = hasContent(sheet);
  }

  /** Whether this file's values go into the commit at all. */
  get committable(): boolean {
    return !this.draft.failure && (!this.duplicates.length || this.importAnyway);
  }

  /** Collisions between sheets that are both included (the listed ones). */
  get collisions(): Collision[] {
    return this.draft.collisions.filter((c) => this.include[c.first.sheet] && this.include[c.second.sheet]);
  }

  /** How many collisions the included sheets have (all of them when every sheet is in). */
  get collisionTotal(): number {
    // A sheet with no values has no collisions: left out, it changes nothing.
    const all = this.draft.sheets.every((s, i) => this.include[i] || s.count === 0);
    return all ? this.draft.collisionCount : this.collisions.length;
  }
}

export type ContextField = 'indicator' | 'region' | 'period';
/** Where a sheet-wide field came from; 'meta' is stated in the sheet, 'user' typed, title/sheet/file guessed. */
export type FieldSource = 'meta' | 'title' | 'sheet' | 'file' | 'user' | 'column' | 'header' | 'text';
export const GUESS_SOURCES: readonly FieldSource[] = ['title', 'sheet', 'file', 'text'];

/** A sheet-wide field that gave values, with where it came from. */
export interface ContextFill {
  field: ContextField;
  source: FieldSource;
  value: string;
  guess: boolean;
}

/** The sheet-wide indicator, region and period that gave this sheet's values (unused ones are irrelevant). */
export function contextFills(sheet: DraftSheet): ContextFill[] {
  const c = sheet.detection.context;
  const fills: ContextFill[] = [];
  const add = (field: ContextField, source: FieldSource | null, value: string) => {
    if (source && value && sheet.usedContext[field] > 0) fills.push({ field, source, value, guess: GUESS_SOURCES.includes(source) });
  };
  add('indicator', c.indicatorSource, c.indicator);
  add('region', c.regionSource, c.region);
  add('period', c.periodSource, c.period ? formatPeriod(c.period) : '');
  return fills;
}

/** Why a sheet of a kept file stays out: a missing part, or no values in a sheet that has cells. */
export function sheetLeftOut(sheet: DraftSheet, included: boolean): SheetProblem | null {
  if (included || sheet.count > 0 || sheet.regionMeta.length) return null;
  if (sheet.problem && sheet.problem !== 'no-data') return sheet.problem;
  return sheet.preview.some((row) => row.some((cell) => cell.trim() !== '')) ? 'no-data' : null;
}

/** What the confirm button will do, over every file under review. */
export interface ReviewSummary {
  sheets: number;
  values: number;
  /** Sheets that are region lists only (级别/上级). */
  regionLists: number;
  /** Sheets with a problem that will not be imported, per problem. */
  left: [SheetProblem, number][];
  /** Collisions of included sheets not yet accepted by 「仍然导入」, and their files. */
  heldCollisions: number;
  heldFiles: string[];
  /** Accepted report candidates that will be stored, and those lacking an indicator, value, region or period. */
  reportValues: number;
  reportIncomplete: number;
  /** Reports under review (their confirm says 「来自报告」). */
  reports: number;
}

export function reviewSummary(drafts: readonly DraftView[]): ReviewSummary {
  const sum: ReviewSummary = { sheets: 0, values: 0, regionLists: 0, left: [], heldCollisions: 0, heldFiles: [], reportValues: 0, reportIncomplete: 0, reports: 0 };
  const left = new Map<SheetProblem, number>();
  for (const v of drafts) {
    if (!v.committable) continue;
    if (v.report) {
      sum.reports++;
      sum.reportValues += v.report.complete;
      sum.reportIncomplete += v.report.incomplete;
      continue;
    }
    v.draft.sheets.forEach((s, i) => {
      if (v.include[i] && s.count > 0) {
        sum.sheets++;
        sum.values += s.count;
      } else if (v.include[i] && s.regionMeta.length) sum.regionLists++;
      const why = sheetLeftOut(s, v.include[i]);
      if (why) left.set(why, (left.get(why) ?? 0) + 1);
    });
    const n = v.collisionTotal;
    if (n && !v.keepCollisions) {
      sum.heldCollisions += n;
      sum.heldFiles.push(v.draft.fileName);
    }
  }
  const order: SheetProblem[] = ['no-period', 'no-indicator', 'no-region', 'no-data'];
  sum.left = order.filter((p) => left.has(p)).map((p) => [p, left.get(p)!]);
  return sum;
}

export interface FileReport {
  fileName: string;
  importId: string | null;
  taken: number;
  skipped: number;
  skips: DraftSheet['skips'];
  conflicts: Conflict[];
  /** i18n key of why nothing was stored, if so. */
  failure: FileFailure | null;
  failureParams?: Record<string, string | number>;
  /** Regions whose level or parent a region list set. */
  regionsUpdated?: number;
  /** Guessed sheet-wide fields of the stored sheets, for the user to check. */
  guesses?: { sheet: string; field: ContextField; source: FieldSource; value: string }[];
  /** Sheets not imported, and what they lack. */
  left?: { sheet: string; problem: SheetProblem }[];
  /** Collisions stored with both values (the user ticked 「仍然导入」). */
  collisions?: number;
  /** A report's region or period read from its title or text (not typed), for the user to check. */
  reportGuesses?: { field: ContextField; source: FieldSource; value: string }[];
}

/** Why a commit stored nothing, as a file report's failure. */
function commitFailure(res: Extract<CommitResult, { ok: false }>): Pick<FileReport, 'failure' | 'failureParams'> {
  if (res.reason === 'quota') return { failure: 'report.quota', failureParams: { needed: Math.ceil((res.neededBytes ?? 0) / 1048576) } };
  if (res.reason === 'cancelled') return { failure: 'report.cancelled' };
  return { failure: 'report.failed', failureParams: { detail: res.message } };
}

/** A file's report before anything of it is stored. */
function emptyReport(fileName: string): FileReport {
  return { fileName, importId: null, taken: 0, skipped: 0, skips: [], conflicts: [], failure: null };
}

/** A sheet worth importing: values, or a region list. */
const hasContent = (s: DraftSheet) => s.count > 0 || s.regionMeta.length > 0;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 导入 page: files under review, their reports, the import history. Intent methods only. */
export class ImportState {
  phase = $state<'idle' | 'parsing' | 'review' | 'committing'>('idle');
  /** The commit under way, for cancel(). */
  private committing: AbortController | null = null;
  progress = $state<{ done: number; total: number; at: ProgressAt | null }>({ done: 0, total: 1, at: null });
  drafts = $state.raw<DraftView[]>([]);
  active = $state(0);
  activeSheet = $state(0);
  reports = $state<FileReport[]>([]);
  history = $state<ImportRecord[]>([]);
  error = $state('');
  /** A cancel that stored nothing says so (the page is otherwise back where it was). */
  cancelled = $state(false);
  /** What the confirm button will do. */
  summary = $derived.by(() => reviewSummary(this.drafts));

  /** The database, the worker and the change path: nothing else of the app. */
  constructor(private app: ImportDeps) {}

  private get db() {
    return this.app.database;
  }

  async loadHistory(): Promise<void> {
    const next = await listImports(this.db);
    // The same imports read again (start-up reads them twice): what shows them is not redrawn.
    const same = next.length === this.history.length && next.every((h, i) => h.id === this.history[i].id && h.importedAt === this.history[i].importedAt && h.taken === this.history[i].taken);
    if (!same) this.history = next;
  }

  /** Reads files in the worker and opens the review screen. */
  async open(files: { name: string; bytes: ArrayBuffer; pasted?: 'table' | 'text' }[]): Promise<void> {
    if (!files.length || this.phase === 'parsing' || this.phase === 'committing') return;
    await this.discardDrafts();
    this.reports = [];
    this.error = '';
    this.cancelled = false;
    // Told from the file sizes before anything is read: never a tab that runs out of memory after minutes.
    const estimates = files.map((f) => estimateImport(new Uint8Array(f.bytes)));
    const limit = memoryLimit();
    const worst = estimates.reduce((k, e, i) => (e.peakBytes > estimates[k].peakBytes ? i : k), 0);
    if (estimates[worst].peakBytes > limit) {
      const mb = (b: number) => i18n.num(Math.ceil(b / 1048576));
      this.error = i18n.t('import.tooBigForBrowser', {
        file: files[worst].name, cells: i18n.num(Math.round(estimates[worst].cells)), needed: mb(estimates[worst].peakBytes), limit: mb(limit),
      });
      return;
    }
    this.phase = 'parsing';
    this.progress = { done: 0, total: files.length, at: null };
    const bar = readingProgress(estimates.map((e) => e.readSeconds), (p) => (this.progress = p));
    try {
      const catalog = await readCatalog(this.db);
      const corrections = await loadMeta<Corrections>(this.db, 'corrections', {});
      const drafts = await this.app.worker.request(
        'parse',
        { files, catalog, corrections },
        { transfer: files.map((f) => f.bytes), onProgress: bar.report },
      );
      bar.stop();
      const views: DraftView[] = [];
      for (const d of drafts) {
        views.push(new DraftView(d, d.failure ? [] : await findImportsBySha(this.db, d.sha256)));
      }
      this.drafts = views;
      this.active = 0;
      this.activeSheet = Math.max(0, views[0]?.include.indexOf(true) ?? 0);
      this.phase = 'review';
    } catch (e) {
      bar.stop();
      this.phase = 'idle';
      if (!(e instanceof CancelledError)) this.error = i18n.t('import.workerFailed', { detail: e instanceof Error ? e.message : String(e) });
    }
  }

  /** A paste (a table's TSV or HTML, or a report's text): read as what it was classified, through the same review. */
  openPasted(paste: { name: string; content: string; kind: 'table' | 'text' }): Promise<void> {
    const bytes = new TextEncoder().encode(paste.content);
    return this.open([{ name: paste.name, bytes: bytes.buffer as ArrayBuffer, pasted: paste.kind }]);
  }

  /** Stops the reading, the review, or a commit under way (whose file then stores nothing). */
  cancel(): void {
    this.cancelled = this.phase !== 'idle';
    this.committing?.abort();
    this.app.worker.cancel();
    this.drafts = [];
    this.phase = 'idle';
  }

  /** Re-runs detection of one sheet with the user's correction, and remembers it for this header layout. */
  async correct(fileIdx: number, sheetIdx: number, override: DetectionOverride): Promise<void> {
    const view = this.drafts[fileIdx];
    const sheet = view?.draft.sheets[sheetIdx];
    if (!sheet) return;
    const merged = { ...this.currentOverride(sheet), ...override };
    const next = await this.app.worker.request('redetect', {
      draftId: view.draft.id,
      sheetIndex: sheetIdx,
      override: $state.snapshot(merged) as DetectionOverride,
    });
    view.replaceSheet(sheetIdx, next.sheet, next);
    const corrections = await loadMeta<Corrections>(this.db, 'corrections', {});
    corrections[sheet.detection.signature] = $state.snapshot(merged) as DetectionOverride;
    await saveMeta(this.db, 'corrections', corrections);
  }

  /** The detection as an override: what a correction starts from. */
  currentOverride(sheet: DraftSheet): DetectionOverride {
    const d = sheet.detection;
    return {
      headerStart: d.headerStart,
      headerEnd: d.headerEnd,
      labelCols: d.labelCols.map((l) => ({ ...l })),
      headerRole: d.headerRole,
      skipCols: [...d.skipCols],
      // What the user typed or chose stays through a later correction (header rows, a column's role).
      ...(d.context.periodSource === 'user' ? { period: d.context.period } : {}),
      ...(d.context.indicatorSource === 'user' ? { indicator: d.context.indicator } : {}),
      ...(d.context.regionSource === 'user' ? { region: d.context.region } : {}),
      ...(d.rejectedRegions?.length ? { rejectedRegions: [...d.rejectedRegions] } : {}),
      ...(d.columnIndicators?.length ? { columnIndicators: d.columnIndicators.map(([c, id]) => [c, id] as [number, string]) } : {}),
    };
  }

  /** Commits every reviewed file, each in its own all-or-nothing transaction. */
  async confirm(): Promise<void> {
    // Never one value of a collision stored over the other unasked: held until the user accepts both.
    // Nor a report's value without its indicator, region or period: refused before anything is written.
    if (this.phase !== 'review' || this.summary.heldCollisions > 0 || this.summary.reportIncomplete > 0) return;
    this.phase = 'committing';
    const abort = (this.committing = new AbortController());
    const reports: FileReport[] = [];
    for (const view of this.drafts) {
      if (abort.signal.aborted) break;
      reports.push(await this.commitOne(view, false, abort.signal).catch((e: unknown) => {
        if (e instanceof CancelledError) return { ...emptyReport(view.draft.fileName), failure: 'report.cancelled' as const };
        throw e;
      }));
    }
    this.committing = null;
    const added = reports.flatMap((r) => (r.importId ? [r.importId] : []));
    // A cancel keeps what was stored before it (each file is its own transaction) and says so;
    // with nothing stored it is as if the review had been closed.
    if (abort.signal.aborted && !added.length) return;
    this.cancelled = false;
    this.reports = reports;
    // After a cancel, cancel() has closed the review (and a new file may be being read).
    if (!abort.signal.aborted) {
      await this.discardDrafts();
      this.phase = 'idle';
    }
    // The bench reads where a commit's time goes from these measures.
    performance.mark('import-apply-start');
    await this.afterChange({ kind: 'imports', added });
    performance.measure('import-apply', 'import-apply-start');
  }

  private async commitOne(view: DraftView, sample = false, signal?: AbortSignal): Promise<FileReport> {
    const d = view.draft;
    const left = d.sheets.flatMap((s, i) => {
      const problem = sheetLeftOut(s, view.include[i]);
      return problem ? [{ sheet: s.name, problem }] : [];
    });
    const base: FileReport = { ...emptyReport(d.fileName), left };
    if (view.report && !d.failure && !(view.duplicates.length && !view.importAnyway)) return this.commitReport(view, view.report, base, sample);
    // Plain data for IndexedDB (never a reactive proxy).
    const plan = planCommit(d, $state.snapshot(view.include), { duplicate: view.duplicates.length > 0, importAnyway: view.importAnyway, sample });
    if (plan.kind === 'refused') return { ...base, failure: plan.failure, failureParams: plan.failureParams };
    if (plan.kind === 'regions') return { ...base, regionsUpdated: await applyRegionMeta(this.db, plan.regionMeta) };
    const { sheets, input } = plan;
    // Page by page, each page's blocks packed end to end: 16,384 columns arrive as a few short messages.
    const blocks: BlockData[] = [];
    let regions: string[] = [];
    performance.mark('import-take-start');
    for (let from: number | null = 0; from !== null; ) {
      if (signal?.aborted) throw new CancelledError();
      const page: { regions: string[]; packed: PackedBlocks; next?: number | null } = await this.app.worker.request('take', { draftId: d.id, sheets: sheets.map((s) => s.index), from });
      regions = page.regions;
      for (const b of unpackBlocks(page.packed)) blocks.push(b);
      from = page.next ?? null;
    }
    const { skips, skipped } = input;
    performance.measure('import-take', 'import-take-start');
    performance.mark('import-store-start');
    const res = await commitImport(this.db, { ...input, regions, blocks, signal });
    performance.measure('import-store', 'import-store-start');
    if (!res.ok) return { ...base, ...commitFailure(res) };
    const guesses = sheets.flatMap((s) => contextFills(s).filter((f) => f.guess).map((f) => ({ sheet: s.name, field: f.field, source: f.source, value: f.value })));
    return {
      ...base, importId: res.importId, taken: res.taken, skipped, skips, conflicts: res.conflicts, regionsUpdated: res.regionsUpdated,
      guesses, collisions: view.collisionTotal,
    };
  }

  /** A report's accepted candidates: the same all-or-nothing commit as a table's values. */
  private async commitReport(view: DraftView, review: ReportReview, base: FileReport, sample: boolean): Promise<FileReport> {
    const d = view.draft;
    if (review.incomplete > 0) return { ...base, failure: 'report.reportIncomplete', failureParams: { count: review.incomplete } };
    const accepted = review.acceptedCandidates();
    if (!accepted.length) return { ...base, failure: 'report.reportNothing' };
    const period = $state.snapshot(review.period);
    const { regions, blocks, newIndicators, missing } = reportBlocks(
      { paragraphs: review.report.extraction.paragraphs, region: review.region, period },
      accepted,
    );
    if (missing > 0) return { ...base, failure: 'report.reportIncomplete', failureParams: { count: missing } };
    const res = await commitImport(this.db, {
      fileName: d.fileName, sha256: d.sha256, layout: 'report', regions, blocks, skips: [], skipped: 0, newIndicators, regionMeta: [], sample,
    });
    if (!res.ok) return { ...base, ...commitFailure(res) };
    const reportGuesses: NonNullable<FileReport['reportGuesses']> = [];
    if (review.regionSource && review.regionSource !== 'user') reportGuesses.push({ field: 'region', source: review.regionSource, value: review.region });
    if (period && review.periodSource && review.periodSource !== 'user') reportGuesses.push({ field: 'period', source: review.periodSource, value: formatPeriod(period) });
    return { ...base, importId: res.importId, taken: res.taken, conflicts: res.conflicts, reportGuesses };
  }

  private async discardDrafts(): Promise<void> {
    for (const v of this.drafts) await this.app.worker.request('discard', { draftId: v.draft.id }).catch(() => {});
    this.drafts = [];
  }

  async undo(importId: string): Promise<void> {
    await undoImport(this.db, importId);
    this.reports = this.reports.filter((r) => r.importId !== importId);
    await this.afterChange({ kind: 'imports', removed: [importId] });
  }

  /** First open (empty database): the sample workbook goes through the same path as any file. */
  async importSample(): Promise<FileReport | null> {
    // One import per report the figures came from, named by its title: every sample number
    // traces back to the report (and the sentence) that states it.
    const added: string[] = [];
    let report: FileReport | null = null;
    for (const r of sampleReports()) {
      const res = await commitImport(this.db, {
        fileName: r.title, sha256: await sha256(new TextEncoder().encode(`sample:${r.title}`)), layout: 'report',
        regions: r.regions, blocks: r.blocks, skips: [], skipped: 0, newIndicators: [], regionMeta: r.regionMeta, sample: true,
      });
      const base: FileReport = report ?? emptyReport(r.title);
      if (!res.ok) {
        report = { ...base, ...commitFailure(res) };
        break;
      }
      added.push(res.importId);
      report = { ...base, importId: base.importId ?? res.importId, taken: base.taken + res.taken };
    }
    await this.afterChange({ kind: 'imports', added });
    return report;
  }

  async removeSample(): Promise<void> {
    for (const rec of this.history.filter((h) => h.sample)) await undoImport(this.db, rec.id);
    await saveMeta(this.db, 'sampleRemoved', true);
    await this.afterChange({ kind: 'imports', removed: this.history.filter((h) => h.sample).map((h) => h.id) });
  }

  async downloadTemplate(): Promise<{ bytes: ArrayBuffer; name: string }> {
    const { bytes } = await this.app.worker.request('write', { sheets: templateSheets() });
    return { bytes, name: i18n.t('file.template') };
  }

  /** Imports stored or undone; a commit may also add indicators and regions (and set region levels). */
  private async afterChange(imports: ChangeOf<'imports'>): Promise<void> {
    await (imports.added ? this.app.changed({ kind: 'catalog' }, imports) : this.app.changed(imports));
  }
}
