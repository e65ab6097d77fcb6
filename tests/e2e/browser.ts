import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const APP_URL = pathToFileURL(resolve('dist/index.html')).href;
export const ARTIFACTS = resolve('test-results');

/** A fresh browser profile directory; pass the same one to `launch` again to "restart the browser". */
export function freshProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'indicompare-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page or its workers requested that is not file:, data: or blob:. */
  foreignRequests: string[];
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** Launches Debian's Chromium on `profileDir` and opens the built app over file://. */
export async function launch(profileDir: string, opts: { acceptDownloads?: boolean } = {}): Promise<Session> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: opts.acceptDownloads ?? true,
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (req) => {
    if (!/^(file|data|blob):/.test(req.url())) foreignRequests.push(req.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page, consoleErrors);
  context.on('page', (p) => watch(p, consoleErrors));
  await openApp(page);
  return { context, page, foreignRequests, consoleErrors, close: () => context.close() };
}

function watch(page: Page, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
}

/** Navigates to the app and waits until it has opened its database. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(APP_URL);
  await page.waitForSelector('body[data-ready="ready"][data-sample="settled"]', { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
