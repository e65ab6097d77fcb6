import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, ARTIFACTS } from './browser';

export default function setup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(ARTIFACTS, { recursive: true });
}
