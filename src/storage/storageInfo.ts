export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/**
 * How much the browser stores for this page and whether it promised to keep it.
 * Asks for persistence once: without it IndexedDB is best-effort and may be evicted.
 */
export async function readStorageInfo(requestPersist: boolean): Promise<StorageInfo> {
  const sm = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!sm) return { usage: null, quota: null, persisted: null };
  let persisted: boolean | null = null;
  try {
    persisted = sm.persisted ? await sm.persisted() : null;
    if (requestPersist && persisted === false && sm.persist) persisted = await sm.persist();
  } catch {
    persisted = null;
  }
  try {
    const est = await sm.estimate();
    return { usage: est.usage ?? null, quota: est.quota ?? null, persisted };
  } catch {
    return { usage: null, quota: null, persisted };
  }
}
