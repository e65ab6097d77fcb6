// Writes every generated fixture (tests/fixtures/fixtures.ts) to tests/fixtures/generated/,
// to open by hand or drop on the page. Run: npm run fixtures
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENCODED_CSV, FIXTURES } from '../tests/fixtures/fixtures';

const out = 'tests/fixtures/generated';
mkdirSync(out, { recursive: true });
for (const f of [...FIXTURES, ...ENCODED_CSV]) writeFileSync(join(out, f.file), f.bytes());
console.log(`${FIXTURES.length + ENCODED_CSV.length} fixtures written to ${out}/`);
