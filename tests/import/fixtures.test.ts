import { describe, expect, it } from 'vitest';
import { ENCODED_CSV, FIXTURES } from '../fixtures/fixtures';
import { flatten, runDraft } from './runDraft';

describe('every generated fixture lands exactly as expected', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('%s', async (_name, f) => {
    const od = await runDraft(f.file, f.bytes());
    expect(od.draft.failure).toBeNull();
    expect(flatten(od)).toEqual([...f.expected].sort());
    const first = od.draft.sheets.find((s) => s.count > 0);
    if (f.layout) expect(first?.detection.layout).toBe(f.layout);
    if (f.skips) {
      const skips = od.draft.sheets.flatMap((s) => s.skips.map((k) => `${k.sheet}!${k.cell} ${k.reason}`));
      expect(skips).toEqual(f.skips);
    }
  });
});

describe('text encodings', () => {
  it.each(ENCODED_CSV.map((f) => [f.encoding, f] as const))('%s', async (_enc, f) => {
    const od = await runDraft(f.file, f.bytes());
    expect(flatten(od)).toEqual(f.expected);
  });
});
