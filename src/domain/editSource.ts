import type { RecordLayout } from './model';

/** File and sheet name a hand edit is recorded under; shown as its source. */
export const EDIT_SOURCE = '手工修改';

/** The layout recorded for an import that is a hand edit. */
export const EDIT_LAYOUT = 'edit' satisfies RecordLayout;
