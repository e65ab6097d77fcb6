import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/domain/a1';
import { cellKey } from '../../src/domain/cube';
import { findCollisions, numericKeys, type Collision } from '../../src/import/findCollisions';
import { nearestOf } from '../../src/import/normalizeSheet';
import { ObsBuilder, type ObsColumns } from '../../src/import/obsColumns';
import { classifyCell, plainCellNumber, readCellValue, writesItself, writesNumber } from '../../src/import/classifyCell';
import { parseValue } from '../../src/domain/parseValue';
import { FIXTURES } from '../fixtures/fixtures';
import { SHAPES } from '../fixtures/shapeFixtures';
import { runDraft } from './runDraft';
import { readingProgress } from '../../src/import/readingProgress';
import { estimateImport } from '../../src/import/estimateImport';

/** The string-key collision search as it was: the reference the numeric keys must equal. */
function byStringKeys(sheets: { index: number; name: string; obs: ObsColumns }[]): { collisions: Collision[]; total: number } {
  const seen = new Map<string, { s: number; i: number }>();
  const collisions: Collision[] = [];
  let total = 0;
  sheets.forEach((sh, s) => {
    const o = sh.obs;
    for (let i = 0; i < o.value.length; i++) {
      const key = cellKey(o.region[i], o.indicator[i], o.period[i]);
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, { s, i });
        continue;
      }
      total++;
      if (collisions.length >= 200) continue;
      const p = sheets[prev.s];
      const po = p.obs;
      collisions.push({
        region: o.region[i], indicator: o.indicator[i], period: o.period[i],
        first: { sheet: p.index, sheetName: p.name, cell: a1(po.row[prev.i], po.col[prev.i]), value: po.value[prev.i] },
        second: { sheet: sh.index, sheetName: sh.name, cell: a1(o.row[i], o.col[i]), value: o.value[i] },
        cause: prev.s !== s ? 'repeated-sheet' : po.row[prev.i] === o.row[i] ? 'header-rows' : 'repeated-row',
      });
    }
  });
  return { collisions, total };
}

function obsOf(rows: [string, string, number, number, number][]): ObsColumns {
  const o = new ObsBuilder();
  for (const [region, indicator, period, row, col] of rows) o.add(region, indicator, period, row * 10 + col, 0, '', '', row, col);
  return o.columns();
}

describe('collisions by numeric keys', () => {
  const inputs = [...FIXTURES.map((f) => [f.file, f.bytes] as const), ...SHAPES.map((s) => [s.file, s.bytes] as const)];
  it.each(inputs)('%s: the same collisions as by string keys', async (file, bytes) => {
    const od = await runDraft(file, bytes());
    const sheets = od.draft.sheets.map((s, i) => ({ index: s.index, name: s.name, obs: od.results[i].obs }));
    expect(findCollisions(sheets)).toEqual(byStringKeys(sheets));
  });

  it('finds each cause, and tells apart keys that a joined string would confuse', () => {
    const a = obsOf([
      ['甲', '受理', 20180000 + 2018, 1, 1],
      ['甲', '受理', 20180000 + 2018, 1, 2], // header rows read as one
      ['甲', '受理', 20180000 + 2018, 3, 1], // repeated row
      ['甲1', '1受理', 20180000 + 2018, 4, 1],
      ['甲', '11受理', 20180000 + 2018, 5, 1],
    ]);
    const b = obsOf([['甲', '受理', 20180000 + 2018, 1, 1], ['乙', '受理', 20180000 + 2018, 1, 1]]);
    const sheets = [{ index: 0, name: 'A', obs: a }, { index: 2, name: 'B', obs: b }];
    const got = findCollisions(sheets);
    expect(got).toEqual(byStringKeys(sheets));
    expect(got.total).toBe(3);
    expect(got.collisions.map((c) => c.cause)).toEqual(['header-rows', 'repeated-row', 'repeated-sheet']);
  });

  it('many keys, dense and sparse, over 2^32 and crowding the table: the same total and cells as by string keys', () => {
    // A seeded generator: the same draws each run, so a failure can be read again.
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (const [regions, indicators, periods, n] of [[3, 2, 2, 500], [5000, 3000, 400, 20_000], [40, 40, 40, 30_000]] as const) {
      const rows: [string, string, number, number, number][] = [];
      for (let i = 0; i < n; i++) rows.push([`r${next(regions)}`, `i${next(indicators)}`, 20000000 + next(periods), i, next(9)]);
      const sheets = [{ index: 0, name: 'A', obs: obsOf(rows.slice(0, n / 2)) }, { index: 1, name: 'B', obs: obsOf(rows.slice(n / 2)) }];
      expect(findCollisions(sheets)).toEqual(byStringKeys(sheets));
    }
  });

  it('keys are equal exactly when region, indicator and period are', () => {
    const o = obsOf([['a', 'x', 1, 0, 0], ['a', 'x', 2, 0, 0], ['b', 'x', 1, 0, 0], ['a', 'y', 1, 0, 0], ['a', 'x', 1, 9, 9]]);
    const { keys: [k], space } = numericKeys([o]);
    expect(new Set(Array.from(k as ArrayLike<number>)).size).toBe(4);
    expect(k[0]).toBe(k[4]);
    // Every key lies below the product of the distinct regions, indicators and periods.
    expect(space).toBe(2 * 2 * 2);
    expect(Math.max(...Array.from(k as ArrayLike<number>))).toBeLessThan(space);
  });
});

describe('fast paths of the value rules give what the rules give', () => {
  it('plainCellNumber takes only cells whose text adds nothing to their number', () => {
    expect(plainCellNumber({ t: 's', v: '472.9' })).toBe(472.9);
    expect(plainCellNumber({ t: 'n', v: 3 })).toBe(3);
    for (const cell of [{ t: 's', v: '1.50' }, { t: 's', v: '0123' }, { t: 's', v: '-0' }, { t: 's', v: '0.0000001' }, { t: 's', v: '1234567890123456' }, { t: 's', v: ' 7' }, { t: 'n', v: 0.2, z: '0%' }, { t: 'n', v: 7, w: '7.00' }, { t: 's', v: '7', w: '7.0' }] as const) {
      expect(plainCellNumber(cell)).toBeNaN();
    }
  });
  it.each(['0', '7', '-12.5', '1234', '0123', '1.50', '3.14159', '123456789012345', '2018', '-0'])('%s', (text) => {
    const got = readCellValue({ t: 's', v: text });
    const rule = parseValue(text);
    expect(rule.ok).toBe(true);
    // No raw text where the text is how the number writes itself (it would add nothing).
    expect(got).toEqual({ ...rule, raw: rule.ok && String(rule.value) === text ? '' : text });
    expect(classifyCell({ t: 's', v: text })).toBe('number');
  });
});

describe('numeric cells read without display text', () => {
  it('are their number, with no raw text beyond it; percent formats and odd numbers keep the full rules', () => {
    expect(readCellValue({ t: 'n', v: 12.5 })).toEqual({ ok: true, value: 12.5, unit: '', qualifier: '', raw: '' });
    expect(readCellValue({ t: 'n', v: 0.173, z: '0.0%' })).toEqual({ ok: true, value: 17.3, unit: '%', qualifier: '', raw: '17.3%' });
    expect(readCellValue({ t: 'n', v: 7, w: ' 7.00 ' })).toMatchObject({ ok: true, value: 7, raw: '7.00' });
    expect(readCellValue({ t: 'n', v: NaN })).toMatchObject({ ok: false, reason: 'not-number' });
  });
});

describe('nearestOf', () => {
  it.each([
    [[2, 8], 5, 2], // tie: the left one
    [[2, 8], 6, 8],
    [[2, 8], 0, 2],
    [[2, 8], 99, 8],
    [[4], 1, 4],
  ] as const)('%j near %i is %i', (sorted, k, want) => {
    expect(nearestOf(sorted, k)).toBe(want);
  });
});

describe('writesItself tells a decimal JavaScript writes back as itself', () => {
  it('agrees with String(Number(text)) === text on every text it accepts, and with the rule it stands for on all', () => {
    // The rule as regexes (what the scan replaces): a short decimal without padding zeros, not -0, not 0.00000x.
    const rule = (t: string) => t.length <= 15 && /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(t) && t !== '-0' && !/^-?0\.0{5}/.test(t);
    const texts = ['0', '-0', '7', '-7', '10', '01', '-01', '0.5', '-0.5', '.5', '5.', '1.50', '1.05', '1.0', '0.0', '00', '1..2', '1.2.3', '--1', '-', '',
      '0.00001', '0.000001', '0.0000001', '-0.000001', '0.00000', '123456789012345', '1234567890123456', '99999.999999999', '1e5', '1,234', ' 7', '7 ', '+7', '４', '472.9', '0.1', '100.001'];
    // And every short text over the characters that matter.
    const alphabet = ['0', '1', '9', '.', '-', 'x'];
    const grow = (prefix: string, depth: number) => {
      texts.push(prefix);
      if (depth) for (const a of alphabet) grow(prefix + a, depth - 1);
    };
    grow('', 5);
    for (const t of texts) {
      expect(writesItself(t), t).toBe(rule(t));
      if (writesItself(t)) expect(String(Number(t)), t).toBe(t);
    }
  });
});

describe('writesNumber is raw === String(value)', () => {
  const texts = ['0', '-0', '7', '10', '007', '1.50', '1.5', '-0.5', '0.000001', '0.0000001', '0.00001', '123456789012345', '1234567890123456', '1e5', '12.3400', '99999999999999.9', '0.1', '3.14159265358979', ' 5', '5 '];
  for (let i = 0; i < 300; i++) {
    const digits = Math.floor(Math.random() * 14) + 1;
    texts.push(((Math.random() - 0.5) * 10 ** digits).toFixed(Math.floor(Math.random() * 6)));
  }
  it.each(texts)('%s', (raw) => {
    for (const value of [Number(raw), Number(raw) + 1]) expect(writesNumber(raw, value)).toBe(raw === String(value));
  });
});

describe('readingProgress', () => {
  it('moves while a file is read, then follows the worker, never backwards', () => {
    let t = 0;
    const shown: number[] = [];
    const bar = readingProgress([10, 10], (p) => shown.push(p.done), () => t);
    const at = (stage: 'read' | 'normalize') => ({ stage, file: 'a.xlsx' });
    bar.report(0, 2, at('read'));
    t = 5000;
    bar.report(0, 2, at('read'));
    t = 60000;
    bar.report(0, 2, at('read'));
    bar.report(0.2, 2, at('normalize'));
    bar.report(0.9, 2, at('normalize'));
    bar.report(1, 2, at('read'));
    bar.stop();
    expect(shown[0]).toBe(0);
    expect(shown[1]).toBeGreaterThan(0.1);
    expect(shown[2]).toBeGreaterThan(shown[1]);
    expect(shown[2]).toBeLessThan(0.5);
    expect(shown[3]).toBeCloseTo(0.6);
    expect(shown[4]).toBeCloseTo(0.95);
    expect(shown[5]).toBe(1);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThanOrEqual(shown[i - 1]);
  });
});

describe('estimateImport', () => {
  const csv = (rows: number, cols: number) => new TextEncoder().encode(Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * c).join(',')).join('\n') + '\n');
  it('counts the cells of a text table', () => {
    const e = estimateImport(csv(1000, 4));
    expect(e.cells).toBeCloseTo(4000, -1);
  });
  it('a wide table costs more than a long one of as many cells', () => {
    expect(estimateImport(csv(10, 400)).peakBytes).toBeGreaterThan(estimateImport(csv(1000, 4)).peakBytes);
  });
  it('the Excel maximum fits in 4 GB, twenty million cells do not', () => {
    const perCell = (estimateImport(csv(2000, 4)).peakBytes - estimateImport(csv(1000, 4)).peakBytes) / 4000;
    expect(250 * 2 ** 20 + perCell * 1_048_576 * 4).toBeLessThan(2 * 2 ** 30);
    expect(250 * 2 ** 20 + perCell * 20_000_000).toBeGreaterThan(4 * 2 ** 30);
  });
});
