import packedWorker from 'virtual:import-worker-gz';
import { WorkerError, type ProgressAt, type RequestKind, type WorkerRequestMap, type WorkerResponse } from './protocol';

export { WorkerError };

export type Progress = (done: number, total: number, at: ProgressAt | null) => void;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  onProgress?: Progress;
}

/** The page's side of import.worker.ts: typed requests, progress callbacks, cancel by terminate. */
export class ImportWorkerClient {
  private worker: Promise<Worker> | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  private ensure(): Promise<Worker> {
    this.worker ??= unpackWorker().then((w) => this.wire(w));
    return this.worker;
  }

  private wire(w: Worker): Worker {
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
      const msg = ev.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') p.onProgress?.(msg.done, msg.total, msg.at);
      else {
        this.pending.delete(msg.id);
        if (msg.type === 'result') p.resolve(msg.result);
        else p.reject(new WorkerError(msg.message, msg.name, msg.data));
      }
    };
    w.onerror = (ev) => this.failAll(new Error(ev.message || 'worker error'));
    return w;
  }

  request<K extends RequestKind>(
    kind: K,
    payload: WorkerRequestMap[K]['payload'],
    opts: { transfer?: Transferable[]; onProgress?: Progress } = {},
  ): Promise<WorkerRequestMap[K]['result']> {
    const id = this.nextId++;
    const started = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress });
      started.then((w) => w.postMessage({ id, kind, payload }, opts.transfer ?? []), (e: unknown) => this.failAll(e instanceof Error ? e : new Error(String(e))));
    });
  }

  /** Stops all work at once (the cancel button): the worker is discarded and restarted on demand. */
  cancel(): void {
    void this.worker?.then((w) => w.terminate());
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

/** The worker's code ships gzipped in the page; it is unpacked into a blob: URL once. */
let workerUrl: Promise<string> | null = null;

async function unpackWorker(): Promise<Worker> {
  workerUrl ??= (async () => {
    if (typeof DecompressionStream === 'undefined') throw new Error('DecompressionStream unavailable (browser too old)');
    const bin = atob(packedWorker);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const code = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  })();
  return new Worker(await workerUrl, { name: 'indicompare-import' });
}
