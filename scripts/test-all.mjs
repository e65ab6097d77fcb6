// `npm test`: every stage in one run, and one closing line that counts them all.
//
//   browsers    Debian's chromium, firefox-esr and fonts-noto-cjk, installed with apt-get where missing
//               (as root or with `sudo -n`); where that cannot be done it stops at once with one line saying
//               what to run
//   type check  svelte-check (counts as one test)
//   unit tests  vitest, counted test by test
//   build       vite build + scripts/check-dist.mjs (counts as one test)
//   e2e tests   vitest on the built dist/index.html in Chromium and Firefox ESR, counted test by test
//
// A failing stage does not stop the later ones, except that the end-to-end tests need the build.
// Tests that need ../shared (tests/sharedDir.ts) are skipped where it is absent and listed by name.
// The last line is `N passed, N failed` (`, N skipped` where any were); the exit code is 1 when any
// test or stage failed or did not run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(ROOT);
const env = { ...process.env, PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
const work = mkdtempSync(join(tmpdir(), 'indicompare-test-'));
const SHARED_MARK = '[needs ../shared]';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** Rows of the summary: one per stage. */
const stages = [];
const total = { passed: 0, failed: 0, skipped: 0 };
const failedNames = [];
const skippedNames = [];

const heading = (n, name) => console.log(`\n━━ ${n}/5 ${name} ━━`);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, ...opts });
  if (r.error) console.error(`${cmd}: ${r.error.message}`);
  return r.status ?? 1;
};
const hasChineseFont = () => !!spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout?.trim();
const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

// ── 1. browsers and fonts ──────────────────────────────────────────────────────────────────────
heading(1, 'browsers and fonts');
{
  // The pages are Chinese: without a CJK font every label is drawn as boxes and the chart tests
  // that measure ink or hover labels fail, so Debian's Noto CJK fonts belong to the browsers.
  const wanted = [
    [CHROMIUM, 'chromium', () => executable(CHROMIUM)],
    [FIREFOX, 'firefox-esr', () => executable(FIREFOX)],
    [CJK_FONT, 'fonts-noto-cjk', () => existsSync(CJK_FONT) || hasChineseFont()],
  ];
  const missing = () => wanted.filter(([, , present]) => !present());
  const pkgs = missing().map(([, pkg]) => pkg);
  const advice = `run "sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}", then npm test again`;
  if (pkgs.length) {
    const root = process.getuid?.() === 0;
    const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
    const hasApt = existsSync('/usr/bin/apt-get');
    if (!hasApt || (!root && !sudo)) {
      console.log(`Missing ${pkgs.join(', ')} (Debian's browsers and Chinese fonts for the end-to-end tests): ${advice}.`);
      rmSync(work, { recursive: true, force: true });
      process.exit(1);
    }
    const log = join(work, 'apt.log');
    console.log(`Installing ${pkgs.join(' and ')} with apt-get${sudo ? ' (sudo)' : ''}; its output goes to ${log} …`);
    const apt = (...args) => {
      const cmd = sudo ? 'sudo' : 'apt-get';
      const full = [...(sudo ? ['-n', 'apt-get'] : []), '-o', 'DPkg::Lock::Timeout=600', ...args];
      const r = spawnSync('sh', ['-c', `"$0" "$@" >>'${log}' 2>&1`, cmd, ...full], {
        stdio: 'inherit',
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return r.status === 0;
    };
    const ok = apt('update') && apt('install', '-y', ...pkgs);
    const still = missing().map(([, pkg]) => pkg);
    if (!ok || still.length) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n') : '';
      if (tail) console.log(tail);
      console.log(`Could not install ${(still.length ? still : pkgs).join(' and ')} with apt-get (log above): ${advice}.`);
      process.exit(1);
    }
  }
  const versions = [CHROMIUM, FIREFOX].map((p) => spawnSync(p, ['--version'], { encoding: 'utf8', env }).stdout?.trim().split('\n').pop() || p);
  console.log(`${pkgs.length ? `Installed ${pkgs.join(', ')}. ` : ''}Ready: ${versions.join('; ')}; CJK fonts.`);
  stages.push(['browsers', pkgs.length ? `installed ${pkgs.join(', ')}` : 'present']);
}

// ── 2. type check ──────────────────────────────────────────────────────────────────────────────
heading(2, 'type check (svelte-check)');
{
  const ok = run('svelte-check', ['--tsconfig', './tsconfig.json', '--fail-on-warnings']) === 0;
  oneTest('type check', ok, 'svelte-check');
}

// ── 3. unit tests ──────────────────────────────────────────────────────────────────────────────
heading(3, 'unit tests (vitest)');
vitestStage('unit tests', []);

// ── 4. build ───────────────────────────────────────────────────────────────────────────────────
heading(4, 'build (vite build, check-dist)');
const built = run('vite', ['build']) === 0 && run(process.execPath, ['scripts/check-dist.mjs']) === 0;
oneTest('build', built, 'vite build and scripts/check-dist.mjs');

// ── 5. end-to-end tests ────────────────────────────────────────────────────────────────────────
heading(5, 'end-to-end tests (Chromium, Firefox ESR)');
if (built) vitestStage('e2e tests', ['--config', 'vitest.e2e.config.ts']);
else {
  console.log('Not run: the build failed, and these tests open the built dist/index.html.');
  stages.push(['e2e tests', 'NOT RUN (the build failed)']);
}

// ── summary ────────────────────────────────────────────────────────────────────────────────────
rmSync(work, { recursive: true, force: true });
console.log('\n━━ summary ━━');
for (const [name, what] of stages) console.log(`  ${name.padEnd(11)} ${what}`);
const notRun = stages.filter(([, what]) => what.startsWith('NOT RUN')).map(([name]) => name);
if (notRun.length) console.log(`Stages that did not run: ${notRun.join(', ')}.`);
if (failedNames.length) {
  console.log(`Failed (${failedNames.length}):`);
  for (const n of failedNames.slice(0, 30)) console.log(`  ✗ ${n}`);
  if (failedNames.length > 30) console.log(`  … and ${failedNames.length - 30} more (see above)`);
}
const sharedAbsent = !existsSync(join(ROOT, '..', 'shared'));
const needShared = sharedAbsent ? skippedNames.filter((n) => n.includes(SHARED_MARK)) : [];
const otherSkipped = skippedNames.filter((n) => !needShared.includes(n));
if (needShared.length) {
  console.log(`Not run, because ../shared (the corpus and seed data) is not beside this clone (${needShared.length}):`);
  for (const n of needShared) console.log(`  - ${n}`);
}
if (otherSkipped.length) {
  console.log(`Skipped (${otherSkipped.length}):`);
  for (const n of otherSkipped) console.log(`  - ${n}`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed || notRun.length ? 1 : 0;

// ── helpers ────────────────────────────────────────────────────────────────────────────────────

/** A stage that counts as one test. */
function oneTest(name, ok, what) {
  if (ok) total.passed++;
  else {
    total.failed++;
    failedNames.push(`${name}: ${what} failed (see above)`);
  }
  stages.push([name, ok ? 'passed' : 'FAILED']);
}

/** Runs vitest with its usual console output plus a JSON report, and counts the report's tests. */
function vitestStage(name, args) {
  const report = join(work, `${name.replace(/\W+/g, '-')}.json`);
  // tests/scratch/ is git-ignored: someone's local probes, not part of the suite.
  const status = run('vitest', ['run', ...args, '--exclude', 'tests/scratch/**', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const n = { passed: 0, failed: 0, skipped: 0 };
  let j;
  try {
    j = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    j = { testResults: [] };
  }
  for (const file of j.testResults ?? []) {
    const rel = relative(ROOT, file.name);
    const results = file.assertionResults ?? [];
    if (file.status === 'failed' && !results.some((a) => a.status === 'failed')) {
      n.failed++;
      failedNames.push(`${rel}: the file did not run: ${String(file.message ?? '').trim().split('\n')[0]}`);
    }
    for (const a of results) {
      const full = [rel, ...(a.ancestorTitles ?? []), a.title].join(' › ');
      if (a.status === 'passed') n.passed++;
      else if (a.status === 'failed') {
        n.failed++;
        failedNames.push(full);
      } else {
        n.skipped++;
        skippedNames.push(full);
      }
    }
  }
  if (status !== 0 && n.failed === 0) {
    // vitest failed outside any test: a global setup, an unhandled error, or no report at all.
    n.failed++;
    failedNames.push(`${name}: vitest exited with code ${status} outside any test (see above)`);
  }
  if (status === 0 && n.passed === 0) {
    n.failed++;
    failedNames.push(`${name}: no test ran`);
  }
  total.passed += n.passed;
  total.failed += n.failed;
  total.skipped += n.skipped;
  stages.push([name, `${n.passed} passed, ${n.failed} failed${n.skipped ? `, ${n.skipped} skipped` : ''}`]);
}
