import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { APP_URL, ARTIFACTS } from './browser';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Playwright drives only its own Firefox build, so Debian's firefox-esr is driven over WebDriver BiDi.
// Where firefox-esr is missing this test fails (npm test installs it first); it is never skipped.
describe('the built file in firefox-esr over file://', () => {
  it('opens its database and worker, and keeps a setting across a restart', async () => {
    try {
      accessSync(FIREFOX, constants.X_OK);
    } catch {
      throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr (npm test does this as root or with sudo -n)`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'indicompare-ff-'));
    const errors: string[] = [];
    const launched: { browser: Browser | null } = { browser: null };
    const open = async () => {
      // Firefox's first start on a machine (its font cache, a new profile) has taken over puppeteer's default 30 s.
      const browser = (launched.browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: dir, args: ['--no-remote'], timeout: 120_000 }));
      const page = await browser.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setViewport({ width: 1280, height: 760 });
      await page.goto(APP_URL);
      await page.waitForFunction(() => document.body.dataset.ready === 'ready', { timeout: 30_000 });
      return { browser, page };
    };
    try {
      let { browser, page } = await open();
      await page.click('[data-page="settings"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="worker-status"]')?.textContent?.includes('正常'));
      // The sample data went through the worker; a chart draws from it.
      await page.waitForFunction(() => document.body.dataset.sample === 'settled');
      await page.click('[data-page="charts"]');
      await page.waitForSelector('[data-testid="chart"] canvas');
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-chart.png') });
      await page.select('[data-testid="lang-select"]', 'en');
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-settings.png') });
      await browser.close();

      ({ browser, page } = await open());
      expect(await page.$eval('nav .tab', (e) => e.textContent)).toBe('Import');
      await browser.close();
      expect(errors).toEqual([]);
    } finally {
      // A failure above leaves Firefox writing into its profile: closed first, so the failure is what is reported.
      await launched.browser?.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  }, 300_000);
});
