import { describe, expect, it } from 'vitest';
import { BlockPages, defaultSheets } from '../../src/import/blockPages';
import { analyseSheet, draftBlocks, type OpenDraft } from '../../src/import/buildDraft';
import { unpackBlocks } from '../../src/import/packBlocks';
import { xlsx } from '../fixtures/fixtures';
import { runDraft } from './runDraft';

/** A wide sheet of `cols` indicators × `rows` places (2018), beside an empty sheet and a small long one. */
function workbook(cols: number, rows: number): Uint8Array {
  const header = ['地区', ...Array.from({ length: cols }, (_, c) => `指标${c + 1}`)];
  const body = Array.from({ length: rows }, (_, r) => [`地区${r + 1}`, ...Array.from({ length: cols }, (_, c) => r * cols + c + 1)]);
  return xlsx([
    { name: '2018', rows: [header, ...body] },
    { name: '说明', rows: [['本表为测试']] },
    { name: '2019', rows: [['地区', '培训人次'], ['兰州市', 13337], ['温州市', 15872]] },
  ]);
}

/** Every page of the draft's blocks for `sheets`, as flat text rows. */
function allPages(pages: BlockPages, od: OpenDraft, sheets: number[]): { rows: string[]; count: number } {
  const rows: string[] = [];
  let count = 0;
  for (let from: number | null = 0; from !== null; count++) {
    const page = pages.page(od, sheets, from);
    for (const b of unpackBlocks(page.packed)) for (let i = 0; i < b.values.length; i++) rows.push(`${page.regions[b.regions[i]]}|${b.indicator}|${b.periods[i]}|${b.values[i]}`);
    from = page.next;
  }
  return { rows, count };
}

function direct(od: OpenDraft, sheets: number[]): string[] {
  const { regions, blocks } = draftBlocks(od, sheets);
  return blocks.flatMap((b) => Array.from(b.values, (v, i) => `${regions[b.regions[i]]}|${b.indicator}|${b.periods[i]}|${v}`));
}

function counting() {
  const calls: string[] = [];
  const pages = new BlockPages((od, sheets) => {
    calls.push(sheets.join(','));
    return draftBlocks(od, sheets);
  });
  return { pages, calls };
}

describe('a draft’s blocks at commit (BlockPages)', () => {
  it('are built ahead for the sheets with values and then handed out page by page, built once', async () => {
    const od = await runDraft('wide.xlsx', workbook(3000, 40));
    expect(defaultSheets(od)).toEqual([0, 2]);
    const { pages, calls } = counting();
    pages.prepare(od);
    expect(calls).toEqual(['0,2']);
    const { rows, count } = allPages(pages, od, [0, 2]);
    expect(calls).toEqual(['0,2']);
    expect(count).toBeGreaterThan(1); // 120,002 values: more than one page
    expect(rows).toEqual(direct(od, [0, 2]));
    expect(rows.length).toBe(3000 * 40 + 2);
    // Handed out in full: nothing is kept, and nothing is built ahead again.
    expect(pages.holds(od.draft.id)).toBe(false);
    pages.prepare(od);
    expect(calls).toEqual(['0,2']);
  });

  it('a choice of other sheets builds its own blocks', async () => {
    const od = await runDraft('wide.xlsx', workbook(20, 5));
    const { pages, calls } = counting();
    pages.prepare(od);
    const { rows } = allPages(pages, od, [2]);
    expect(calls).toEqual(['0,2', '2']);
    expect(rows).toEqual(direct(od, [2]));
    expect(rows.map((r) => r.split('|')[0])).toEqual(['兰州市', '温州市']);
  });

  it('a sheet detected again makes the blocks built ahead out of date', async () => {
    const od = await runDraft('wide.xlsx', workbook(20, 5));
    const { pages, calls } = counting();
    pages.prepare(od);
    const before = allPages(new BlockPages(), od, [0, 2]).rows;
    // The user says the sheet is of 2017, not 2018: the worker detects it again and forgets.
    const i = 0;
    const { sheet, result } = analyseSheet(od.workbook!.sheets[i], i, od.draft.fileName, od.catalog, { period: { start: 2017, end: 2017 } }, () => {});
    od.draft.sheets[i] = sheet;
    od.results[i] = result;
    pages.forget(od.draft.id);
    const after = allPages(pages, od, [0, 2]).rows;
    expect(calls).toEqual(['0,2', '0,2']);
    expect(after).toEqual(direct(od, [0, 2]));
    expect(after).not.toEqual(before);
    expect(new Set(after.map((r) => r.split('|')[2])).size).toBe(2); // 2017 for the first sheet, 2019 for the last
  });
});
