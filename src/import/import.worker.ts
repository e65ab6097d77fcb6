/// <reference lib="webworker" />
import type { WorkerRequest, WorkerResponse } from './protocol';
import { sha256 } from './sha256';

// Parsing runs here, off the main thread, so the page never freezes on a large workbook.
const post = (msg: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg, transfer);

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const { id, kind, payload } = ev.data;
  try {
    switch (kind) {
      case 'ping':
        post({ id, type: 'result', result: { ok: true } });
        break;
      case 'hash': {
        const { bytes } = payload as { bytes: ArrayBuffer };
        post({ id, type: 'result', result: { sha256: await sha256(bytes) } });
        break;
      }
      default:
        post({ id, type: 'error', message: `unknown request ${String(kind)}` });
    }
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
