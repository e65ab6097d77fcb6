import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsx } from '../fixtures/fixtures';
import { fixtureFile, sessionForFile, type Session } from './browser';

// The import review on the built page: what is guessed is shown as a guess, what is missing is
// asked for in place, collisions are listed and hold the confirm back.
const SHOTS = resolve('scratch');
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });

const csv = (rows: string[][]) => new Uint8Array(Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8'));

describe('the import review', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    await s.page.click('[data-page="import"]');
  });
  const confirm = () => s.page.getByTestId('import-confirm');
  const review = () => s.page.locator('section.review');

  it('fills a missing indicator from the file name, marks it as a guess, and counts right', async () => {
    const file = fixtureFile('maincity.csv', csv([['地区', '2024年', '2023年'], ['北京市', '1', '2'], ['天津市', '3', '']]));
    await s.page.setInputFiles('[data-testid="file-input"]', file);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    const field = s.page.getByTestId('indicator-input-field');
    expect(await field.innerText()).toContain('指标（取自文件名，请核对）');
    expect(await s.page.getByTestId('indicator-input').inputValue()).toBe('maincity');
    expect(await s.page.getByTestId('indicator-input').getAttribute('list')).toBeTruthy();
    expect(await confirm().innerText()).toBe('导入 1 张表，共 3 个数值');
    await shot(s.page, 'review-guess');
    await confirm().click();
    const report = s.page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('已保存 3 个观测值');
    expect(await report.innerText()).toContain('指标（取自文件名，请核对）：maincity');
    await shot(s.page, 'report-guess');
  });

  it('asks for a period where none is written, focused, and imports once it is typed', async () => {
    const file = fixtureFile('数据.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '行政复议纠错件数'], ['兰州市', 57], ['温州市', 159]] }]));
    await s.page.setInputFiles('[data-testid="file-input"]', file);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    const input = s.page.getByTestId('period-input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute('aria-required')).toBe('true');
    expect(await s.page.getByTestId('period-input-field').innerText()).toContain('这张表没有写明期间，请填写');
    expect(await confirm().innerText()).toBe('没有可导入的数值；1 张表缺少期间，不导入');
    await shot(s.page, 'review-required');
    await s.page.keyboard.type('2023');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => confirm().innerText()).toBe('导入 1 张表，共 2 个数值');
    expect(await s.page.getByTestId('period-input-field').innerText()).toContain('期间（手动填写）');
    expect(await review().innerText()).not.toContain('这张表没有写明期间');
    await shot(s.page, 'review-required-filled');
    await confirm().click();
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain('已保存 2 个观测值');
  });

  it('lists the collisions of a two-row header read as one and holds the confirm back', async () => {
    const file = fixtureFile(
      '2023年行政复议.xlsx',
      xlsx([{ name: '复议', rows: [['地区', '行政复议', null, null], [null, '受理', '受理', '纠错'], ['兰州市', 470, 471, 57], ['天水市', 120, 121, 9]], merges: ['B1:D1', 'A1:A2'] }]),
    );
    await s.page.setInputFiles('[data-testid="file-input"]', file);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    const list = s.page.getByTestId('collisions');
    const text = await list.innerText();
    expect(text).toContain('2 处冲突');
    expect(text).toContain('表头可能有两行，请检查表头行数');
    expect(text).toContain('复议!B3 = 470');
    expect(text).toContain('复议!C3 = 471');
    expect(text).toContain('兰州市 · 行政复议受理件数 · 2023');
    expect(await confirm().isDisabled()).toBe(true);
    expect(await confirm().innerText()).toContain('先核对 2 处冲突');
    await shot(s.page, 'review-collisions');

    // Mapping one column to another catalog indicator settles it.
    const pick = s.page.getByTestId('col-indicator-2');
    await pick.fill('行政复议办理件数');
    await pick.press('Enter');
    await expect.poll(() => s.page.getByTestId('collisions').count()).toBe(0);
    await expect.poll(() => confirm().innerText()).toBe('导入 1 张表，共 6 个数值');
    expect(await confirm().isDisabled()).toBe(false);
    await shot(s.page, 'review-collisions-mapped');

    // Back to its header: held again, until both values are accepted.
    await pick.fill('');
    await pick.press('Enter');
    await expect.poll(() => s.page.getByTestId('collisions').count()).toBe(1);
    expect(await confirm().isDisabled()).toBe(true);
    await s.page.getByTestId('keep-collisions').check();
    await expect.poll(() => confirm().isDisabled()).toBe(false);
    expect(await confirm().innerText()).toBe('导入 1 张表，共 6 个数值');
    await confirm().click();
    const report = s.page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('已保存 6 个观测值');
    expect(await report.innerText()).toContain('2 处冲突的两个值都已保存');
    expect(await report.innerText()).toContain('期间（取自文件名，请核对）：2023');
    await shot(s.page, 'report-collisions');
  });

  it('shows a region guess with its collision, and rejecting the guess settles both', async () => {
    const file = fixtureFile('2022年城关.xlsx', xlsx([{ name: 'Sheet1', rows: [['地区', '培训人次'], ['城关区', 900], ['城关', 800]] }]));
    await s.page.setInputFiles('[data-testid="file-input"]', file);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.getByTestId('region-guesses').innerText()).toContain('城关 → 城关区？');
    expect(await s.page.getByTestId('collisions').innerText()).toContain('同一地区出现在两行');
    expect(await confirm().isDisabled()).toBe(true);
    await shot(s.page, 'review-region-guess');
    // English is complete: the same review, no key shown as such.
    await s.page.getByTestId('lang-select').selectOption('en');
    const en = await review().innerText();
    expect(en).toContain('Not the same region');
    expect(en).toContain('The same region appears on two rows');
    expect(en).toContain('Period (taken from the file name, please check)');
    expect(en).not.toMatch(/\b(import|report)\.[a-z]/);
    await shot(s.page, 'review-region-guess-en');
    await s.page.getByTestId('lang-select').selectOption('zh-CN');
    await s.page.getByRole('button', { name: '城关 与 城关区 不是同一地区' }).click();
    await expect.poll(() => s.page.getByTestId('region-guesses').count()).toBe(0);
    expect(await s.page.getByTestId('collisions').count()).toBe(0);
    expect(await confirm().innerText()).toBe('导入 1 张表，共 2 个数值');
    await s.page.getByRole('button', { name: '取消导入' }).click();
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });

  it('says how it read 2016.1, and lands one sheet while saying which stays out and why', async () => {
    const file = fixtureFile(
      '培训人次.xlsx',
      xlsx([
        { name: '月度', rows: [['地区', '2016.09', '2016.1', '2016.11'], ['兰州市', 900, 1000, 1100]] },
        { name: '纠错', rows: [['地区', '行政应诉案件数'], ['兰州市', 57]] },
      ]),
    );
    await s.page.setInputFiles('[data-testid="file-input"]', file);
    await s.page.waitForSelector('[data-testid="import-confirm"]');
    expect(await s.page.getByTestId('period-notes').innerText()).toContain('「2016.1」按前后列读作 2016年10月');
    expect(await s.page.getByTestId('indicator-input-field').innerText()).toContain('指标（取自文件名，请核对）');
    expect(await confirm().innerText()).toBe('导入 1 张表，共 3 个数值；1 张表缺少期间，不导入');
    expect(await review().locator('[role="tablist"].sheets').innerText()).toContain('纠错 · 缺少期间');
    await shot(s.page, 'review-period-notes');
    await confirm().click();
    const report = s.page.getByTestId('import-report');
    await expect.poll(() => report.innerText()).toContain('已保存 3 个观测值');
    expect(await report.innerText()).toContain('工作表「纠错」缺少期间，未导入');
    expect(await report.innerText()).toContain('工作表「月度」指标（取自文件名，请核对）：培训人次');
    await shot(s.page, 'report-period-notes');
  });
});
