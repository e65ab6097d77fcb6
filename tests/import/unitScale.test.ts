import { describe, expect, it } from 'vitest';
import { draftBlocks } from '../../src/import/buildDraft';
import { sparseText } from '../../src/domain/model';
import { xlsx } from '../fixtures/fixtures';
import { flatten, runDraft } from './runDraft';

const draft = (rows: unknown[][], name = '2023.xlsx') => runDraft(name, xlsx([{ name: '2023', rows }]));

describe('values written in the catalog unit at another scale', () => {
  it('are stored in the catalog unit, their own figure and unit kept as raw text, and the review says how many', async () => {
    const od = await draft([['地区', '在岗执法人员数(万人)', '在岗执法人员数(人)'], ['兰州市', 4.4, null], ['城关区', null, 1262], ['天水市', '1.1万人', null]]);
    expect(flatten(od)).toEqual(['兰州市|在岗执法人员数|2023|44000|人', '城关区|在岗执法人员数|2023|1262|人', '天水市|在岗执法人员数|2023|11000|人']);
    const { blocks } = draftBlocks(od, [0]);
    const raws = blocks.flatMap((b) => Array.from(b.values, (_, i) => sparseText(b.rawRows, b.rawTexts, i, '')));
    expect(raws.sort()).toEqual(['', '1.1万人', '4.4万人']);
    // 1.1万人 written in the cell is read as 11000 人 by the value rules themselves; the header's 万人 is rescaled here.
    expect(od.draft.sheets[0].unitNotes).toEqual([['万人', '人', 1]]);
  });

  it('leave a unit that is not a scale of the catalog one, and a new indicator, as written', async () => {
    const od = await draft([['地区', '在岗执法人员数(件)', '自创人口(万人)'], ['兰州市', 5, 4.4]]);
    expect(flatten(od)).toEqual(['兰州市|在岗执法人员数|2023|5|件', '兰州市|自创人口|2023|4.4|万人']);
    expect(od.draft.sheets[0].unitNotes).toEqual([]);
  });
});
