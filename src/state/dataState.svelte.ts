import { cellKey, type Cube } from '../domain/cube';
import { findValueConflicts, type ValueConflict } from '../domain/findValueConflicts';
import { parseTypedValue } from '../domain/editSource';
import { queryRows, type RowQuery, type SortKey } from '../domain/queryRows';
import { resortAfterAdd, sortRows, sortRowsAsync } from '../domain/sortRows';
import type { CommitResult } from '../storage/commitImport';
import { commitEdits, type ValueEdit } from '../storage/commitEdit';
import { commitEntry } from '../storage/commitEntry';
import { pinValue } from '../storage/pins';
import { undoImport } from '../storage/undoImport';
import type { DataDeps } from './collaborators';
import { placeRows, type Placement } from './placeRows';
import { entryIndex, resolveEntries, isBlankEntry, type EntryDraft, type ResolvedEntry } from './resolveEntry';

export type EntryOutcome = 'stored' | 'invalid' | 'new-names' | 'empty' | 'failed';
import { UndoStack } from './undoStack';

export type DataTab = 'grid' | 'pivot' | 'conflicts';

/** Grid columns a user may type into: the value, and its unit. */
export const EDITABLE_COLUMNS = ['value', 'unit'] as const;
export type EditableColumn = (typeof EDITABLE_COLUMNS)[number];

/** Why typed text was refused (nothing stored); `missing` means a dash or nothing — clearing is Delete's job. */
export type EditRefusal = { reason: 'missing' | 'not-number' | 'failed'; text: string };

/** One undoable step: the import it stored, how to store it again, and the grid rows its values sit on. */
interface EditStep {
  importId: string;
  recommit: (now: number) => Promise<CommitResult>;
  at: ReadonlyMap<string, number>;
  /** The query whose rows `at` counts in: under another order the positions mean nothing. */
  query: RowQuery;
}

const blankEntry = (): EntryDraft => ({ region: '', indicator: '', period: '', value: '' });

/** Rows up to which a sort runs at once (~20 ms); longer lists are sorted over several tasks. */
const SORT_AT_ONCE = 100_000;

/** An order computed for a cube's rows under a query. */
interface SortedRows {
  cube: Cube;
  rows: Int32Array;
  query: RowQuery;
  order: Int32Array;
}

/** The entry rows ending in exactly one blank row (rows before it keep their places, blank or not). */
function withBlankLast(rows: readonly EntryDraft[]): EntryDraft[] {
  let end = rows.length;
  while (end > 0 && isBlankEntry(rows[end - 1])) end--;
  return [...rows.slice(0, end), blankEntry()];
}

/** The 数据 page: the query over the cube, edits, typed entries, conflicts and the pivot. Intent methods only. */
export class DataState {
  tab = $state<DataTab>('grid');
  query = $state<RowQuery>({ search: '', indicator: null, region: null, sort: null, desc: false, all: false });
  /** Rows of edits since the last query change stay where they were edited (a spreadsheet's rows do not jump). */
  private placed = $state.raw<Placement[]>([]);
  /** The query's rows in cube order: filters only (the order is `ordered`'s). */
  private filtered = $derived(queryRows(this.deps.cube, { ...this.query, sort: null }));
  /** The last order computed for a large list, and what it was computed for. */
  private sorted = $state.raw<SortedRows | null>(null);
  /** A large list is being sorted (over several tasks); meanwhile it shows in cube order. */
  sorting = $state(false);
  private sortJob = 0;
  private pendingSort: Omit<SortedRows, 'order'> | null = null;
  rows = $derived(placeRows(this.deps.cube, this.ordered(this.filtered), this.placed));
  /** Edits, pastes, clears and typed batches of this session: Ctrl+Z / Ctrl+Y walk them. */
  private readonly steps = new UndoStack<EditStep>();
  /** Bumped on every step, so the undo/redo buttons follow the plain stack. */
  private stepVersion = $state(0);
  canUndo = $derived(this.stepVersion >= 0 && this.steps.canUndo);
  canRedo = $derived(this.stepVersion >= 0 && this.steps.canRedo);
  editError = $state<EditRefusal | null>(null);
  /** The entry form's rows, as typed. */
  entries = $state<EntryDraft[]>([blankEntry()]);
  /** Each entry row resolved through the catalog (null for a blank row). */
  private entryIndex = $derived(entryIndex({ indicators: [...this.deps.catalog.indicators.values()], regions: [...this.deps.catalog.regions.values()] }));
  resolved = $derived<(ResolvedEntry | null)[]>(resolveEntries(this.entries, this.entryIndex));
  pivotIndicator = $state('行政复议纠错率');
  conflicts = $derived<ValueConflict[]>(this.tab === 'conflicts' ? findValueConflicts(this.deps.cube) : []);

  constructor(private readonly deps: DataDeps) {}

  private get db() {
    return this.deps.database;
  }

  /** A new query orders the rows afresh (edited rows included). */
  private setQuery(query: RowQuery): void {
    this.placed = [];
    this.query = query;
  }

  sortBy(key: SortKey): void {
    if (this.query.sort === key) {
      if (this.query.desc) this.setQuery({ ...this.query, sort: null, desc: false });
      else this.setQuery({ ...this.query, desc: true });
    } else this.setQuery({ ...this.query, sort: key, desc: false });
  }

  setSearch(search: string): void {
    this.setQuery({ ...this.query, search });
  }

  /** Filters by any column: indicator, region, period or source import (null = all). */
  filter(patch: Pick<Partial<RowQuery>, 'indicator' | 'region' | 'period' | 'importId'>): void {
    this.setQuery({ ...this.query, ...patch });
  }

  setIndicator(indicator: string | null): void {
    this.filter({ indicator });
  }

  setAll(all: boolean): void {
    this.setQuery({ ...this.query, all });
  }

  /**
   * The rows in the query's order. A short list is sorted at once; a long one (a million
   * rows take ~0.5 s) in slices between the page's tasks, or, after an edit (the cube only
   * grew), by merging the added rows into the order it had.
   */
  private ordered(rows: Int32Array): Int32Array {
    const cube = this.deps.cube;
    const { sort, desc } = this.query;
    const query = this.query;
    if (!sort || rows.length <= SORT_AT_ONCE) {
      if (this.pendingSort) this.cancelSort();
      return sort ? sortRows(cube, rows, sort, desc) : rows;
    }
    const s = this.sorted;
    if (s && s.rows === rows && s.query === query) return s.order;
    if (s && s.query === query && cube.grewFrom(s.cube)) {
      const order = resortAfterAdd(s.cube, s.order, cube, rows, sort, desc);
      if (order) {
        queueMicrotask(() => (this.sorted = { cube, rows, query, order }));
        return order;
      }
    }
    const p = this.pendingSort;
    if (!p || p.rows !== rows || p.query !== query) this.startSort({ cube, rows, query });
    return rows;
  }

  private startSort(job: Omit<SortedRows, 'order'>): void {
    const id = ++this.sortJob;
    this.pendingSort = job;
    // Not from inside the derived that asked: state is written once it has returned.
    queueMicrotask(async () => {
      if (id !== this.sortJob) return;
      this.sorting = true;
      const order = await sortRowsAsync(job.cube, job.rows, job.query.sort!, job.query.desc, () => id !== this.sortJob);
      if (id !== this.sortJob || !order) return;
      this.pendingSort = null;
      this.sorted = { ...job, order };
      this.sorting = false;
    });
  }

  private cancelSort(): void {
    this.sortJob++;
    this.pendingSort = null;
    queueMicrotask(() => (this.sorting = false));
  }

  /** The stored value of grid row `row` as it is, ready to be changed. */
  private editOf(row: number): ValueEdit | null {
    const cube = this.deps.cube;
    const i = this.rows[row];
    if (i === undefined) return null;
    return {
      region: cube.regionOf(i),
      indicator: cube.indicatorOf(i),
      period: cube.periodOf(i),
      value: cube.valueOf(i),
      unit: cube.unitOf(i),
      qualifier: cube.qualifierOf(i),
      raw: cube.rawOf(i),
    };
  }

  /**
   * Changes of grid cells from typed text (a value by the import's value rules, or a unit),
   * all or nothing: one refused cell stores nothing and says why.
   */
  private readCells(cells: readonly { row: number; key: EditableColumn; text: string }[]): { edits: ValueEdit[]; rows: number[] } | EditRefusal {
    const byRow = new Map<number, ValueEdit>();
    for (const { row, key, text } of cells) {
      const e = byRow.get(row) ?? this.editOf(row);
      if (!e) continue;
      if (key === 'unit') e.unit = text.trim();
      else {
        const v = parseTypedValue(text);
        if (!v.ok) return { reason: v.reason, text: text.trim() };
        Object.assign(e, { value: v.value, qualifier: v.qualifier, raw: v.raw }, v.unit ? { unit: v.unit } : {});
      }
      byRow.set(row, e);
    }
    return { edits: [...byRow.values()], rows: [...byRow.keys()] };
  }

  /** Cells typed or pasted over existing values: one import, one undo step. Null when stored, else why not. */
  async editCells(cells: readonly { row: number; key: EditableColumn; text: string }[]): Promise<EditRefusal | null> {
    const read = this.readCells(cells);
    if ('reason' in read) return (this.editError = read);
    this.editError = null;
    if (!read.edits.length) return null;
    return this.store(read.edits, read.rows, (now) => commitEdits(this.db, read.edits, now));
  }

  /** Corrects the value of grid row `row` from what the user typed (same value rules as import). */
  async editValue(row: number, text: string): Promise<boolean> {
    return (await this.editCells([{ row, key: 'value', text }])) === null;
  }

  /** Clears the values of grid rows: stored as removals (NaN), which undo brings back. */
  async clearRows(rows: readonly number[]): Promise<void> {
    const edits: ValueEdit[] = [];
    const at: number[] = [];
    for (const r of rows) {
      const e = this.editOf(r);
      if (!e || Number.isNaN(e.value)) continue;
      edits.push({ ...e, value: NaN, qualifier: '', raw: '' });
      at.push(r);
    }
    if (!edits.length) return;
    this.editError = null;
    await this.store(edits, at, (now) => commitEdits(this.db, edits, now));
  }

  private async store(edits: readonly ValueEdit[], rows: readonly number[], recommit: EditStep['recommit']): Promise<EditRefusal | null> {
    const at = new Map(edits.map((e, k) => [cellKey(e.region, e.indicator, e.period), rows[k]]));
    const res = await recommit(Date.now());
    if (!res.ok) return (this.editError = { reason: 'failed', text: res.message });
    const step: EditStep = { importId: res.importId, recommit, at, query: this.query };
    this.steps.push(step);
    this.stepVersion++;
    this.placed = [...this.placed, { importId: res.importId, at }];
    await this.deps.changed({ kind: 'imports', added: [res.importId] });
    return null;
  }

  /** The refusal shown is no longer current (the paste it came from went to the importer). */
  dismissError(): void {
    this.editError = null;
  }

  /** Ctrl+Z: the latest step of this session is undone (its import removed, the values before it in force). */
  async undo(): Promise<void> {
    const step = this.steps.undo();
    this.stepVersion++;
    if (!step) return;
    await undoImport(this.db, step.importId);
    await this.deps.changed({ kind: 'imports', removed: [step.importId] });
  }

  /** Ctrl+Y: the step undone last is stored again, on the rows it was on. */
  async redo(): Promise<void> {
    const step = this.steps.redo();
    this.stepVersion++;
    if (!step) return;
    const res = await step.recommit(Date.now());
    if (!res.ok) {
      this.editError = { reason: 'failed', text: res.message };
      return;
    }
    step.importId = res.importId;
    if (step.query === this.query) this.placed = [...this.placed, { importId: res.importId, at: step.at }];
    await this.deps.changed({ kind: 'imports', added: [res.importId] });
  }

  /** The former name of undo, kept for the button. */
  undoLastEdit(): Promise<void> {
    return this.undo();
  }

  setEntry(row: number, patch: Partial<EntryDraft>): void {
    this.setEntries([{ row, patch }]);
  }

  /**
   * Several entry fields at once (a block pasted into the grid's new rows). A row past the
   * last is a new one; a blank row always stays at the end to type the next value into, as
   * a spreadsheet's new row does.
   */
  setEntries(changes: readonly { row: number; patch: Partial<EntryDraft> }[]): void {
    const next = [...this.entries];
    for (const { row, patch } of changes) {
      while (next.length <= row) next.push(blankEntry());
      next[row] = { ...next[row], ...patch };
    }
    this.entries = withBlankLast(next);
  }

  /** Enter on the last entry row: another one below it (there is always one). */
  addEntryRow(): void {
    this.entries = withBlankLast(this.entries);
  }

  removeEntryRow(row: number): void {
    this.entries = withBlankLast(this.entries.filter((_, k) => k !== row));
  }

  /**
   * The typed rows as ONE import (「手工录入 …」), undone like any other. Nothing is stored while a
   * row is incomplete or unreadable; indicators the catalog lacks are added only with `addNew`.
   */
  async commitEntries(addNew: boolean): Promise<EntryOutcome> {
    const resolved = this.resolved.filter((r) => r !== null);
    if (!resolved.length) return 'empty';
    if (resolved.some((r) => !r.ok)) return 'invalid';
    const ok = resolved.filter((r) => r.ok);
    if (!addNew && ok.some((r) => r.newIndicator || r.newRegion)) return 'new-names';
    const edits = ok.map((r) => r.edit);
    const added: [string, string][] = [...new Map(ok.filter((r) => r.newIndicator).map((r) => [r.edit.indicator, r.edit.unit]))];
    const res = await commitEntry(this.db, edits, added);
    if (!res.ok) {
      this.editError = { reason: 'failed', text: res.message };
      return 'failed';
    }
    this.steps.push({ importId: res.importId, recommit: (now) => commitEntry(this.db, edits, added, now), at: new Map(), query: this.query });
    this.stepVersion++;
    this.entries = [blankEntry()];
    const catalogChanged = added.length > 0 || ok.some((r) => r.newRegion);
    await this.deps.changed({ kind: 'imports', added: [res.importId] }, ...(catalogChanged ? [{ kind: 'catalog' } as const] : []));
    return 'stored';
  }

  /** Settles a conflict: this import's value is in force for this cell from now on. */
  async choose(key: string, importId: string | null): Promise<void> {
    await pinValue(this.db, key, importId);
    await this.deps.changed({ kind: 'pins' });
  }

  qualifierOf(i: number): string {
    return this.deps.cube.qualifierOf(i);
  }
}
