import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chartTooltip, screenshot, sessionForFile, type Session, answerDialog } from './browser';

describe('charts on the built file:// page with the sample data', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    await s.page.click('[data-page="charts"]');
  });

  it('shows the 纠错率 headline with the reports’ figures', async () => {
    await s.page.click('[data-headline="correction-rate"]');
    await s.page.waitForSelector('[data-testid="chart"] canvas');
    await screenshot(s.page, 'chart-correction-rate');
    // One bar per region, its latest period: 兰州市's 2014 figure is there when 2014 is the period ranked.
    const period = s.page.locator('select[aria-label="排序的期间"]');
    await period.selectOption({ label: '2014' });
    const tip = await chartTooltip(s.page, '兰州市 · 2014');
    expect(tip).toContain('6.9%');
    expect(tip).toContain('行政复议纠错件数 7 / 行政复议审结件数 101');
    // The sample cites the report and the place in it that states the figure.
    expect(tip).toMatch(/分子来源：兰州市2014年依法行政工作情况汇报 · 第\d+段第\d+字/);
    expect(tip).toContain('原文：撤销、变更或确认违法7件');
    await period.selectOption('');
    const small = await chartTooltip(s.page, '瀍河回族区 · 2018');
    expect(small).toContain('分母仅 2');
    const wenzhou = await chartTooltip(s.page, '温州市 · 2018');
    expect(wenzhou).toContain('报告所载比率 17.3%，与计数相符');
  });

  it.each(['ranked-bar', 'grouped-bar', 'line', 'small-multiples', 'heat-table', 'scatter', 'change', 'rank'])('renders the %s kind', async (kind) => {
    await s.page.click('[data-headline="training"]');
    await s.page.click(`[data-kind="${kind}"]`);
    await s.page.waitForTimeout(150);
    const nonBlank = await s.page.evaluate(() => {
      const c = document.querySelector('[data-testid="chart"] canvas') as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 16) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
      return ink;
    });
    expect(nonBlank).toBeGreaterThan(500);
    await screenshot(s.page, `chart-kind-${kind}`);
  });

  it('shows the 清单 indicators side by side', async () => {
    await s.page.click('[data-headline="lists"]');
    await s.page.waitForTimeout(150);
    await screenshot(s.page, 'chart-lists');
    // Each region's latest period, one group per region: 瀍河回族区 2018 stated its 权责清单, 兰州市 2023 its 两轻一免.
    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-svg"]')]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    for (const text of ['权责清单事项数', '两轻一免清单事项数', '1,290项', '约2,600项', '瀍河回族区']) expect(svgText).toContain(text);
  });

  it('exports PNG at 2×, SVG, and the chart data as xlsx', async () => {
    await s.page.click('[data-headline="correction-rate"]');
    const box = (await s.page.getByTestId('chart').boundingBox())!;
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-png"]')]);
    const pngBytes = readFileSync(await png.path());
    writeFileSync(`${ARTIFACTS}/export-correction-rate.png`, pngBytes);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.abs(pngBytes.readUInt32BE(16) - 2 * box.width)).toBeLessThanOrEqual(4);

    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-svg"]')]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    // The bars are each region's latest year, labelled with it; the source names the reports behind them.
    expect(svgText).toContain('兰州市 2023');
    expect(svgText).not.toContain('兰州市 2014');
    expect(svgText).toContain('数据来源：');
    expect(svgText).toContain('兰州市司法局关于2023年法治政府建设情况的报告');

    const [xlsx] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = XLSX.read(readFileSync(await xlsx.path()));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1 });
    expect(rows[1]).toEqual(['地区', '2014', '2014 分子', '2014 分母', '2018', '2018 分子', '2018 分母', '2023', '2023 分子', '2023 分母']);
    const lanzhou = rows.find((r) => r[0] === '兰州市')!;
    expect(lanzhou.slice(1, 4).map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))).toEqual([6.9, 7, 101]);
  });

  it('saves a chart, reopens it after a reload, renames and deletes it', async () => {
    await s.page.click('[data-headline="training"]');
    await s.page.click('[data-kind="line"]');
    await s.page.click('[data-testid="chart-save"]');
    await answerDialog(s.page, '培训人次走势');
    await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain('培训人次走势');
    await s.page.reload();
    await s.page.waitForSelector('body[data-ready="ready"]');
    await s.page.click('[data-page="charts"]');
    await s.page.click('[data-headline="correction-rate"]');
    await s.page.getByTestId('saved-charts').getByText('培训人次走势').click();
    expect(await s.page.locator('[data-kind="line"]').getAttribute('aria-checked')).toBe('true');
    await s.page.getByTestId('saved-charts').getByRole('button', { name: '重命名' }).click();
    await answerDialog(s.page, '培训人次（折线）');
    await expect.poll(() => s.page.getByTestId('saved-charts').innerText()).toContain('培训人次（折线）');
    await s.page.getByTestId('saved-charts').getByRole('button', { name: '删除' }).click();
    await answerDialog(s.page);
    await expect.poll(() => s.page.locator('[data-testid="saved-charts"]').count()).toBe(0);
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
  });
});
