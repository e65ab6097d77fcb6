// Messages between the page and import.worker.ts. Plain data only (structured clone).

export interface WorkerRequestMap {
  ping: { payload: null; result: { ok: true } };
  hash: { payload: { bytes: ArrayBuffer }; result: { sha256: string } };
}

export type RequestKind = keyof WorkerRequestMap;

export interface WorkerRequest<K extends RequestKind = RequestKind> {
  id: number;
  kind: K;
  payload: WorkerRequestMap[K]['payload'];
}

export type WorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number; stage: string }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };
