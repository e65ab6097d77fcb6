// Post-build gate: dist/ must hold exactly one self-contained index.html with no external reference.
import { readdirSync, readFileSync, statSync } from 'node:fs';

const files = readdirSync('dist');
if (files.length !== 1 || files[0] !== 'index.html') {
  console.error(`dist/ must contain only index.html, found: ${files.join(', ')}`);
  process.exit(1);
}
const html = readFileSync('dist/index.html', 'utf8');
const external = html.match(/<(?:script|link|img|iframe)[^>]+(?:src|href)=["'](?!data:|#)[^"']+["']/gi);
if (external) {
  console.error(`dist/index.html references external resources:\n${external.join('\n')}`);
  process.exit(1);
}
const kb = statSync('dist/index.html').size / 1024;
console.log(`dist/index.html: ${kb.toFixed(0)} KB, self-contained`);
