import { describe, expect, it } from 'vitest';
import { entryIndex, resolveEntries, type EntryDraft } from '../../src/state/resolveEntry';
import type { Indicator, Region } from '../../src/domain/model';

const blank: EntryDraft = { region: '', indicator: '', period: '', value: '' };

describe('the entry form resolves its rows through one index of the catalog', () => {
  it('builds the index only when a row is typed, once for every keystroke after', () => {
    let reads = 0;
    const indicators: Indicator[] = [{ id: '培训人次', name: '培训人次', nameEn: '', unit: '人次', category: '', aliases: ['培训人数'] }];
    const regions: Region[] = [{ id: '兰州市', name: '兰州市', aliases: [], level: '', parent: '' }];
    const index = entryIndex({
      get indicators() {
        reads++;
        return indicators;
      },
      regions,
    });
    expect(resolveEntries([blank, blank], index)).toEqual([null, null]);
    expect(reads).toBe(0);
    for (const value of ['1', '12', '120']) {
      const [r] = resolveEntries([{ region: '兰州', indicator: '培训人数', period: '2023', value }], index);
      expect(r).toMatchObject({ ok: true, edit: { region: '兰州市', indicator: '培训人次', value: Number(value), unit: '人次' } });
    }
    expect(reads).toBe(2); // the name index and the by-id map, built once
  });
});
