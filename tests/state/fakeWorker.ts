import { buildDraft, draftBlocks, type OpenDraft } from '../../src/import/buildDraft';
import type { RequestKind, WorkerRequestMap } from '../../src/import/protocol';
import { writeWorkbook } from '../../src/import/writeWorkbook';
import { packBlocks } from '../../src/import/packBlocks';

/** The import worker's requests run in this process: the same pipeline, no Worker. */
export class FakeWorker {
  private open = new Map<string, OpenDraft>();
  private next = 1;
  readonly calls: RequestKind[] = [];

  async request<K extends RequestKind>(kind: K, payload: WorkerRequestMap[K]['payload']): Promise<WorkerRequestMap[K]['result']> {
    this.calls.push(kind);
    const p = payload as never;
    const run: { [R in RequestKind]?: (x: WorkerRequestMap[R]['payload']) => Promise<WorkerRequestMap[R]['result']> } = {
      ping: async () => ({ ok: true }),
      parse: async ({ files, catalog, corrections }) => {
        const drafts = [];
        for (const f of files) {
          const id = `d${this.next++}`;
          const od = await buildDraft(id, f.name, new Uint8Array(f.bytes), catalog, corrections, () => {});
          if (od.workbook) this.open.set(id, od);
          drafts.push(od.draft);
        }
        return drafts;
      },
      take: async ({ draftId, sheets }) => {
        const { regions, blocks } = draftBlocks(this.open.get(draftId)!, sheets);
        return { regions, packed: packBlocks(blocks) };
      },
      discard: async ({ draftId }) => {
        this.open.delete(draftId);
        return { ok: true };
      },
      write: async ({ sheets }) => {
        const bytes = writeWorkbook(sheets);
        return { bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
      },
    };
    const f = run[kind] as ((x: never) => Promise<WorkerRequestMap[K]['result']>) | undefined;
    if (!f) throw new Error(`fake worker: no ${kind}`);
    return f(p);
  }

  cancel(): void {}
}
