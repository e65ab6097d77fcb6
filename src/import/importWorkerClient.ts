import ImportWorker from './import.worker?worker&inline';
import type { RequestKind, WorkerRequestMap, WorkerResponse } from './protocol';

export type Progress = (done: number, total: number, stage: string) => void;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: Progress;
}

/** The page's side of import.worker.ts: typed requests, progress callbacks, cancel by terminate. */
export class ImportWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new ImportWorker();
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const msg = ev.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') p.onProgress?.(msg.done, msg.total, msg.stage);
      else {
        this.pending.delete(msg.id);
        if (msg.type === 'result') p.resolve(msg.result);
        else p.reject(new Error(msg.message));
      }
    };
    w.onerror = (ev) => this.failAll(new Error(ev.message || 'worker error'));
    this.worker = w;
    return w;
  }

  request<K extends RequestKind>(
    kind: K,
    payload: WorkerRequestMap[K]['payload'],
    opts: { transfer?: Transferable[]; onProgress?: Progress } = {},
  ): Promise<WorkerRequestMap[K]['result']> {
    const w = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress });
      w.postMessage({ id, kind, payload }, opts.transfer ?? []);
    });
  }

  /** Stops all work at once (the cancel button): the worker is discarded and restarted on demand. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new CancelledError());
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
