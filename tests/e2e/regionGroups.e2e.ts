import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { fixtureFile, openApp, screenshot, sessionForFile, type Session } from './browser';

const COUNTIES = ['城关区', '七里河区', '西固区', '安宁区'];
const TABLE = [
  ['地区', '上级', '级别', '培训人次', '行政复议纠错件数'],
  ...COUNTIES.map((c, i) => [c, '兰州市', '市辖区', 1000 + i, 3 + i]),
  ['嘉峪关市', '甘肃省', '地级市', 900, 2],
  ['榆中县', '兰州市', '县', 800, 1],
];

async function showGrid(s: Session) {
  await s.page.click('[data-page="data"]');
  await s.page.click('[data-tab="grid"]');
  await s.page.locator('input[type="search"]').first().fill('');
}

const rowCount = (s: Session) => s.page.getByTestId('row-count').innerText();
const gridRegions = async (s: Session) =>
  new Set(await s.page.getByTestId('grid').locator('[role="row"]:not([data-entry-row])').evaluateAll((rows) => rows.slice(1).map((r) => (r.querySelector('[role="gridcell"]') as HTMLElement | null)?.innerText ?? '')));

describe('saved region groups on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('creates 「兰州市下辖县区」 from the by-parent choice, keeps it over a reload, and the 数据 filter shows only its rows', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', fixtureFile('兰州县区2023.xlsx', xlsx([{ name: '2023', rows: TABLE }])));
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存');

    await showGrid(s);
    await s.page.getByTestId('filter-region-groups').click();
    const editor = s.page.getByTestId('group-editor');
    await editor.waitFor();
    // Nothing is pre-ticked; the parent choice counts its children.
    expect(await editor.getByTestId('region-counts').innerText()).toMatch(/^已选 0 个/);
    const parentLabel = await editor.getByTestId('region-parent').locator('option', { hasText: '兰州市下辖' }).innerText();
    expect(parentLabel).toBe('兰州市下辖（5）');
    await editor.getByTestId('region-parent').selectOption('兰州市');
    await editor.getByTestId('region-level').selectOption('市辖区');
    await editor.getByTestId('region-select-shown').click();
    expect(await editor.getByTestId('group-name').inputValue()).toBe('兰州市下辖县区');
    expect(await editor.getByTestId('region-counts').innerText()).toMatch(/^已选 4 个 · 显示 4/);
    // The keyboard: from the search box into the list, Space unticks and ticks again.
    await editor.getByTestId('region-search').focus();
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Space');
    expect(await editor.getByTestId('region-counts').innerText()).toMatch(/^已选 3 个/);
    await s.page.keyboard.press('Space');
    expect(await editor.getByTestId('region-counts').innerText()).toMatch(/^已选 4 个/);
    await screenshot(s.page, 'region-groups-editor-zh');
    await editor.getByTestId('group-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => rowCount(s)).toBe('8 行');
    expect(await gridRegions(s)).toEqual(new Set(COUNTIES));

    await openApp(s.page);
    await showGrid(s);
    await expect.poll(() => rowCount(s)).not.toBe('8 行');
    await s.page.getByTestId('filter-region').selectOption({ label: '兰州市下辖县区（4）' });
    await expect.poll(() => rowCount(s)).toBe('8 行');
    expect(await gridRegions(s)).toEqual(new Set(COUNTIES));
    await s.page.getByTestId('filter-region').selectOption('');
    await expect.poll(() => rowCount(s)).not.toBe('8 行');
  });

  it('edits the group from the 数据 filter and the rows follow; in English too', async () => {
    await showGrid(s);
    await s.page.getByTestId('filter-region').selectOption({ label: '兰州市下辖县区（4）' });
    await s.page.getByTestId('filter-region-groups').click();
    const editor = s.page.getByTestId('group-editor');
    await editor.getByTestId('region-search').fill('榆中');
    await editor.locator('[data-region="榆中县"]').click();
    await editor.getByTestId('group-save').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => rowCount(s)).toBe('10 行');
    expect(await gridRegions(s)).toEqual(new Set([...COUNTIES, '榆中县']));

    await s.page.getByTestId('lang-select').selectOption('en');
    await s.page.getByTestId('filter-region-groups').click();
    await editor.waitFor();
    expect(await editor.getByTestId('region-counts').innerText()).toMatch(/^5 selected/);
    expect(await editor.getByTestId('group-save').innerText()).toBe('Save group');
    await screenshot(s.page, 'region-groups-editor-en');
    await editor.getByTestId('group-cancel').click();
    await s.page.getByTestId('lang-select').selectOption('zh-CN');
    expect(s.consoleErrors).toEqual([]);
  });
});
