// Extraction time of a 30,000-character report (the five seeds' genre), in the same pure
// function the import worker runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_INDICATORS } from '../src/domain/builtinCatalog';
import { extractReport } from '../src/import/extractReport';
import { figureAtMost } from './figures';
import { fmt, median } from './harness';

const SEEDS = '../shared/seeds';

function report30k(): string {
  const fallback = '兰州市2014年依法行政工作情况汇报\n全年受理行政复议案件470件，审结343件，纠错57件。举办执法人员培训班8期，参训1200余人次。';
  const texts = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')) : [fallback];
  let text = '';
  for (let i = 0; text.length < 30_000; i++) text += texts[i % texts.length] + '\n';
  return text.slice(0, 30_000);
}

export async function benchReport(): Promise<void> {
  const text = report30k();
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    found = extractReport(text, BUILTIN_INDICATORS).candidates.length;
    times.push(performance.now() - t0);
  }
  const ms = median(times.slice(2));
  console.log(`report extraction, 30,000 characters: median ${fmt(ms, 1)} ms of 5 runs after 2 warm-ups, ${found} candidates (target < 100 ms)`);
  figureAtMost('report extraction, 30,000 characters', ms, 100, 'ms', 1);
}
