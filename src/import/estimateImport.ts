import { readZipDirectory } from './readZipDirectory';
import { sniffFile } from './sniffFile';

/** What a file will take to import, told from its bytes before anything is parsed. */
export interface ImportEstimate {
  /** Cells of all its sheets, roughly. */
  cells: number;
  /** Peak memory of the page and the import worker, in bytes. */
  peakBytes: number;
  /** Seconds the read in the worker is expected to take on a slow PC (for a moving progress bar). */
  readSeconds: number;
}

// Measured in Chromium on the Excel-maximum sheets (bench/excelMax.ts): about 300 bytes per cell
// (SheetJS's cell objects, the observation columns, the blocks and the cube), plus about 40 KB
// per column of a wide sheet (an indicator each: catalog entry, block, cube index), over a base
// of 250 MB for the app itself. A .xlsx sheet holds about 32 bytes of XML per cell.
const BASE = 250 * 1024 * 1024;
const PER_CELL = 300;
const PER_COLUMN = 40 * 1024;
const XML_PER_CELL = 32;
/** Read speed of SheetJS on this machine's class of PC: XML ~6 MB/s unpacked, text ~12 MB/s. */
const XML_PER_SECOND = 6e6;
const TEXT_PER_SECOND = 12e6;
const SAMPLE = 1 << 20;

/**
 * The estimate from the bytes alone: a zip's declared unpacked size (its central directory),
 * or a text table's separators counted in its first MB and scaled to its size.
 */
export function estimateImport(bytes: Uint8Array): ImportEstimate {
  const kind = sniffFile(bytes);
  if (kind === 'zip') {
    const dir = readZipDirectory(bytes);
    const xml = dir.ok ? dir.entries.filter((e) => /\.xml$/i.test(e.name)).reduce((s, e) => s + e.size, 0) : bytes.length * 8;
    const cells = xml / XML_PER_CELL;
    return { cells, peakBytes: BASE + cells * PER_CELL, readSeconds: xml / XML_PER_SECOND };
  }
  if (kind === 'text') {
    const n = Math.min(bytes.length, SAMPLE);
    let seps = 0;
    let firstLine = -1;
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      if (b === 0x2c || b === 0x09) seps++;
      else if (b === 0x0a) {
        seps++;
        if (firstLine < 0) firstLine = seps;
      }
    }
    const cells = n ? (seps * bytes.length) / n : 0;
    const columns = firstLine > 0 ? firstLine : seps + 1;
    return { cells, peakBytes: BASE + cells * PER_CELL + columns * PER_COLUMN, readSeconds: bytes.length / TEXT_PER_SECOND };
  }
  // Old binary workbooks and anything else: as many cells as a dense sheet of its size.
  const cells = bytes.length / 8;
  return { cells, peakBytes: BASE + cells * PER_CELL, readSeconds: bytes.length / TEXT_PER_SECOND };
}

/**
 * The memory a page may use: Chromium states its heap limit; elsewhere 2 GB, the most the
 * browsers this app targets give one tab.
 */
export function memoryLimit(): number {
  const limit = (globalThis.performance as { memory?: { jsHeapSizeLimit?: number } } | undefined)?.memory?.jsHeapSizeLimit;
  return typeof limit === 'number' && limit > 0 ? limit : 2 * 1024 ** 3;
}
