import { describe, expect, it } from 'vitest';
import { compareZh } from '../../src/domain/compareZh';
import { sortedNames } from '../../src/domain/sortedNames';

describe('sortedNames', () => {
  it('sorts an extended list as a whole sort would, with a merge instead of a new sort', () => {
    let compares = 0;
    const counted = (a: string, b: string) => (compares++, compareZh(a, b));
    const sort = sortedNames(counted);
    const towns = Array.from({ length: 5000 }, (_, k) => `第${(k * 7919) % 5000}镇`);
    expect(sort(towns)).toEqual([...towns].sort(compareZh));
    compares = 0;
    const more = [...towns, '安宁区', '城关区'];
    expect(sort(more)).toEqual([...more].sort(compareZh));
    expect(compares).toBeLessThan(5100);
    // The same list again costs nothing; another list is sorted whole.
    compares = 0;
    expect(sort(more)).toEqual([...more].sort(compareZh));
    expect(compares).toBe(0);
    expect(sort(['天水市', '兰州市'])).toEqual(['兰州市', '天水市']);
  });
});
