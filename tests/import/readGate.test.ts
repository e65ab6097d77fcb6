import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { buildDraft } from '../../src/import/buildDraft';
import { backupSheets } from '../../src/import/backupWorkbook';
import { decodeText } from '../../src/import/decodeText';
import { MAX_UNZIPPED_BYTES, readWorkbook } from '../../src/import/readWorkbook';
import { readZipDirectory } from '../../src/import/readZipDirectory';
import { CELL_TEXT_LIMIT } from '../../src/import/rawSheet';
import { CellTooLongError, writeWorkbook } from '../../src/import/writeWorkbook';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { encodings, xlsx } from '../fixtures/fixtures';

// The import gate (readWorkbook, the only SheetJS reader) refuses or fixes what would fail
// silently later: over-long cells, truncated zips, zip bombs, files in two encodings.

const catalog = { indicators: BUILTIN_INDICATORS.map((i) => ({ ...i })), regions: [] };
const small = () => xlsx([{ name: '2018', rows: [['地区', '培训人次'], ['兰州市', 13337], ['温州市', 15872]] }]);

describe('a cell longer than Excel allows (32,767 characters)', () => {
  const longName = '兰'.repeat(1_048_576);
  const csv = encodings.utf8(`地区,培训人次\r\n${longName},5\r\n温州市,7\r\n`);

  it('is kept up to the limit, with a note in the skip list saying so', async () => {
    const read = readWorkbook(csv, '2018.csv');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const sheet = read.workbook.sheets[0];
    expect(String(sheet.rows[1][0]?.v).length).toBe(CELL_TEXT_LIMIT);
    expect(sheet.readNotes).toEqual([{ sheet: sheet.name, cell: 'A2', reason: 'truncated', raw: `${'兰'.repeat(40)}…` }]);
    const od = await buildDraft('x', '2018.csv', csv, catalog, {}, () => {});
    expect(od.draft.sheets[0].skips).toContainEqual(expect.objectContaining({ cell: 'A2', reason: 'truncated' }));
    expect(od.draft.sheets[0].count).toBe(2);
  });

  it('does not cut a surrogate pair in half', () => {
    const text = 'a'.repeat(CELL_TEXT_LIMIT - 1) + '𠀀'.repeat(10);
    const read = readWorkbook(encodings.utf8(`地区,培训人次\r\n${text},5\r\n`), 'x.csv');
    if (!read.ok) throw new Error('not read');
    const v = String(read.workbook.sheets[0].rows[1][0]?.v);
    expect(v.length).toBe(CELL_TEXT_LIMIT - 1);
  });

  it('an export that meets one anyway names the sheet and cell (no bare SheetJS error)', () => {
    expect(() => writeWorkbook([{ name: '观测值', rows: [['地区'], ['x'.repeat(CELL_TEXT_LIMIT + 1)]] }])).toThrow(CellTooLongError);
    try {
      writeWorkbook([{ name: '观测值', rows: [['地区'], ['x'.repeat(CELL_TEXT_LIMIT + 1)]] }]);
    } catch (e) {
      expect(e).toMatchObject({ sheet: '观测值', cell: 'A2', length: CELL_TEXT_LIMIT + 1 });
    }
    expect(() => writeWorkbook(backupSheets({ imports: [], blocks: [], indicators: [], regions: [], charts: [], decks: [], pins: [] }))).not.toThrow();
  });
});

describe('a truncated .xlsx', () => {
  it.each([0.3, 0.6, 0.95])('cut to %d of its length is damaged or incomplete, not "a zip to unpack"', (part) => {
    const bytes = small();
    const read = readWorkbook(bytes.subarray(0, Math.floor(bytes.length * part)), '2018.xlsx');
    expect(read).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('a whole one reads, and its directory lists the parts with their sizes', () => {
    const dir = readZipDirectory(small());
    expect(dir.ok).toBe(true);
    if (dir.ok) expect(dir.entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    expect(readWorkbook(small(), '2018.xlsx').ok).toBe(true);
  });
});

/** A valid workbook whose central directory declares `size` bytes for its sheet: what a zip bomb shows. */
function declaring(size: number): Uint8Array {
  const bytes = small().slice();
  const view = new DataView(bytes.buffer);
  for (let p = bytes.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (name === 'xl/worksheets/sheet1.xml') view.setUint32(p + 24, size, true);
  }
  return bytes;
}

describe('a zip bomb', () => {
  it('declaring 2 GB unpacked is refused at once, saying the limit', () => {
    const started = Date.now();
    const read = readWorkbook(declaring(2 * 1024 ** 3), 'bomb.xlsx');
    expect(read).toMatchObject({ ok: false, reason: 'zip-too-large' });
    // The message gives the declared size in MB (and the 1,024 MB limit, in its text).
    expect(!read.ok && Number(read.detail)).toBeGreaterThanOrEqual(2048);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(MAX_UNZIPPED_BYTES).toBe(1024 ** 3);
  });

  it('an ordinary compressed workbook is still read', () => {
    const rows = [['地区', '培训人次'], ...Array.from({ length: 10 }, (_, i) => [`区${i}`, i])];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2018');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
    expect(readWorkbook(bytes, 'ok.xlsx').ok).toBe(true);
  });
});

describe('a CSV mixing UTF-8 and GBK lines', () => {
  const head = encodings.utf8('地区,年份,培训人次\r\n兰州市,2018,13337\r\n');
  const tail = encodings.gbk('温州市,2018,15872\r\n溧阳市,2018,900\r\n');
  const mixed = new Uint8Array([...head, ...tail]);

  it('says the encoding is mixed and which lines are which', () => {
    expect(decodeText(mixed).mixed).toEqual({ utf8: [1, 2], other: [3, 4] });
    expect(readWorkbook(mixed, 'mixed.csv')).toMatchObject({ ok: false, reason: 'mixed-encoding', detail: 'UTF-8: 1–2; GBK: 3–4' });
  });

  it.each([
    ['all GBK', encodings.gbk('地区,年份,培训人次\r\n兰州市,2018,13337\r\n温州市,2018,15872\r\n')],
    ['all UTF-8', encodings.utf8('地区,年份,培训人次\r\n兰州市,2018,13337\r\n')],
    ['GB18030 with ASCII lines', encodings.gb18030('a,b\r\n1,2\r\n地区,温州市\r\n')],
  ])('%s is not mixed', (_what, bytes) => {
    expect(decodeText(bytes).mixed).toBeUndefined();
    expect(readWorkbook(bytes, 'one.csv').ok).toBe(true);
  });
});
