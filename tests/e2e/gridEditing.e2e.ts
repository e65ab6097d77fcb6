import { beforeAll, describe, expect, it } from 'vitest';
import { answerDialog, chartTooltip, openApp, screenshot, sessionForFile, typeWithIme, type Session } from './browser';

async function showRows(s: Session, search: string, indicator = ''): Promise<void> {
  await s.page.click('[data-page="data"]');
  await s.page.click('[data-tab="grid"]');
  await s.page.locator('input[type="search"]').fill(search);
  await s.page.locator('select[aria-label="指标"]').selectOption(indicator);
  await s.page.getByTestId('filter-period').selectOption('');
  await s.page.getByTestId('filter-region').selectOption('');
}

const grid = (s: Session) => s.page.getByTestId('grid');
/** Column 3 (数值) of the first row holding `text`. */
const valueCell = (s: Session, text: string) => grid(s).locator('[role="row"]', { hasText: text }).first().locator('[role="gridcell"]').nth(3);

async function correctionTip(s: Session, text: string): Promise<string> {
  await s.page.click('[data-page="charts"]');
  await s.page.click('[data-headline="correction-rate"]');
  return chartTooltip(s.page, text);
}

describe('the grid behaves like a spreadsheet on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('typing over a value replaces it, Enter saves and moves down, the chart follows, Ctrl+Z restores it', async () => {
    await showRows(s, '兰州', '行政复议纠错件数');
    expect(await s.page.getByTestId('grid-hint').innerText()).toContain('双击、F2 或直接输入即可修改');
    const cell = valueCell(s, '2023');
    await cell.click();
    const rowBefore = await grid(s).locator('[role="row"]', { hasText: '2023' }).first().getAttribute('aria-rowindex');
    await s.page.keyboard.press('1');
    // Typing opened the editor with that key, and the keyboard is in it.
    const editor = s.page.getByTestId('cell-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.page.keyboard.type('0');
    expect(await editor.inputValue()).toBe('10');
    await screenshot(s.page, 'grid-editing');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => valueCell(s, '2023').innerText()).toBe('10');
    // The edited row stayed where it was; the keyboard is back on the grid.
    expect(await grid(s).locator('[role="row"]', { hasText: '2023' }).first().getAttribute('aria-rowindex')).toBe(rowBefore);
    expect(await grid(s).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await correctionTip(s, '兰州市 · 2023')).toContain('行政复议纠错件数 10 / 行政复议审结件数');

    await s.page.click('[data-page="data"]');
    await grid(s).focus();
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => valueCell(s, '2023').innerText()).toBe('57');
    expect(await correctionTip(s, '兰州市 · 2023')).toContain('16.6%');
    await s.page.click('[data-page="data"]');
    await grid(s).focus();
    await s.page.keyboard.press('Control+y');
    await expect.poll(() => valueCell(s, '2023').innerText()).toBe('10');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => valueCell(s, '2023').innerText()).toBe('57');
  });

  it('F2 edits in place with the caret in the editor; an unreadable value is refused beside the cell; Esc cancels', async () => {
    await showRows(s, '兰州', '行政复议纠错件数');
    await valueCell(s, '2014').click();
    await s.page.keyboard.press('F2');
    const editor = s.page.getByTestId('cell-editor');
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await s.page.keyboard.press('Control+a');
    await s.page.keyboard.type('很多');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.getByTestId('cell-refusal').innerText()).toContain('不是可读的数值');
    await screenshot(s.page, 'grid-refused');
    await s.page.keyboard.press('Escape');
    expect(await editor.count()).toBe(0);
    expect(await valueCell(s, '2014').innerText()).toBe('7');
    expect(await grid(s).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('Delete clears a value (a removal) and Ctrl+Z brings it back', async () => {
    await showRows(s, '兰州', '行政复议纠错件数');
    await valueCell(s, '2014').click();
    await s.page.keyboard.press('Delete');
    await expect.poll(() => valueCell(s, '2014').innerText()).toBe('');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => valueCell(s, '2014').innerText()).toBe('7');
  });

  it('pastes a 2×2 TSV block over values and units as one undoable change', async () => {
    await showRows(s, '', '培训人次');
    const before = await grid(s).locator('[role="row"][aria-rowindex="1"], [role="row"][aria-rowindex="2"]').allInnerTexts();
    await grid(s).locator('[role="row"][aria-rowindex="1"] [role="gridcell"]').nth(3).click();
    await grid(s).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '1111\t人次\r\n2222余\t人\r\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const cells = (r: number) => grid(s).locator(`[role="row"][aria-rowindex="${r}"] [role="gridcell"]`);
    await expect.poll(() => cells(1).nth(3).innerText()).toBe('1,111');
    await expect.poll(() => cells(2).nth(3).innerText()).toBe('2,222余');
    expect(await cells(2).nth(4).innerText()).toBe('人');
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => grid(s).locator('[role="row"][aria-rowindex="1"], [role="row"][aria-rowindex="2"]').allInnerTexts()).toEqual(before);
  });

  it('a whole table pasted on the grid is offered to the importer and opens its review', async () => {
    await showRows(s, '兰州', '行政复议纠错件数');
    await valueCell(s, '2023').click();
    const dataRows = () => grid(s).locator('[role="row"][aria-rowindex]:not([data-entry-row])').allInnerTexts();
    const before = await dataRows();
    await grid(s).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '地区\t2021\t2022\r\n甲县\t5\t6\r\n乙县\t7\t8\r\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await answerDialog(s.page)).toContain('3 行');
    await expect.poll(() => s.page.locator('[data-page="import"]').getAttribute('aria-current')).toBe('page');
    await s.page.waitForSelector('[data-testid="layout"]');
    expect(await s.page.locator('.review .file strong').first().innerText()).toMatch(/^粘贴的表格 \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.txt$/);
    // Nothing was stored over the selected values; leaving the review stores nothing either.
    await s.page.locator('section.review').getByRole('button', { name: '取消导入', exact: true }).click();
    await showRows(s, '兰州', '行政复议纠错件数');
    expect(await dataRows()).toEqual(before);
  });

  it('types three new values in the entry rows, keeps them over a reload, and undoes the entry import', async () => {
    await showRows(s, '', '');
    const type = async (row: number, values: [string, string, string, string]) => {
      await s.page.locator(`[data-testid="entry-region"][data-row="${row}"]`).fill(values[0]);
      await s.page.locator(`[data-testid="entry-indicator"][data-row="${row}"]`).fill(values[1]);
      await s.page.locator(`[data-testid="entry-period"][data-row="${row}"]`).fill(values[2]);
      const value = s.page.locator(`[data-testid="entry-value"][data-row="${row}"]`);
      await value.fill(values[3]);
      await value.press('Enter');
    };
    await type(0, ['兰州', '培训人次', '2023', '1500']);
    // Enter on the value went to a new row's region field.
    await expect.poll(() => s.page.locator('[data-testid="entry-region"][data-row="1"]').evaluate((el) => el === document.activeElement)).toBe(true);
    await type(1, ['兰州市', '行政复议纠错件数', '2023', '约12']);
    await type(2, ['兰州市', '手工测试指标', '2023年', '2600余']);
    expect(await s.page.getByTestId('entry-status').nth(0).innerText()).toContain('→ 兰州市 · 培训人次 · 2023 · 1,500');
    expect(await s.page.getByTestId('entry-status').nth(2).innerText()).toContain('新指标');
    await screenshot(s.page, 'grid-entry');
    await s.page.getByTestId('entry-save').click();
    expect(await answerDialog(s.page)).toContain('手工测试指标');
    await expect.poll(() => s.page.getByTestId('entry-note').innerText()).toContain('已保存 3 个数值');

    await openApp(s.page);
    await showRows(s, '兰州', '');
    await s.page.getByTestId('filter-period').selectOption({ label: '2023' });
    await expect.poll(() => grid(s).innerText()).toContain('2,600余');
    const text = await grid(s).innerText();
    expect(text).toContain('1,500');
    expect(text).toContain('约12');
    expect(text).toContain('手工录入');

    await s.page.click('[data-page="import"]');
    const row = s.page.getByTestId('import-history').locator('tr', { hasText: '手工录入 ' });
    await row.getByRole('button', { name: '撤销' }).click();
    await answerDialog(s.page);
    await expect.poll(() => s.page.getByTestId('import-history').innerText()).not.toContain('手工录入 ');
    await showRows(s, '兰州', '');
    expect(await grid(s).innerText()).not.toContain('2,600余');
    expect(await grid(s).innerText()).not.toContain('手工录入');
  });

  it('types new values into the grid\'s last row (Enter walks the fields), pastes two more there, and saves them as one import', async () => {
    await showRows(s, '温州', '培训人次');
    const dataRows = await grid(s).locator('[role="row"][aria-rowindex]:not([data-entry-row])').count();
    await grid(s).locator('[role="row"][aria-rowindex="1"] [role="gridcell"]').first().click();
    // Ctrl+End reaches the new row (marked ＊), Home its first field.
    await s.page.keyboard.press('Control+End');
    await s.page.keyboard.press('Home');
    const newRow = (k: number) => grid(s).locator(`[role="row"][data-entry-row="${k}"]`);
    expect(await newRow(0).locator('.rn').innerText()).toBe('＊');
    expect(await newRow(0).innerText()).toContain('新行：地区');
    // Names through an input method (typing on the cell opens its editor), numbers from the keys.
    for (const text of ['温州', '培训人次', '2021', '321']) {
      if (/^\d+$/.test(text)) await s.page.keyboard.type(text);
      else await typeWithIme(s.page, text);
      await expect.poll(() => s.page.getByTestId('cell-editor').inputValue()).toBe(text);
      await s.page.keyboard.press('Enter');
    }
    await expect.poll(() => newRow(0).locator('[role="gridcell"]').nth(6).innerText()).toBe('→ 温州市 · 培训人次 · 2021 · 321人次');
    // The same rows are in the form below; the cursor is on the next new row's region.
    expect(await s.page.locator('[data-testid="entry-region"][data-row="0"]').inputValue()).toBe('温州');
    expect(await grid(s).locator('.c.active').evaluate((el) => el.closest('[role="row"]')?.getAttribute('data-entry-row'))).toBe('1');
    await grid(s).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '温州市\t培训人次\t2020\t654\r\n温州市\t培训人次\t2019\t\r\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => newRow(2).locator('[role="gridcell"]').nth(6).innerText()).toBe('缺少数值');
    expect(await newRow(1).locator('[role="gridcell"]').nth(6).innerText()).toBe('→ 温州市 · 培训人次 · 2020 · 654人次');
    await newRow(2).locator('[role="gridcell"]').nth(3).click();
    await s.page.keyboard.type('987');
    await s.page.keyboard.press('Enter');
    await screenshot(s.page, 'grid-new-rows');
    await expect.poll(() => s.page.getByTestId('entry-save').innerText()).toContain('3 行');
    await s.page.getByTestId('entry-save').click();
    await expect.poll(() => s.page.getByTestId('entry-note').innerText()).toContain('已保存 3 个数值');
    // Stored: three more data rows, one blank new row left.
    await expect.poll(() => grid(s).locator('[role="row"][aria-rowindex]:not([data-entry-row])').count()).toBe(dataRows + 3);
    expect(await grid(s).locator('[role="row"][data-entry-row]').count()).toBe(1);
    expect(await grid(s).innerText()).toContain('987');
    await s.page.click('[data-page="import"]');
    const row = s.page.getByTestId('import-history').locator('tr', { hasText: '手工录入 ' });
    await row.getByRole('button', { name: '撤销' }).click();
    await answerDialog(s.page);
    await showRows(s, '温州', '培训人次');
    await expect.poll(() => grid(s).locator('[role="row"][aria-rowindex]:not([data-entry-row])').count()).toBe(dataRows);
  });

  it('in English the hand-made sources are translated', async () => {
    await s.page.getByTestId('lang-select').selectOption('en');
    await s.page.click('[data-page="data"]');
    await s.page.click('[data-tab="grid"]');
    await s.page.locator('input[type="search"]').fill('兰州');
    await s.page.getByTestId('filter-region').selectOption('兰州市');
    await valueCell(s, '2014').click();
    await s.page.keyboard.type('8');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => grid(s).innerText()).toContain('Edited by hand');
    expect(await s.page.getByTestId('grid-hint').innerText()).toContain('just type');
    await s.page.locator('[data-testid="entry-region"][data-row="0"]').fill('兰州');
    await s.page.locator('[data-testid="entry-value"][data-row="0"]').fill('很多');
    await screenshot(s.page, 'grid-english');
    expect(await s.page.getByTestId('entry-status').first().innerText()).toContain('Indicator missing');
    await grid(s).focus();
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => grid(s).innerText()).not.toContain('Edited by hand');
    await s.page.getByTestId('lang-select').selectOption('zh-CN');
    expect(s.consoleErrors).toEqual([]);
  });
});
