// `npm start`: after the build, open dist/index.html over file:// — exactly what a user does
// with the copy on the USB stick. The app imports its sample data on first open.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const url = pathToFileURL(resolve('dist/index.html')).href;
console.log(`\nIndiCompare is built: ${url}\nCopy dist/index.html to a USB stick and double-click it, or open the address above.\n`);

const candidates = process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['explorer'] : ['xdg-open', '/usr/bin/chromium', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const hasDisplay = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
const opener = candidates.find((c) => !c.startsWith('/') || existsSync(c));
if (hasDisplay && opener) {
  spawn(opener, [url], { detached: true, stdio: 'ignore' }).on('error', () => {}).unref();
} else {
  console.log('(No desktop session found, so no browser window was opened.)');
}
