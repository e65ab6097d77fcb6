import { readdirSync, readFileSync } from 'node:fs';

// Peak memory of a Chromium launched on `profileDir`, read from /proc: the renderer holds the
// page and its workers (performance.measureUserAgentSpecificMemory is unavailable over file://).

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Resident bytes of the browser's renderer processes and of all its processes. */
export function chromiumMemory(profileDir: string): { renderer: number; all: number } {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const p of procs) {
    const stat = read(`/proc/${p}/stat`);
    const m = /\) \S+ (\d+)/.exec(stat);
    if (m) parent.set(+p, +m[1]);
  }
  const roots = procs.filter((p) => read(`/proc/${p}/cmdline`).includes(profileDir)).map(Number);
  const inTree = (pid: number): boolean => {
    for (let p = pid, n = 0; p > 1 && n < 20; p = parent.get(p) ?? 0, n++) if (roots.includes(p)) return true;
    return false;
  };
  let renderer = 0;
  let all = 0;
  for (const p of parent.keys()) {
    if (!inTree(p)) continue;
    const rss = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${p}/status`));
    if (!rss) continue;
    const bytes = +rss[1] * 1024;
    all += bytes;
    if (!cmd.has(p)) cmd.set(p, read(`/proc/${p}/cmdline`));
    if (cmd.get(p)!.includes('--type=renderer')) renderer += bytes;
  }
  return { renderer, all };
}

/** Samples chromiumMemory every `ms` until stopped; returns the peaks. */
export function sampleMemory(profileDir: string, ms = 250): { stop: () => { renderer: number; all: number } } {
  const peak = { renderer: 0, all: 0 };
  const tick = () => {
    const m = chromiumMemory(profileDir);
    peak.renderer = Math.max(peak.renderer, m.renderer);
    peak.all = Math.max(peak.all, m.all);
  };
  const timer = setInterval(tick, ms);
  tick();
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return peak;
    },
  };
}
