/// <reference lib="webworker" />
import { analyseSheet, buildDraft, type OpenDraft, setCollisions } from './buildDraft';
import type { BlockData } from '../domain/model';
import { isOneOf } from '../domain/isOneOf';
import { IMPORT_STAGES, type ProgressAt, type RequestKind, type WorkerRequest, type WorkerRequestMap, type WorkerResponse } from './protocol';
import { CellTooLongError, writeWorkbook } from './writeWorkbook';
import { readWorkbook } from './readWorkbook';
import { packedBuffers } from './packBlocks';
import { BlockPages } from './blockPages';
import { backupSheets, parseBackup } from './backupWorkbook';

// Parsing runs here, off the main thread, so the page never freezes on a large workbook.
// Workbooks under review stay here; only their drafts and, at commit, their blocks travel.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);
const open = new Map<string, OpenDraft>();
const pages = new BlockPages();
let nextDraft = 1;

/** The typed arrays of blocks, moved (not copied) to the page. */
function blockBuffers(blocks: BlockData[]): Transferable[] {
  return blocks.flatMap((b) => [b.regions.buffer, b.periods.buffer, b.values.buffer, b.qualifiers.buffer, b.rows.buffer, b.cols.buffer, b.rawRows.buffer, b.unitRows.buffer]);
}

type Handler<K extends RequestKind> = (
  payload: WorkerRequestMap[K]['payload'],
  progress: (done: number, total: number, at: ProgressAt | null) => void,
) => Promise<{ result: WorkerRequestMap[K]['result']; transfer?: Transferable[] }>;

const handlers: { [K in RequestKind]: Handler<K> } = {
  ping: async () => ({ result: { ok: true } }),

  parse: async ({ files, catalog, corrections }, progress) => {
    const drafts = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      const id = `d${nextDraft++}`;
      const od = await buildDraft(id, f.name, new Uint8Array(f.bytes), catalog, corrections, (d, t, stage) =>
        progress(i + (t ? d / t : 0), files.length, { stage: isOneOf(IMPORT_STAGES, stage) ? stage : null, file: f.name }), f.pasted,
      );
      if (od.workbook) open.set(id, od);
      drafts.push(od.draft);
    }
    // The blocks a confirm will take, built while the user reviews (after the drafts are posted),
    // so the commit does not wait for them; a request that comes first is served first.
    for (const d of drafts) setTimeout(() => { const od = open.get(d.id); if (od) pages.prepare(od); });
    return { result: drafts };
  },

  redetect: async ({ draftId, sheetIndex, override }) => {
    const od = open.get(draftId);
    const sheet = od?.workbook?.sheets[sheetIndex];
    if (!od || !sheet) throw new Error('draft is gone');
    const { sheet: ds, result } = analyseSheet(sheet, sheetIndex, od.contextName ?? od.draft.fileName, od.catalog, override, () => {});
    od.draft.sheets[sheetIndex] = ds;
    od.results[sheetIndex] = result;
    pages.forget(draftId);
    setCollisions(od.draft, od.results);
    return { result: { sheet: ds, collisions: od.draft.collisions, collisionCount: od.draft.collisionCount } };
  },

  take: async ({ draftId, sheets, from = 0 }) => {
    const od = open.get(draftId);
    if (!od) throw new Error('draft is gone');
    const page = pages.page(od, sheets, from);
    return { result: page, transfer: packedBuffers(page.packed) };
  },

  discard: async ({ draftId }) => {
    open.delete(draftId);
    pages.forget(draftId);
    return { result: { ok: true } };
  },

  backupWrite: async ({ data }) => {
    const bytes = writeWorkbook(backupSheets(data));
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { result: { bytes: buf }, transfer: [buf] };
  },

  backupRead: async ({ name, bytes }) => {
    const read = readWorkbook(new Uint8Array(bytes), name);
    if (!read.ok) return { result: { ok: false, reason: read.reason, detail: read.detail ?? '' } };
    const parsed = parseBackup(read.workbook);
    if (!parsed.ok) return { result: parsed };
    return { result: parsed, transfer: blockBuffers(parsed.data.blocks) };
  },

  write: async ({ sheets }) => {
    const bytes = writeWorkbook(sheets);
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { result: { bytes: buf }, transfer: [buf] };
  },
};

scope.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const { id, kind, payload } = ev.data;
  let last = 0;
  const progress = (done: number, total: number, at: ProgressAt | null) => {
    const now = Date.now();
    if (now - last < 50 && done < total) return;
    last = now;
    post({ id, type: 'progress', done, total, at });
  };
  try {
    const handler = handlers[kind] as Handler<RequestKind> | undefined;
    if (!handler) throw new Error(`unknown request ${String(kind)}`);
    const { result, transfer } = await handler(payload as never, progress);
    post({ id, type: 'result', result }, transfer);
  } catch (e) {
    // What the page needs to say which cell could not be written; everything else as text.
    const data = e instanceof CellTooLongError ? { sheet: e.sheet, cell: e.cell, length: e.length } : undefined;
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error', ...(data ? { data } : {}) });
  }
};
