import type { BlockData } from '../domain/model';

/** Whether a failed write ran out of storage (Dexie wraps the browser's error as `inner`). */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null | undefined;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

/** Bytes per stored value (typed-array columns and record overhead), measured on the bench. */
const BYTES_PER_VALUE = 33;

/** About how many bytes the blocks take once stored: what to tell a user whose disk is full. */
export function estimateBytes(blocks: readonly BlockData[]): number {
  let n = 0;
  for (const b of blocks) n += b.values.length * BYTES_PER_VALUE + b.rawTexts.reduce((s, r) => s + r.length * 2 + 8, 0);
  return n;
}
