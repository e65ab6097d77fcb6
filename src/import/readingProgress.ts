import type { ProgressAt } from './protocol';

type Shown = { done: number; total: number; at: ProgressAt | null };

/** Share of a file's bar given to SheetJS's read, which reports nothing until it is done. */
const READ_SHARE = 0.5;

/**
 * The worker's progress as the page shows it. While a file is being read (one call that cannot
 * report), its bar moves on the expected read time, approaching but never reaching its share;
 * detection and normalisation then fill the rest from the worker's own counts. Never backwards.
 */
export function readingProgress(readSeconds: readonly number[], show: (p: Shown) => void, now = () => performance.now()): { report: (done: number, total: number, at: ProgressAt | null) => void; stop: () => void } {
  const total = readSeconds.length;
  let file = 0;
  let reading = true;
  let since = now();
  let work = 0;
  let at: ProgressAt | null = null;
  let last = 0;
  const render = () => {
    const tau = Math.max(0.5, readSeconds[file] ?? 1) * 1000;
    const read = reading ? 1 - Math.exp(-(now() - since) / tau) : 1;
    const done = Math.min(total, Math.max(last, file + READ_SHARE * read + (1 - READ_SHARE) * work));
    last = done;
    show({ done, total, at });
  };
  const timer = setInterval(render, 200);
  return {
    report: (done, _total, where) => {
      const f = Math.min(total - 1, Math.floor(done));
      if (f !== file) {
        file = f;
        since = now();
        work = 0;
      }
      reading = !where?.stage || where.stage === 'read';
      if (!reading) work = Math.max(work, done - f);
      at = where;
      render();
    },
    stop: () => clearInterval(timer),
  };
}
