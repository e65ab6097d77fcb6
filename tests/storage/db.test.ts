import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import { openDb, type IndiDb } from '../../src/storage/db';
import { SCHEMA_VERSIONS } from '../../src/storage/schema';
import { loadMeta, saveMeta } from '../../src/storage/meta';
import { seedCatalog } from '../../src/storage/seedCatalog';
import { readFileSync } from 'node:fs';
import { describeShared, SHARED } from '../sharedDir';
import { SAMPLE_ROWS } from '../../src/import/sampleRows';

let db: IndiDb;
let n = 0;
const fresh = () => (db = openDb(`test-db-${++n}`));
afterEach(async () => {
  await db?.delete();
});

describe('storage', () => {
  it('creates every table of the schema', async () => {
    fresh();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['blocks', 'charts', 'decks', 'catalogPages', 'imports', 'indicators', 'meta', 'regionGroups', 'regions'].sort(),
    );
  });

  it('seeds the built-in catalog once and never overwrites user edits', async () => {
    fresh();
    expect(await seedCatalog(db)).toBe(BUILTIN_INDICATORS.length);
    await db.indicators.update('培训人次', { aliases: ['培训人数'] });
    expect(await seedCatalog(db)).toBe(0);
    expect((await db.indicators.get('培训人次'))?.aliases).toEqual(['培训人数']);
  });

  describeShared('the seed data', () => {
    it('has every indicator of seed-indicators.csv as a canonical name', () => {
      const csv = readFileSync(`${SHARED}/data/seed-indicators.csv`, 'utf8').trim().split('\n').slice(1);
      const names = new Set(csv.map((l) => l.split(',')[4]));
      const canonical = new Set(BUILTIN_INDICATORS.map((i) => i.name));
      expect([...names].filter((x) => !canonical.has(x))).toEqual([]);
    });
  });

  it('has every indicator of the sample data (made from seed-indicators.csv) as a canonical name', () => {
    const canonical = new Set(BUILTIN_INDICATORS.map((i) => i.name));
    expect([...new Set(SAMPLE_ROWS.map((r) => r[4]))].filter((x) => !canonical.has(x))).toEqual([]);
  });

  it('has the numerator and denominator of every derived rate as canonical names', () => {
    const canonical = new Set(BUILTIN_INDICATORS.map((i) => i.name));
    for (const i of BUILTIN_INDICATORS.filter((x) => x.numerator)) {
      expect(canonical.has(i.numerator!) && canonical.has(i.denominator!), i.name).toBe(true);
    }
  });

  it('keeps meta values', async () => {
    fresh();
    expect(await loadMeta(db, 'lang', 'zh-CN')).toBe('zh-CN');
    await saveMeta(db, 'lang', 'en');
    expect(await loadMeta(db, 'lang', 'zh-CN')).toBe('en');
  });
});

describe('a schema upgrade in another tab', () => {
  it('closes this connection so the upgrade can proceed', async () => {
    const name = `upgrade-test-${Date.now()}`;
    const mine = openDb(name);
    await mine.open();
    const { default: Dexie } = await import('dexie');
    const newer = new Dexie(name);
    // A later copy of the file: every version here, then one more.
    for (const { version, stores } of SCHEMA_VERSIONS) newer.version(version).stores(stores);
    const next = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version + 1;
    newer.version(next).stores({ imports: 'id, sha256, importedAt, fileName' });
    await newer.open();
    expect(newer.verno).toBe(next);
    expect(mine.isOpen()).toBe(false);
    newer.close();
    await Dexie.delete(name);
  });
});
