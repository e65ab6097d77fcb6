import { describe, expect, it } from 'vitest';
import { planCommit } from '../../src/state/planCommit';
import { runDraft } from '../import/runDraft';
import { xlsx } from '../fixtures/fixtures';

const book = () =>
  xlsx([
    { name: '2018', rows: [['地区', '行政复议纠错件数', '级别'], ['兰州市', 57, '地级市']] },
    { name: '2019', rows: [['地区', '培训人次'], ['温州市', '1.2万']] },
    { name: '地区表', rows: [['地区', '省份', '级别'], ['溧阳市', '江苏省', '县级市']] },
  ]);

describe('planning the commit of a reviewed file', () => {
  it('takes the kept sheets with values, the region metadata of every kept sheet, and names the layouts', async () => {
    const od = await runDraft('各市.xlsx', book());
    const plan = planCommit(od.draft, [true, false, true]);
    if (plan.kind !== 'values') throw new Error(plan.kind);
    expect(plan.sheets.map((s) => s.name)).toEqual(['2018']);
    expect(plan.input).toMatchObject({ fileName: '各市.xlsx', sha256: od.draft.sha256, layout: 'wide-indicator', skipped: 0 });
    expect(plan.input.regionMeta).toEqual([['兰州市', '地级市', ''], ['溧阳市', '县级市', '江苏省']]);
  });

  it.each([
    ['the same file again', { duplicate: true }, 'report.duplicate'],
    ['nothing kept', {}, 'report.nothing'],
  ] as const)('refuses %s', async (_, opts, failure) => {
    const od = await runDraft('各市.xlsx', book());
    const plan = planCommit(od.draft, opts === undefined || 'duplicate' in opts ? [true, true, true] : [false, false, false], opts);
    expect(plan).toMatchObject({ kind: 'refused', failure });
  });

  it('imports the same file again when the user says so, and a region list alone updates regions', async () => {
    const od = await runDraft('各市.xlsx', book());
    expect(planCommit(od.draft, [true, true, true], { duplicate: true, importAnyway: true }).kind).toBe('values');
    expect(planCommit(od.draft, [false, false, true])).toEqual({ kind: 'regions', regionMeta: [['溧阳市', '县级市', '江苏省']] });
  });

  it('refuses a file that could not be read, with its reason', async () => {
    const od = await runDraft('x.xlsx', new Uint8Array(0));
    expect(planCommit(od.draft, [])).toMatchObject({ kind: 'refused', failure: 'read.empty' });
  });

  it('does not mutate the draft', async () => {
    const od = await runDraft('各市.xlsx', book());
    const before = JSON.stringify(od.draft);
    const plan = planCommit(od.draft, [true, true, true]);
    if (plan.kind === 'values') plan.input.skips.push({ sheet: 's', cell: 'A1', reason: 'aggregate' });
    expect(JSON.stringify(od.draft)).toBe(before);
  });
});
