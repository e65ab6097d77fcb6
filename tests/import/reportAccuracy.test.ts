// The extractor, with no review, on the five seed reports against ../shared/data/seed-indicators.csv:
// recall over the values the text states, precision over every candidate, and no candidate with a
// wrong value for an indicator the CSV has (same indicator + period + region, another value).
// CSV values no sentence states (sums, inferences) are listed as such, not fitted.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { parsePeriod, periodKey } from '../../src/domain/parsePeriod';
import { extractReport, type ReportCandidate } from '../../src/import/extractReport';
import { describeShared, SHARED } from '../sharedDir';

interface Expected {
  region: string;
  period: string;
  indicator: string;
  value: number;
  source: string;
  quote: string;
}

/** CSV rows whose value the report does not state in one place, and why. */
const NOT_STATED: { source: string; indicator: string; value: number; why: string }[] = [
  { source: '001_63d9508044978865.txt', indicator: '行政复议审结件数', value: 2, why: 'inferred: the text says 办理两起、直接纠错两起, never 审结' },
  { source: '001_63d9508044978865.txt', indicator: '培训人次', value: 292, why: 'a sum: 领导干部78人次 + 执法人员214人次' },
  { source: '001_63d9508044978865.txt', indicator: '权责清单事项数', value: 1290, why: 'a sum of 13 categories (行政许可57项 … 其他职权46项)' },
];

function readCsv(): Expected[] {
  const [head, ...lines] = readFileSync(`${SHARED}/data/seed-indicators.csv`, 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    // The quote (last column) may hold commas of its own.
    const row = Object.fromEntries(cols.map((c, i) => [c, i === cols.length - 1 ? cells.slice(i).join(',') : cells[i]]));
    return { region: row.region, period: row.period, indicator: row.indicator, value: Number(row.value), source: row.source, quote: row.quote };
  });
}

const key = (indicator: string, region: string, period: number) => `${indicator}|${region}|${period}`;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describeShared('report extraction on the seed reports', () => {
  // Read in beforeAll, not while collecting: where ../shared is absent the block is skipped, not failed.
  let expected: Expected[] = [];
  let files: string[] = [];
  let results: { file: string; text: string; extraction: ReturnType<typeof extractReport> }[] = [];
  beforeAll(() => {
    expected = readCsv();
    files = readdirSync(`${SHARED}/seeds`).filter((f) => f.endsWith('.txt')).sort();
    results = files.map((file) => {
      const text = readFileSync(`${SHARED}/seeds/${file}`, 'utf8');
      return { file, text, extraction: extractReport(text, BUILTIN_INDICATORS, { fileName: file }) };
    });
  });

  it('states recall and precision, with no wrong value for a right indicator', () => {
    let stated = 0;
    let found = 0;
    let candidates = 0;
    let correct = 0;
    const missed: string[] = [];
    const extra: string[] = [];
    const wrong: string[] = [];
    for (const { file, extraction } of results) {
      const rows = expected.filter((e) => e.source === file);
      const byKey = new Map(rows.map((e) => [key(e.indicator, e.region, periodKey(parsePeriod(e.period)!)), e]));
      const got = (c: ReportCandidate) => key(c.indicator, c.region, c.period ? periodKey(c.period) : 0);
      for (const e of rows) {
        if (NOT_STATED.some((n) => n.source === file && n.indicator === e.indicator && n.value === e.value)) continue;
        stated++;
        const k = key(e.indicator, e.region, periodKey(parsePeriod(e.period)!));
        if (extraction.candidates.some((c) => got(c) === k && sameValue(c.value, e.value))) found++;
        else missed.push(`${file} ${e.indicator}=${e.value} «${e.quote}»`);
      }
      for (const c of extraction.candidates) {
        candidates++;
        const e = byKey.get(got(c));
        if (e && sameValue(c.value, e.value)) correct++;
        else if (e) wrong.push(`${file} ${c.indicator}=${c.value} (CSV ${e.value}) «${c.raw}»`);
        else extra.push(`${file} ${c.indicator}${c.known ? '' : ' (new)'}=${c.value}${c.unit} «${c.sentence.slice(0, 60)}»`);
      }
    }
    const recall = found / stated;
    const precision = correct / candidates;
    console.log(
      [
        `report extraction on ${files.length} seeds: recall ${(recall * 100).toFixed(1)}% (${found}/${stated} stated values), ` +
          `precision ${(precision * 100).toFixed(1)}% (${correct}/${candidates} candidates)`,
        `not stated in the text (${NOT_STATED.length}): ${NOT_STATED.map((n) => `${n.indicator}=${n.value} — ${n.why}`).join('; ')}`,
        `missed (${missed.length}): ${missed.join('; ') || 'none'}`,
        `candidates the CSV does not hold (${extra.length}): ${extra.join('; ') || 'none'}`,
        `wrong values (${wrong.length}): ${wrong.join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(wrong).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('the not-stated values really are stated nowhere as one figure', () => {
    for (const n of NOT_STATED.filter((x) => x.why.startsWith('a sum'))) {
      const r = results.find((x) => x.file === n.source)!;
      const numbers = r.extraction.numbers.map((x) => x.text);
      expect(numbers.some((t) => parseFloat(t) === n.value), `${n.value} in ${n.source}`).toBe(false);
    }
  });

  it.each([
    ['000_66c256f8f78a155c.txt', '兰州市', 'title', 2014, 2014],
    ['001_63d9508044978865.txt', '瀍河回族区', 'title', 2018, 2018],
    ['002_ebc660e8961432e2.txt', '溧阳市', 'text', 2011, 2015],
    ['003_d909330e91d29ae9.txt', '温州市', 'title', 2018, 2018],
    ['004_d20f57c847fbbc69.txt', '兰州市', 'title', 2023, 2023],
  ])('%s is %s (from its %s), %i—%i', (file, region, regionSource, start, end) => {
    const { extraction } = results.find((r) => r.file === file)!;
    expect(extraction).toMatchObject({ region, regionSource, period: { start, end }, periodSource: 'title' });
  });

  it('every candidate points at its number inside its sentence', () => {
    for (const { text, extraction } of results)
      for (const c of extraction.candidates) {
        expect(text.slice(c.numberStart, c.numberEnd)).toBe(c.raw);
        expect(c.sentenceStart <= c.numberStart && c.numberEnd <= c.sentenceEnd).toBe(true);
        expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
      }
  });

  it('prints the time to extract a 30,000-character report', () => {
    const base = results.map((r) => r.text).join('\n');
    const text = base.repeat(Math.ceil(30_000 / base.length)).slice(0, 30_000);
    const times: number[] = [];
    for (let i = 0; i < 13; i++) {
      const t0 = performance.now();
      extractReport(text, BUILTIN_INDICATORS);
      times.push(performance.now() - t0);
    }
    const runs = times.slice(3).sort((a, b) => a - b);
    console.log(`extractReport: median ${runs[5].toFixed(1)} ms (fastest ${runs[0].toFixed(1)} ms) of 10 runs after 3 warm-ups, ${text.length} characters`);
  });
});
