import type { ObservationBlock } from './schema';
import { bundleBlocks, isBundle, withOwnBuffers, type StoredBlock } from './bundleBlocks';

/** Values written per bulkAdd call, and records: a record's clone has its own cost (16,384 small blocks of a wide sheet). */
const BATCH_VALUES = 10_000;
const BATCH_BLOCKS = 64;

/** Catalog rows added a few hundred per call: 16,384 new indicators in one bulkAdd held the page a second. */
export async function addInSlices<T>(table: { bulkAdd(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await table.bulkAdd(rows.slice(i, i + 500));
}

/**
 * Observation blocks added in slices of bounded values and records, so that no single
 * structured clone holds the page for long (a million values in one call: ~150 ms); small
 * blocks go in bundles (a record each would cost a clone and a write each). A block's columns
 * are copied out of the worker's packed buffers slice by slice, as they are stored: a view is
 * cloned with its whole buffer, and copying a million values at once held the page ~45 ms.
 */
export async function addBlocksInSlices(
  table: { bulkAdd(rows: readonly StoredBlock[]): Promise<unknown> },
  incoming: readonly ObservationBlock[],
  /** Asked before each slice; it throws to stop (a cancel). */
  beforeSlice: () => void = () => {},
): Promise<void> {
  const blocks = bundleBlocks(incoming);
  for (let i = 0; i < blocks.length; ) {
    beforeSlice();
    const slice: StoredBlock[] = [];
    for (let n = 0; i < blocks.length && n < BATCH_VALUES && slice.length < BATCH_BLOCKS; i++) {
      const b = blocks[i];
      slice.push(isBundle(b) ? b : withOwnBuffers(b));
      n += b.values.length;
    }
    await table.bulkAdd(slice);
  }
}
