import { WorkerError } from '../import/protocol';
import { i18n } from '../i18n/i18n.svelte';

/**
 * Why an export produced no file, in the user's words: a text too long for an Excel cell
 * (CellTooLongError, thrown by writeWorkbook in the worker) is named by sheet and cell.
 */
export function exportErrorText(e: unknown): string {
  if (e instanceof WorkerError && e.name === 'CellTooLongError' && e.data) {
    return i18n.t('export.cellTooLong', { sheet: String(e.data.sheet), cell: String(e.data.cell), length: i18n.num(Number(e.data.length)) });
  }
  return e instanceof Error ? e.message : String(e);
}
