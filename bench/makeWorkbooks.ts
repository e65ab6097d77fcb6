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

function write(path: string, rows: unknown[][]) {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
