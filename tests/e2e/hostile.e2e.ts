import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { fixtureFile, sessionForFile, type Session, answerDialog } from './browser';

// Cell text is data everywhere, the slide show and the print view included: a name that is
// markup shows as its characters and never becomes an element. And a file whose cells
// collide does not break 数据 → 冲突.

const evil = '<img src=x onerror="document.body.dataset.pwned=1">';
const evilFile = '<img src=x onerror=document.body.dataset.pwned=2>.xlsx';
const hostile = fixtureFile(evilFile, xlsx([{ name: '2019年', rows: [['地区', '培训人次', evil], [evil, 101, 2], ['兰州市', 303, 4]] }]));
const colliding = fixtureFile('两次填报.xlsx', xlsx([{ name: '2017年', rows: [['地区', '培训人次'], ['嘉兴市', 100], ['嘉兴市', 200], ['湖州市', 50]] }]));

const pwned = (s: Session) => s.page.evaluate(() => document.body.dataset.pwned);

describe('hostile names in the slide show and print view; colliding cells in 冲突', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it('imports a file whose names (and file name) are markup', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', hostile);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存');
    expect(await pwned(s)).toBeUndefined();
  });

  it('shows them as text in a deck, the slide show and the print view', async () => {
    await s.page.click('[data-page="charts"]');
    await s.page.locator('[data-testid="deck-select"]').selectOption('');
    await s.page.click('[data-headline="training"]');
    await s.page.click('[data-testid="chart-save"]');
    await answerDialog(s.page, evil);
    await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain(evil);
    await s.page.click('[data-testid="add-to-deck"]');
    await answerDialog(s.page, evil);
    await s.page.click('[data-page="present"]');
    const slide = s.page.getByTestId('slides').locator('li').nth(0);
    const title = slide.getByPlaceholder('幻灯片标题（默认用图表标题）');
    await title.fill(`标题 ${evil}`);
    await title.press('Tab');
    const note = slide.getByPlaceholder('一句话说明');
    await note.fill(`说明 ${evil}`);
    await note.press('Tab');
    expect(await s.page.locator('main').innerText()).toContain(evil);

    await s.page.click('[data-testid="present-start"]');
    await s.page.waitForSelector('[data-testid="slideshow"] canvas');
    const show = s.page.getByTestId('slideshow');
    // The title is drawn on the canvas; screen readers get it as the chart's label (an attribute, as text).
    await expect.poll(() => s.page.getByTestId('slide-chart').getAttribute('aria-label')).toContain(`标题 ${evil}`);
    expect(await show.innerText()).toContain(`说明 ${evil}`);
    // Shown by the import's name: the file name less its extension.
    expect(await s.page.getByTestId('slide-source').innerText()).toContain(evilFile.replace(/\.xlsx$/, ''));
    expect(await show.locator('img').count()).toBe(0);
    expect(await pwned(s)).toBeUndefined();
    await s.page.keyboard.press('Escape');

    await s.page.click('[data-testid="deck-print"]');
    const print = s.page.getByTestId('print-view');
    await expect.poll(() => print.locator('section.page img').count()).toBe(1);
    expect(await print.innerText()).toContain(`说明 ${evil}`);
    expect(await print.innerText()).toContain(evilFile.replace(/\.xlsx$/, ''));
    // The one image is the rendered chart (a blob: URL), its alt the title as text.
    expect(await print.locator('img').evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('src')?.slice(0, 5), i.hasAttribute('onerror'), i.getAttribute('alt')]))).toEqual([['blob:', false, `标题 ${evil}`]]);
    expect(await pwned(s)).toBeUndefined();
    await s.page.getByRole('button', { name: '关闭' }).click();
  });

  it('lists the cells of one import that collide in 数据 → 冲突 instead of crashing', async () => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', colliding);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    // The review holds colliding cells back until the user keeps both values.
    await s.page.getByTestId('keep-collisions').check();
    await s.page.click('[data-testid="import-confirm"]');
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存');
    await s.page.click('[data-page="data"]');
    await s.page.click('[data-tab="conflicts"]');
    const table = s.page.getByTestId('conflicts');
    await expect.poll(() => table.innerText()).toContain('嘉兴市');
    expect(await table.innerText()).toMatch(/两次填报\.xlsx · 2017年!B2/);
    expect(await table.innerText()).toMatch(/两次填报\.xlsx · 2017年!B3/);
    // The other tabs still work afterwards.
    await s.page.click('[data-tab="grid"]');
    await expect.poll(() => s.page.getByTestId('grid').isVisible()).toBe(true);
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
