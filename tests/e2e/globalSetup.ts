import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, ARTIFACTS } from './browser';

/** A plain one-line reason, without a stack trace pointing into this file. */
function stop(message: string): never {
  const e = new Error(message);
  e.stack = message;
  throw e;
}

export default function setup(): void {
  if (!existsSync('dist/index.html')) stop('dist/index.html is missing: run `npm run build` first (npm test does)');
  if (!existsSync(CHROMIUM)) stop(`${CHROMIUM} is missing: run "sudo apt-get install -y chromium" (npm test does this as root or with sudo -n)`);
  mkdirSync(ARTIFACTS, { recursive: true });
}
