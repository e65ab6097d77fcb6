import { findValueConflicts, type ValueConflict } from '../domain/findValueConflicts';
import { parseValue } from '../domain/parseValue';
import { queryRows, type RowQuery, type SortKey } from '../domain/queryRows';
import { commitEdit } from '../storage/commitEdit';
import { pinValue } from '../storage/pins';
import { undoImport } from '../storage/undoImport';
import type { DataDeps } from './collaborators';

export type DataTab = 'grid' | 'pivot' | 'conflicts';

/** The 数据 page: the query over the cube, edits, conflicts and the pivot. Intent methods only. */
export class DataState {
  tab = $state<DataTab>('grid');
  query = $state<RowQuery>({ search: '', indicator: null, region: null, sort: null, desc: false, all: false });
  rows = $derived(queryRows(this.deps.cube, this.query));
  /** Edits made in this session, newest last: Ctrl+Z undoes them in turn. */
  edits = $state<string[]>([]);
  editError = $state('');
  pivotIndicator = $state('行政复议纠错率');
  conflicts = $derived<ValueConflict[]>(this.tab === 'conflicts' ? findValueConflicts(this.deps.cube) : []);

  constructor(private readonly deps: DataDeps) {}

  private get db() {
    return this.deps.database;
  }

  sortBy(key: SortKey): void {
    if (this.query.sort === key) {
      if (this.query.desc) this.query = { ...this.query, sort: null, desc: false };
      else this.query = { ...this.query, desc: true };
    } else this.query = { ...this.query, sort: key, desc: false };
  }

  setSearch(search: string): void {
    this.query = { ...this.query, search };
  }

  /** Filters by any column: indicator, region, period or source import (null = all). */
  filter(patch: Pick<Partial<RowQuery>, 'indicator' | 'region' | 'period' | 'importId'>): void {
    this.query = { ...this.query, ...patch };
  }

  setIndicator(indicator: string | null): void {
    this.filter({ indicator });
  }

  setAll(all: boolean): void {
    this.query = { ...this.query, all };
  }

  /** Corrects the value of grid row `row` from what the user typed (same value rules as import). */
  async editValue(row: number, text: string): Promise<boolean> {
    const cube = this.deps.cube;
    const i = this.rows[row];
    if (i === undefined) return false;
    const parsed = parseValue(text);
    if (!parsed.ok) {
      this.editError = text.trim();
      return false;
    }
    this.editError = '';
    const res = await commitEdit(this.db, {
      region: cube.regionOf(i),
      indicator: cube.indicatorOf(i),
      period: cube.periodOf(i),
      value: parsed.value,
      unit: parsed.unit || cube.unitOf(i),
      qualifier: parsed.qualifier,
      raw: text.trim() === String(parsed.value) ? '' : text.trim(),
    });
    if (!res.ok) return false;
    this.edits = [...this.edits, res.importId];
    await this.deps.changed({ kind: 'imports', added: [res.importId] });
    return true;
  }

  async undoLastEdit(): Promise<void> {
    const id = this.edits[this.edits.length - 1];
    if (!id) return;
    await undoImport(this.db, id);
    this.edits = this.edits.slice(0, -1);
    await this.deps.changed({ kind: 'imports', removed: [id] });
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
