import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
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

/** One browser session on a fresh profile for a whole test file; `get()` is the session. */
export function sessionForFile(): { get: () => Session } {
  const profile = freshProfile();
  let s: Session | undefined;
  beforeAll(async () => {
    s = await launch(profile.dir);
  });
  afterAll(async () => {
    await s?.close();
    profile.remove();
  });
  return { get: () => s! };
}

/** Writes generated fixture bytes to a temp folder, for setInputFiles. */
export function fixtureFile(name: string, bytes: Uint8Array): string {
  fixtureDir ??= mkdtempSync(join(tmpdir(), 'indicompare-fixtures-'));
  const p = join(fixtureDir, name);
  writeFileSync(p, bytes);
  return p;
}
let fixtureDir: string | undefined;

/** Moves the mouse over the chart until its tooltip shows `text`; returns the tooltip's text ('' if never). */
export async function chartTooltip(page: Page, text: string): Promise<string> {
  const box = (await page.getByTestId('chart').boundingBox())!;
  for (const fx of [0.13, 0.16, 0.2, 0.35, 0.5]) {
    for (let y = box.y + 60; y < box.y + box.height - 20; y += 8) {
      await page.mouse.move(box.x + box.width * fx, y);
      const tip = await page.evaluate(() => {
        const divs = [...document.querySelectorAll('[data-testid="chart"] div')] as HTMLElement[];
        return divs.map((d) => (d.style.display !== 'none' && d.innerText.includes('·') ? d.innerText : '')).find(Boolean) ?? '';
      });
      if (tip.includes(text)) return tip;
    }
  }
  return '';
}

/** Answer the app's own dialog (DialogHost): type `text` if it asks for one, confirm; returns its message. */
export async function answerDialog(page: Page, text?: string): Promise<string> {
  const dialog = page.getByTestId('dialog');
  await dialog.waitFor();
  const message = (await dialog.locator('.message').count()) ? await dialog.locator('.message').innerText() : '';
  if (text !== undefined) await dialog.getByTestId('dialog-input').fill(text);
  await dialog.getByTestId('dialog-ok').click();
  await dialog.waitFor({ state: 'detached' });
  return message;
}

/**
 * Types `text` as a Chinese input method does: a keydown the page sees as 'Process' (229),
 * a composition, then the chosen text inserted (Playwright's keyboard.type sends no keydown
 * for characters off the keyboard, which no real input method does).
 */
export async function typeWithIme(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, key: 'Process', code: 'KeyA' });
    await cdp.send('Input.imeSetComposition', { text: 'a', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, key: 'Process', code: 'KeyA' });
  } finally {
    await cdp.detach();
  }
}
