import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractScripts } from '../../scripts/extract-scripts.mjs';
import { freshProfile, launch, openApp, screenshot, type Session } from './browser';

describe('the built file opened over file://', () => {
  const profile = freshProfile();
  let s: Session;

  beforeAll(async () => {
    s = await launch(profile.dir);
  });
  afterAll(async () => {
    await s?.close();
    profile.remove();
  });

  it('opens the Chinese shell with every page and no console error', async () => {
    expect(await s.page.title()).toContain('指标对比');
    expect(await s.page.getAttribute('html', 'lang')).toBe('zh-CN');
    const tabs = await s.page.locator('nav .tab').allTextContents();
    expect(tabs).toEqual(['导入', '数据', '图表', '演示', '指标', '设置/关于']);
    // The script took over the prerendered first screen: one top bar, one main, not two.
    expect([await s.page.locator('header').count(), await s.page.locator('main').count()]).toEqual([1, 1]);
    for (const p of ['data', 'charts', 'present', 'catalog', 'settings', 'import']) {
      await s.page.click(`[data-page="${p}"]`);
      await expect.poll(() => s.page.locator('main').innerText()).not.toBe('');
    }
    await screenshot(s.page, 'foundation-import');
    expect(s.consoleErrors).toEqual([]);
  });

  it('runs the inline worker and reports storage in 设置/关于', async () => {
    await s.page.click('[data-page="settings"]');
    await expect.poll(() => s.page.getByTestId('worker-status').innerText()).toBe('后台处理线程正常');
    await expect.poll(() => s.page.getByTestId('storage-usage').innerText()).toMatch(/已使用 .+浏览器配额/);
    await screenshot(s.page, 'foundation-settings');
  });

  it('keeps what it stored across a reload and a browser restart', async () => {
    await s.page.selectOption('[data-testid="lang-select"]', 'en');
    await expect.poll(() => s.page.locator('nav .tab').first().innerText()).toBe('Import');
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="ready"][data-sample="settled"]');
    expect(await s.page.locator('nav .tab').first().innerText()).toBe('Import');
    // The page shown last is remembered too.
    expect(await s.page.locator('nav .tab.active').innerText()).toBe('Settings / About');

    await s.close();
    s = await launch(profile.dir);
    expect(await s.page.locator('nav .tab').first().innerText()).toBe('Import');
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
    await s.page.selectOption('[data-testid="lang-select"]', 'zh-CN');
    await expect.poll(() => s.page.locator('nav .tab').first().innerText()).toBe('导入');
    await openApp(s.page);
    expect(await s.page.locator('nav .tab').first().innerText()).toBe('导入');
  });

  it('made no request other than file:, data: and blob:', () => {
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('dist/index.html', () => {
  it('carries a CSP that forbids every connection', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
  });

  it('has scripts (inline worker included) that pass es-check es2020', () => {
    const files = extractScripts('dist/index.html', 'test-results/es-check');
    expect(files.some((f) => f.includes('worker'))).toBe(true);
    const modules = files.filter((f) => f.endsWith('.mjs'));
    const classic = files.filter((f) => f.endsWith('.js'));
    if (modules.length) execFileSync('npx', ['es-check', 'es2020', '--module', ...modules], { stdio: 'pipe' });
    if (classic.length) execFileSync('npx', ['es-check', 'es2020', ...classic], { stdio: 'pipe' });
  });
});

describe('before its script has run', () => {
  it('already shows the top bar and that the database is opening (scripts off)', async () => {
    const profile = freshProfile();
    const { chromium } = await import('playwright-core');
    const { CHROMIUM, CHROMIUM_ARGS, APP_URL } = await import('./browser');
    const ctx = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, javaScriptEnabled: false });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(APP_URL);
      expect(await page.locator('nav .tab').allTextContents()).toEqual(['导入', '数据', '图表', '演示', '指标', '设置/关于']);
      expect(await page.locator('main').innerText()).toBe('正在打开数据库…');
      await screenshot(page, 'foundation-before-script');
    } finally {
      await ctx.close();
      profile.remove();
    }
  });
});

describe('on an older Chromium (APIs newer than Chrome 80 removed)', () => {
  it('opens, imports its sample through the worker and draws a chart', async () => {
    const profile = freshProfile();
    const { chromium } = await import('playwright-core');
    const { CHROMIUM, CHROMIUM_ARGS, APP_URL } = await import('./browser');
    const ctx = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    try {
      await ctx.addInitScript(() => {
        const del = (o: object, k: string) => delete (o as Record<string, unknown>)[k];
        del(String.prototype, 'replaceAll'); // Chrome 85
        del(Array.prototype, 'at'); // Chrome 92
        del(Object, 'hasOwn'); // Chrome 93
        del(Array.prototype, 'findLast'); // Chrome 97
        del(globalThis, 'structuredClone'); // Chrome 98
      });
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(APP_URL);
      await page.waitForSelector('body[data-ready="ready"][data-sample="settled"]', { timeout: 60_000 });
      await page.click('[data-page="charts"]');
      await page.waitForSelector('[data-testid="chart"] canvas');
      await page.click('[data-page="data"]');
      await page.waitForSelector('[data-testid="grid"] [role="gridcell"]');
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
      profile.remove();
    }
  });
});
