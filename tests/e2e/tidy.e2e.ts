import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { fixtureFile, openApp, sessionForFile, type Session } from './browser';

const file = (name: string, rows: unknown[][]) => fixtureFile(name, xlsx([{ name: '2019', rows }]));
const HEADER = ['地区', '行政复议受理件数', '行政复议审结件数', '行政复议纠错件数'];

async function importFile(s: Session, path: string) {
  await s.page.click('[data-page="import"]');
  await s.page.setInputFiles('[data-testid="file-input"]', path);
  await s.page.click('[data-testid="import-confirm"]');
  // Not expect.poll: this runs in beforeAll too.
  await s.page.getByTestId('import-report').filter({ hasText: '已保存' }).waitFor();
}

async function openDuplicates(s: Session) {
  await s.page.click('[data-page="catalog"]');
  await s.page.getByTestId('duplicates-tab').click();
  await s.page.getByTestId('duplicates').waitFor();
}

/** The suggestion naming both regions, in either direction. */
const suggestion = (s: Session, a: string, b: string) =>
  s.page.getByTestId('duplicate').filter({ hasText: a }).filter({ hasText: b });

async function gridRegions(s: Session, search: string): Promise<string[]> {
  await s.page.click('[data-page="data"]');
  await s.page.click('[data-tab="grid"]');
  await s.page.locator('input[type="search"]').fill(search);
  const text = await s.page.getByTestId('grid').innerText();
  return [...new Set(text.match(/[\u4e00-\u9fff]*(州|自治州)(?=\s)/g) ?? [])].sort();
}

describe('指标 → 可能重复 on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    // Two files name one prefecture two ways; the importer cannot tell 临夏州 is 临夏回族自治州.
    await importFile(s, file('临夏甲.xlsx', [HEADER, ['临夏州', 50, 40, 5], ['甘南州', 30, 30, 2]]));
    await importFile(s, file('临夏乙.xlsx', [HEADER, ['临夏回族自治州', 50, 40, 5], ['甘南藏族自治州', 31, 29, 2]]));
  });

  it('suggests the pair with its evidence and merges it in one click into the official name', async () => {
    expect(await gridRegions(s, '临夏')).toEqual(['临夏回族自治州', '临夏州']);
    await openDuplicates(s);
    const pair = suggestion(s, '临夏州', '临夏回族自治州');
    await expect.poll(() => pair.count()).toBe(1);
    const text = await pair.innerText();
    expect(text).toContain('自治地方简称');
    expect(text).toContain('3 个相同数值');
    expect(await pair.getByTestId('duplicate-into').innerText()).toContain('临夏回族自治州');
    const other = await suggestion(s, '甘南州', '甘南藏族自治州').innerText();
    expect(other).toContain('1 个相同数值');
    expect(other).toContain('2 个不同数值');
    await s.page.screenshot({ path: 'scratch/tidy-duplicates-zh.png' });

    await pair.getByTestId('duplicate-merge').click();
    await expect.poll(() => suggestion(s, '临夏州', '临夏回族自治州').count()).toBe(0);
    expect(await s.page.getByTestId('duplicates').getByRole('status').innerText()).toContain('已把「临夏州」合并到「临夏回族自治州」');
    expect(await gridRegions(s, '临夏')).toEqual(['临夏回族自治州']);
  });

  it('the direction can be turned round before merging', async () => {
    await openDuplicates(s);
    const pair = suggestion(s, '甘南州', '甘南藏族自治州');
    expect(await pair.getByTestId('duplicate-into').innerText()).toContain('甘南藏族自治州');
    await pair.getByTestId('duplicate-swap').click();
    expect(await pair.getByTestId('duplicate-into').innerText()).toContain('甘南州');
    await pair.getByTestId('duplicate-swap').click();
    expect(await pair.getByTestId('duplicate-into').innerText()).toContain('甘南藏族自治州');
  });

  it('a dismissed pair stays dismissed after a reload', async () => {
    await openDuplicates(s);
    await suggestion(s, '甘南州', '甘南藏族自治州').getByTestId('duplicate-dismiss').click();
    await expect.poll(() => suggestion(s, '甘南州', '甘南藏族自治州').count()).toBe(0);
    await openApp(s.page);
    await openDuplicates(s);
    // The list has settled (the dismissed keys are read at mount) before the pair is looked for.
    await s.page.waitForTimeout(300);
    expect(await suggestion(s, '甘南州', '甘南藏族自治州').count()).toBe(0);
    expect(await gridRegions(s, '甘南')).toEqual(['甘南州', '甘南藏族自治州']);
  });

  it('looks right at 1024×768 and 1920×1080, in Chinese and English', async () => {
    // A fresh pair to show: 张家川 / 张家川回族自治县.
    await importFile(s, file('张家川.xlsx', [HEADER, ['张家川', 20, 20, 1]]));
    await importFile(s, file('张家川回族自治县.xlsx', [HEADER, ['张家川回族自治县', 20, 20, 1]]));
    for (const [w, h] of [[1024, 768], [1920, 1080]] as const) {
      await s.page.setViewportSize({ width: w, height: h });
      await openDuplicates(s);
      await expect.poll(() => suggestion(s, '张家川', '张家川回族自治县').count()).toBe(1);
      await s.page.screenshot({ path: `scratch/tidy-duplicates-${w}-zh.png` });
      await s.page.getByTestId('regions-tab').click();
      await s.page.getByTestId('catalog-list').getByRole('button', { name: /^张家川回族自治县/ }).click();
      await s.page.screenshot({ path: `scratch/tidy-region-${w}-zh.png` });
      // 「合并」 on one line: its height is that of one line of text.
      const merge = s.page.getByTestId('region-merge-button');
      const box = (await merge.boundingBox())!;
      expect(box.height).toBeLessThan(40);
      expect(await merge.evaluate((b) => getComputedStyle(b).whiteSpace)).toBe('nowrap');
    }
    await s.page.getByTestId('lang-select').selectOption('en');
    await openDuplicates(s);
    expect(await suggestion(s, '张家川', '张家川回族自治县').innerText()).toContain('Short name of an autonomous area');
    await s.page.screenshot({ path: 'scratch/tidy-duplicates-1920-en.png' });
    await s.page.setViewportSize({ width: 1024, height: 768 });
    await s.page.screenshot({ path: 'scratch/tidy-duplicates-1024-en.png' });
    await s.page.getByTestId('regions-tab').click();
    await s.page.getByTestId('catalog-list').getByRole('button', { name: /^张家川回族自治县/ }).click();
    await s.page.screenshot({ path: 'scratch/tidy-region-1024-en.png' });
    await s.page.getByRole('tab', { name: 'Indicators' }).click();
    await s.page.locator('input[type="search"]').fill('Administrative reconsideration');
    await s.page.screenshot({ path: 'scratch/tidy-indicators-1024-en.png' });
    await s.page.getByTestId('lang-select').selectOption('zh-CN');
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('指标 with a catalog of thousands of entries', () => {
  const session = sessionForFile();

  it('lists the first 300 regions, says how many there are, and the search finds the rest', async () => {
    const s = session.get();
    const A = '东西南北中前后上下左右新老大小青白红黄金'.split('');
    const towns = A.flatMap((a) => A.map((b) => `${a}${b}镇`)).slice(0, 350);
    await importFile(s, file('乡镇.xlsx', [['地区', '常住人口'], ...towns.map((t, k) => [t, 1000 + k])]));
    await s.page.click('[data-page="catalog"]');
    await s.page.getByTestId('regions-tab').click();
    const list = s.page.getByTestId('catalog-list').getByRole('button');
    await expect.poll(() => list.count()).toBe(300);
    // 350 towns and the sample data's places.
    expect(await s.page.getByTestId('catalog-capped').innerText()).toMatch(/^只列出前 300 项，共 35\d 项；输入名称或别名搜索其余的。$/);
    await s.page.screenshot({ path: 'scratch/catalog-capped-zh.png' });
    const last = [...towns].sort(new Intl.Collator('zh-CN').compare).at(-1)!;
    await s.page.locator('input[type="search"]').fill(last);
    await expect.poll(() => list.count()).toBe(1);
    expect(await list.first().innerText()).toContain(last);
    expect(await s.page.getByTestId('catalog-capped').count()).toBe(0);
    // Merged into another by typing its name (the suggestions hold the names containing it).
    await list.first().click();
    const into = towns[0];
    await s.page.getByTestId('region-merge-target').fill(into.slice(0, 2));
    expect(await s.page.getByTestId('region-merge-button').isDisabled()).toBe(true);
    expect(await s.page.locator('#region-merge-names option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain(into);
    await s.page.getByTestId('region-merge-target').fill(into);
    await s.page.getByTestId('region-merge-button').click();
    await s.page.getByTestId('dialog-ok').click();
    // The search still names it: it is listed merged, and its name is now an alias of the other.
    await expect.poll(() => list.filter({ hasText: `→ ${into}` }).filter({ hasText: last }).count()).toBe(1);
    expect(await list.filter({ hasText: into }).count()).toBe(2);
    expect(s.consoleErrors).toEqual([]);
  });

  it('数据 lists hundreds of places in a filter of fixed width (one of auto width is measured from every name at each layout)', async () => {
    const s = session.get();
    await s.page.click('[data-page="data"]');
    const select = s.page.getByTestId('filter-region');
    await expect.poll(() => select.evaluate((el) => el.classList.contains('of-many'))).toBe(true);
    const [width, font] = await select.evaluate((el) => [getComputedStyle(el).width, getComputedStyle(el).fontSize]);
    expect(parseFloat(width)).toBeCloseTo(12 * parseFloat(font), 0);
  });
});
