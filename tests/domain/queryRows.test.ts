import { describe, expect, it } from 'vitest';
import { Cube, type CubeBlock } from '../../src/domain/cube';
import { queryRows, type RowQuery } from '../../src/domain/queryRows';

const block = (importId: string, indicator: string, values: number[]): CubeBlock => ({
  importId, sheet: 'S', indicator, unit: '', regions: Uint32Array.from(values.keys()), periods: new Int32Array(values.length).fill(20182018),
  values: Float64Array.from(values), qualifiers: new Uint8Array(values.length), rows: new Uint32Array(values.length), cols: new Uint32Array(values.length),
  rawRows: new Uint32Array(0), rawTexts: [], unitRows: new Uint32Array(0), unitTexts: [],
});
const cube = new Cube({
  blocks: [block('a', '培训人次', [300, 100, 200]), block('a', '纠错件数', [5, 7, 6]), block('b', '培训人次', [150])],
  imports: [{ id: 'a', regions: ['兰州市', '温州市', '瀍河回族区'] }, { id: 'b', regions: ['兰州市'] }],
});
const base: RowQuery = { search: '', indicator: null, region: null, sort: null, desc: false, all: false };
const show = (q: Partial<RowQuery>) => [...queryRows(cube, { ...base, ...q })].map((i) => `${cube.regions[cube.region[i]]}:${cube.value[i]}`);

describe('queryRows', () => {
  it.each([
    ['values in force only', {}, ['温州市:100', '瀍河回族区:200', '兰州市:5', '温州市:7', '瀍河回族区:6', '兰州市:150']],
    ['superseded values too', { all: true }, ['兰州市:300', '温州市:100', '瀍河回族区:200', '兰州市:5', '温州市:7', '瀍河回族区:6', '兰州市:150']],
    ['every row, sorted by value', { sort: 'value' }, ['兰州市:5', '瀍河回族区:6', '温州市:7', '温州市:100', '兰州市:150', '瀍河回族区:200']],
    ['every row, superseded too, sorted descending', { all: true, sort: 'value', desc: true }, ['兰州市:300', '瀍河回族区:200', '兰州市:150', '温州市:100', '温州市:7', '瀍河回族区:6', '兰州市:5']],
    ['by indicator', { indicator: '培训人次' }, ['温州市:100', '瀍河回族区:200', '兰州市:150']],
    ['by indicator, superseded too', { indicator: '培训人次', all: true }, ['兰州市:300', '温州市:100', '瀍河回族区:200', '兰州市:150']],
    ['by search in region names', { search: '温州' }, ['温州市:100', '温州市:7']],
    ['sorted by value, descending', { indicator: '培训人次', sort: 'value', desc: true }, ['瀍河回族区:200', '兰州市:150', '温州市:100']],
    ['sorted by region name (pinyin)', { indicator: '纠错件数', sort: 'region' }, ['瀍河回族区:6', '兰州市:5', '温州市:7']],
    ['an unknown indicator', { indicator: '不存在' }, []],
    ['by region', { region: '兰州市' }, ['兰州市:5', '兰州市:150']],
    ['by source import', { importId: 'b' }, ['兰州市:150']],
    ['by source import, superseded too', { importId: 'a', all: true, indicator: '培训人次' }, ['兰州市:300', '温州市:100', '瀍河回族区:200']],
    ['by period', { period: 20182018, indicator: '纠错件数' }, ['兰州市:5', '温州市:7', '瀍河回族区:6']],
    ['by a period with no data', { period: 20192019 }, []],
  ] as const)('%s', (_name, q, expected) => {
    expect(show(q as Partial<RowQuery>)).toEqual(expected);
  });
});
