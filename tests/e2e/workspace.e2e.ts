import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { chartTooltip, fixtureFile, openApp, screenshot, sessionForFile, type Session, answerDialog } from './browser';

const file = (name: string, rows: unknown[][]) => fixtureFile(name, xlsx([{ name: '2019', rows }]));

async function importFile(s: Session, path: string) {
  await s.page.click('[data-page="import"]');
  await s.page.setInputFiles('[data-testid="file-input"]', path);
  await s.page.click('[data-testid="import-confirm"]');
  await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存');
}

async function showRows(s: Session, search: string, indicator = ''): Promise<string> {
  await s.page.click('[data-page="data"]');
  await s.page.click('[data-tab="grid"]');
  await s.page.locator('input[type="search"]').fill(search);
  await s.page.locator('select[aria-label="指标"]').selectOption(indicator);
  return s.page.getByTestId('grid').innerText();
}

async function tooltipFor(s: Session, text: string): Promise<string> {
  await s.page.click('[data-page="charts"]');
  await s.page.click('[data-headline="correction-rate"]');
  return chartTooltip(s.page, text);
}

describe('the data workspace on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it("数据's filters, undo and redo and the row count sit on one row at 1366 px, and undo and redo never part", async () => {
    await showRows(s, '');
    const tops = async (sel: string) => s.page.locator(sel).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)));
    const [undo] = await tops('[data-testid="undo-edit"]');
    expect(await tops('[data-testid="redo-edit"]')).toEqual([undo]);
    expect(await tops('[data-testid="row-count"]')).toEqual([undo]);
    expect(await tops('input[type="search"]')).toEqual([undo]);
    // A narrow window wraps the bar, with the two buttons kept together.
    await s.page.setViewportSize({ width: 900, height: 800 });
    try {
      const [narrow] = await tops('[data-testid="undo-edit"]');
      expect(await tops('[data-testid="redo-edit"]')).toEqual([narrow]);
    } finally {
      await s.page.setViewportSize({ width: 1366, height: 800 });
    }
  });

  it('edits a value in the grid, the chart follows, and undo brings it back', async () => {
    const grid = await showRows(s, '兰州', '行政复议纠错件数');
    expect(grid).toContain('2014');
    // The chart shows each region's latest period: 兰州市's is 2023 (纠错 57 of 审结 343).
    const cell = s.page.getByTestId('grid').locator('[role="row"]', { hasText: '2023' }).locator('[role="gridcell"]').nth(3);
    await cell.dblclick();
    await s.page.getByTestId('cell-editor').fill('10');
    await s.page.getByTestId('cell-editor').press('Enter');
    await expect.poll(() => s.page.getByTestId('grid').innerText()).toContain('手工修改');
    await screenshot(s.page, 'workspace-edit');
    const edited = await tooltipFor(s, '兰州市 · 2023');
    expect(edited).toContain('2.9%');
    expect(edited).toContain('行政复议纠错件数 10 / 行政复议审结件数 343');
    expect(edited).toContain('已手工修改');

    await s.page.click('[data-page="data"]');
    await s.page.getByTestId('undo-edit').click();
    await expect.poll(() => s.page.getByTestId('grid').innerText()).not.toContain('手工修改');
    const back = await tooltipFor(s, '兰州市 · 2023');
    expect(back).toContain('16.6%');
  });

  it('merges two indicators, and the merged values appear under the target', async () => {
    await importFile(s, file('纠错.xlsx', [['地区', '纠错件数'], ['金华市', 33]]));
    expect(await showRows(s, '金华', '行政复议纠错件数')).not.toContain('金华市');
    await s.page.click('[data-page="catalog"]');
    await s.page.locator('input[type="search"]').fill('纠错件数');
    await s.page.getByTestId('catalog-list').getByRole('button', { name: /^纠错件数/ }).click();
    await s.page.getByTestId('merge-target').fill('行政复议纠错件数');
    await s.page.getByTestId('merge-target').press('Enter');
    await s.page.getByTestId('merge-button').click();
    await answerDialog(s.page);
    await expect.poll(() => s.page.getByTestId('unmerge').count()).toBe(1);
    await screenshot(s.page, 'workspace-merge');
    expect(await showRows(s, '金华', '行政复议纠错件数')).toContain('金华市');
  });

  it('resolves a conflict between two imports of the same table with one changed value', async () => {
    await importFile(s, file('衢州甲.xlsx', [['地区', '培训人次', '行政复议纠错件数'], ['衢州市', 5000, 12], ['舟山市', 3000, 4]]));
    await importFile(s, file('衢州乙.xlsx', [['地区', '培训人次', '行政复议纠错件数'], ['衢州市', 5100, 12], ['舟山市', 3000, 4]]));
    expect(await s.page.getByTestId('import-report').innerText()).toContain('1 个数值与已有数据不同');
    expect(await showRows(s, '衢州', '培训人次')).toContain('5,100');
    await s.page.click('[data-tab="conflicts"]');
    const row = s.page.getByTestId('conflicts').locator('tr', { hasText: '衢州市' });
    await screenshot(s.page, 'workspace-conflicts');
    await row.locator('label', { hasText: '衢州甲.xlsx' }).locator('input').check();
    await expect.poll(() => row.locator('label.chosen').innerText()).toContain('衢州甲.xlsx');
    await openApp(s.page);
    expect(await showRows(s, '衢州', '培训人次')).toContain('5,000');
    expect(s.consoleErrors).toEqual([]);
  });

  it('moves with the keyboard and copies a selection as tab-separated text', async () => {
    await showRows(s, '温州', '');
    await s.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => ((window as unknown as { copied: string }).copied = t) }, configurable: true });
    });
    const grid = s.page.getByTestId('grid');
    await grid.locator('[role="gridcell"]').first().click();
    await s.page.keyboard.press('Shift+ArrowRight');
    await s.page.keyboard.press('Shift+ArrowRight');
    await s.page.keyboard.press('Shift+ArrowDown');
    await s.page.keyboard.press('Control+c');
    const copied = await s.page.evaluate(() => (window as unknown as { copied: string }).copied);
    const lines = copied.split('\r\n').map((l) => l.split('\t'));
    expect(lines.length).toBe(2);
    expect(lines.every((l) => l.length === 3 && l[0] === '温州市' && /^\d{4}$/.test(l[2]))).toBe(true);
  });

  it('filters by region, period and source file', async () => {
    await showRows(s, '', '');
    await s.page.getByTestId('filter-region').selectOption('温州市');
    await s.page.getByTestId('filter-period').selectOption({ label: '2018' });
    await expect.poll(() => s.page.getByTestId('row-count').innerText()).toBe('17 行');
    await s.page.getByTestId('filter-source').selectOption({ label: '衢州乙.xlsx' });
    await expect.poll(() => s.page.getByTestId('row-count').innerText()).toBe('0 行');
    await s.page.getByTestId('filter-region').selectOption('');
    await s.page.getByTestId('filter-period').selectOption('');
    await expect.poll(() => s.page.getByTestId('row-count').innerText()).toBe('3 行');
    await s.page.getByTestId('filter-source').selectOption('');
  });

  it('imports a region list and charts can then select regions by level', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', file('地区名单.xlsx', [['地区', '省份', '级别'], ['衢州市', '浙江省', '地级市'], ['舟山市', '浙江省', '地级市']]));
    await expect.poll(() => s.page.getByTestId('region-list').innerText()).toContain('2 个地区');
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已更新 2 个地区的级别/上级');
    await s.page.click('[data-page="charts"]');
    await s.page.click('[data-headline="training"]');
    // The training headline is the family side by side; one bar per region reads by region.
    await s.page.click('[data-kind="ranked-bar"]');
    await s.page.locator('select[aria-label="地区"]').selectOption({ label: '按级别：地级市' });
    expect(await chartTooltip(s.page, '衢州市')).toContain('培训人次');
    expect(await chartTooltip(s.page, '瀍河回族区')).toBe('');
  });

  it('shows a pivot with counts under rates and exports it', async () => {
    await s.page.click('[data-page="data"]');
    await s.page.click('[data-tab="pivot"]');
    const table = await s.page.getByTestId('pivot-table').innerText();
    expect(table).toContain('7/101');
    const [d] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('pivot-export').click()]);
    expect(d.suggestedFilename()).toBe('行政复议纠错率-透视表.xlsx');
    await screenshot(s.page, 'workspace-pivot');
  });
});
