import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot, sessionForFile, type Session, answerDialog } from './browser';

async function saveAndAdd(s: Session, headline: string, kind: string, name: string, firstDeck: boolean) {
  await s.page.click(`[data-headline="${headline}"]`);
  await s.page.click(`[data-kind="${kind}"]`);
  await s.page.click('[data-testid="chart-save"]');
  await answerDialog(s.page, name);
  await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain(name);
  await s.page.click('[data-testid="add-to-deck"]');
  if (firstDeck) await answerDialog(s.page, '年度汇报');
  await expect.poll(() => s.page.locator('[role="status"]').allInnerTexts()).toContain('已加入演示“年度汇报”。');
}

const counter = (s: Session) => s.page.getByTestId('slide-counter').innerText();

describe('presenting a deck on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('builds a deck of three charts, reorders it by keyboard, and keeps titles and notes', async () => {
    await s.page.click('[data-page="charts"]');
    await s.page.locator('[data-testid="deck-select"]').selectOption('');
    await saveAndAdd(s, 'correction-rate', 'ranked-bar', '纠错率排序', true);
    await saveAndAdd(s, 'training', 'grouped-bar', '培训人次对比', false);
    await saveAndAdd(s, 'lists', 'grouped-bar', '清单事项', false);
    await s.page.click('[data-page="present"]');
    const slides = s.page.getByTestId('slides');
    expect((await slides.locator('li').allInnerTexts()).length).toBe(3);
    const title = slides.locator('li').nth(0).getByPlaceholder('幻灯片标题（默认用图表标题）');
    await title.fill('行政复议纠错率:各地比较');
    await title.press('Tab');
    const note = slides.locator('li').nth(2).getByPlaceholder('一句话说明');
    await note.fill('清单数量差异大，口径不同');
    // Moved before the note is stored: the note goes with its slide, and so does the focus.
    await note.press('Alt+ArrowUp');
    await expect.poll(() => slides.locator('.chart-name').allInnerTexts()).toEqual(['纠错率排序', '清单事项', '培训人次对比']);
    const focused = () => s.page.evaluate(() => `${[...document.querySelectorAll('[data-testid="slides"] li')].findIndex((li) => li.contains(document.activeElement))}|${(document.activeElement as HTMLElement).dataset.field}`);
    await expect.poll(focused).toBe('1|note');
    await s.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(focused).toBe('2|note');
    await s.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focused).toBe('1|note');
    // In a field, Delete edits the text; on the thumbnail it removes the slide.
    const firstTitle = slides.locator('li').nth(0).getByPlaceholder('幻灯片标题（默认用图表标题）');
    await firstTitle.press('End');
    await firstTitle.press('Delete');
    expect(await slides.locator('li').count()).toBe(3);
    const stored = async () => {
      const li = s.page.getByTestId('slides').locator('li');
      const values = (placeholder: string) => li.getByPlaceholder(placeholder).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      return [await li.locator('.chart-name').allInnerTexts(), await values('幻灯片标题（默认用图表标题）'), await values('一句话说明')];
    };
    const expected = [['纠错率排序', '清单事项', '培训人次对比'], ['行政复议纠错率:各地比较', '', ''], ['', '清单数量差异大，口径不同', '']];
    // What the screen shows is what is stored: the same after a reload.
    expect(await stored()).toEqual(expected);
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="ready"]');
    await s.page.click('[data-page="present"]');
    await expect.poll(stored).toEqual(expected);
  });

  it('reorders slides by dragging', async () => {
    const items = s.page.getByTestId('slides').locator('li');
    // The number and thumbnail are the drag handle.
    await items.nth(2).locator('.handle').dragTo(items.nth(0));
    await expect.poll(() => s.page.getByTestId('slides').locator('.chart-name').allInnerTexts()).toEqual(['培训人次对比', '纠错率排序', '清单事项']);
    await s.page.getByTestId('slides').locator('li').nth(0).locator('.handle').dragTo(s.page.getByTestId('slides').locator('li').nth(2));
    await expect.poll(() => s.page.getByTestId('slides').locator('.chart-name').allInnerTexts()).toEqual(['纠错率排序', '清单事项', '培训人次对比']);
  });

  it('runs the slide show with the keyboard and leaves with Esc', async () => {
    await s.page.click('[data-testid="present-start"]');
    await s.page.waitForSelector('[data-testid="slideshow"] canvas');
    expect(await counter(s)).toBe('1 / 3');
    expect(await s.page.locator('nav').count()).toBe(0);
    expect(await s.page.getByTestId('slide-source').innerText()).toContain('法治政府建设');
    // A short note stays on one line beside the long source line, which wraps (not the note, two characters a line).
    const note = s.page.locator('[data-testid="slideshow"] footer .note');
    expect(await note.innerText()).toContain('虚线框');
    const ems = await note.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize));
    expect(ems).toBeLessThan(2);
    await screenshot(s.page, 'present-light-1');
    await s.page.keyboard.press('ArrowRight');
    expect(await counter(s)).toBe('2 / 3');
    await s.page.keyboard.press('PageDown');
    expect(await counter(s)).toBe('3 / 3');
    await s.page.keyboard.press('Space');
    expect(await counter(s)).toBe('3 / 3');
    await s.page.keyboard.press('PageUp');
    expect(await counter(s)).toBe('2 / 3');
    await s.page.keyboard.press('Home');
    expect(await counter(s)).toBe('1 / 3');
    await s.page.keyboard.press('End');
    expect(await counter(s)).toBe('3 / 3');
    await s.page.keyboard.press('b');
    expect(await s.page.getByTestId('black-screen').isVisible()).toBe(true);
    await s.page.keyboard.press('b');
    expect(await s.page.getByTestId('black-screen').count()).toBe(0);
    await s.page.keyboard.press('Escape');
    expect(await s.page.getByTestId('slideshow').count()).toBe(0);
    expect(await s.page.locator('nav').isVisible()).toBe(true);
  });

  it('shows the dark projector theme', async () => {
    await s.page.locator('[data-testid="present-theme"]').selectOption('projector-dark');
    await s.page.click('[data-testid="present-start"]');
    await s.page.waitForSelector('[data-testid="slideshow"] canvas');
    await s.page.waitForTimeout(200);
    await screenshot(s.page, 'present-dark-1');
    const bg = await s.page.getByTestId('slideshow').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-testid="present-theme"]').selectOption('projector-light');
  });

  it('exports the deck as PNG and SVG zips named by slide order and title, and a print view', async () => {
    const [png] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.click('[data-testid="deck-png"]')]);
    const files = unzipSync(new Uint8Array(readFileSync(await png.path())));
    expect(Object.keys(files)).toEqual(['01-行政复议纠错率_各地比较.png', '02-清单事项.png', '03-培训人次对比.png']);
    const first = files['01-行政复议纠错率_各地比较.png'];
    expect(Buffer.from(first.subarray(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(first).readUInt32BE(16)).toBe(3200);

    const [svg] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), s.page.click('[data-testid="deck-svg"]')]);
    const svgs = unzipSync(new Uint8Array(readFileSync(await svg.path())));
    expect(Object.keys(svgs)).toEqual(['01-行政复议纠错率_各地比较.svg', '02-清单事项.svg', '03-培训人次对比.svg']);
    expect(new TextDecoder().decode(svgs['02-清单事项.svg']).startsWith('<svg')).toBe(true);

    await s.page.click('[data-testid="deck-print"]');
    await expect.poll(() => s.page.getByTestId('print-view').locator('section.page img').count()).toBe(3);
    await screenshot(s.page, 'present-print');
    await s.page.getByRole('button', { name: '关闭' }).click();
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('asks before deleting a chart a deck uses, and takes it out of the deck', async () => {
    await s.page.click('[data-page="charts"]');
    await s.page.getByTestId('saved-charts').locator('li', { hasText: '清单事项' }).getByRole('button', { name: '删除' }).click();
    expect(await answerDialog(s.page)).toContain('用在演示文稿 年度汇报 中');
    await s.page.click('[data-page="present"]');
    await expect.poll(() => s.page.getByTestId('slides').locator('.chart-name').allInnerTexts()).toEqual(['纠错率排序', '培训人次对比']);
    // Delete on a focused thumbnail removes that slide; the focus stays in the list.
    await s.page.getByTestId('slides').locator('li').nth(1).locator('.handle').focus();
    await s.page.keyboard.press('Shift');
    await screenshot(s.page, 'present-slides-focused');
    await s.page.keyboard.press('Delete');
    await expect.poll(() => s.page.getByTestId('slides').locator('.chart-name').allInnerTexts()).toEqual(['纠错率排序']);
    expect(await s.page.evaluate(() => (document.activeElement as HTMLElement).dataset.field)).toBe('handle');
  });
});
