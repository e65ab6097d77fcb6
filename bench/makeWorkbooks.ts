import * as XLSX from '@e965/xlsx';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** 1,000,000 values in the two shapes of the import benchmark, written once and cached. */
export function benchWorkbooks(): { wide: string; long: string } {
  mkdirSync('bench/out', { recursive: true });
  const wide = 'bench/out/wide-3000x333-2018.xlsx';
  const long = 'bench/out/long-250000x4.xlsx';
  if (!existsSync(wide)) {
    const header = ['地区', ...Array.from({ length: 333 }, (_, i) => `指标${String(i + 1).padStart(3, '0')}`)];
    const rows: unknown[][] = [header];
    for (let r = 0; r < 3000; r++) {
      const row: unknown[] = [`地区${r + 1}市`];
      for (let c = 0; c < 333; c++) row.push(((r * 7919 + c * 104729) % 100000) / 10);
      rows.push(row);
    }
    write(wide, rows);
  }
  if (!existsSync(long)) {
    const rows: unknown[][] = [['地区', '年份', '指标', '数值']];
    for (let i = 0; i < 250_000; i++) rows.push([`地区${(i % 2500) + 1}市`, 2011 + (Math.floor(i / 2500) % 10), `指标${Math.floor(i / 25000) + 1}`, (i % 9973) / 7]);
    write(long, rows);
  }
  return { wide, long };
}

/** 3,000 regions × 10 years × 33 indicators (990,000 values): one sheet per year. */
export function benchStoreWorkbook(): string {
  mkdirSync('bench/out', { recursive: true });
  const path = 'bench/out/store-3000x10x33.xlsx';
  if (existsSync(path)) return path;
  const sheets: { name: string; rows: unknown[][] }[] = [];
  for (let y = 2011; y <= 2020; y++) {
    const rows: unknown[][] = [['地区', ...Array.from({ length: 33 }, (_, i) => `指标${String(i + 1).padStart(2, '0')}`)]];
    for (let r = 0; r < 3000; r++) rows.push([`地区${r + 1}市`, ...Array.from({ length: 33 }, (_, c) => ((r * 31 + c * 17 + y * 7) % 1000) + c)]);
    sheets.push({ name: `${y}年`, rows });
  }
  write(path, sheets);
  return path;
}

/** A small later import into the store bench's 1M values: 100 regions of 指标01 in 2020, figures shifted by `k`. */
export function benchCommitWorkbook(k: number): string {
  mkdirSync('bench/out', { recursive: true });
  const path = `bench/out/commit-${k}.xlsx`;
  if (existsSync(path)) return path;
  const rows: unknown[][] = [['地区', '指标01']];
  for (let r = 0; r < 100; r++) rows.push([`地区${r + 1}市`, 2000 + k * 100 + r]);
  write(path, [{ name: '2020年', rows }]);
  return path;
}

/**
 * A small county table whose 备注 column holds one cell of 1 MB of text (a report pasted into
 * a cell). As CSV: Excel caps a cell at 32,767 characters, a CSV does not.
 */
export function benchBigCellFile(): string {
  mkdirSync('bench/out', { recursive: true });
  const path = 'bench/out/big-cell-1mb-2023年.csv';
  if (existsSync(path)) return path;
  const note = '依法行政工作情况说明,'.repeat(Math.ceil(1_048_576 / 11)).slice(0, 1_048_576);
  const lines = ['地区,行政复议纠错件数,备注'];
  for (let r = 0; r < 20; r++) lines.push(`第${r + 1}区,${10 + r},${r === 3 ? `"${note}"` : ''}`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

function write(path: string, rows: unknown[][] | { name: string; rows: unknown[][] }[]) {
  const wb = XLSX.utils.book_new();
  const sheets = Array.isArray(rows[0]) ? [{ name: 'Sheet1', rows: rows as unknown[][] }] : (rows as { name: string; rows: unknown[][] }[]);
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
