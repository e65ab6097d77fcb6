import { queryRows, type RowQuery, type SortKey } from '../domain/queryRows';
import type { AppState } from './appState.svelte';

/** The 数据 page: the query over the cube and the rows it yields. */
export class DataState {
  query = $state<RowQuery>({ search: '', indicator: null, region: null, sort: null, desc: false, all: false });
  rows = $derived(queryRows(this.app.cube, this.query));

  constructor(private app: AppState) {}

  sortBy(key: SortKey): void {
    if (this.query.sort === key) {
      if (this.query.desc) this.query = { ...this.query, sort: null, desc: false };
      else this.query = { ...this.query, desc: true };
    } else this.query = { ...this.query, sort: key, desc: false };
  }

  setSearch(search: string): void {
    this.query = { ...this.query, search };
  }

  setIndicator(indicator: string | null): void {
    this.query = { ...this.query, indicator };
  }

  setAll(all: boolean): void {
    this.query = { ...this.query, all };
  }
}
