import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartTooltip, fixtureFile, sessionForFile, type Session } from './browser';

// A short report of the genre (written here, so the e2e needs nothing beside the clone):
// the title gives region and period; the sentences give candidates, and two unused numbers.
const TITLE = '兰州市2014年依法行政工作情况汇报';
const PARAS = [
  '一、2014年主要工作',
  '（一）强化层级监督。全年全市各级行政复议机关共受理行政复议案件101件，依法审结101件，纠错7件，其中市政府办理43件。',
  '（二）加强执法培训。举办执法人员培训班8期，参训1200余人次。',
  '（三）深化审批改革。全市42个部门共梳理行政许可事项356项。',
];
const TEXT = [TITLE, ...PARAS].join('\n');
const EXPECTED = ['行政复议受理件数=101', '行政复议审结件数=101', '行政复议纠错件数=7', '培训班次=8', '执法人员培训人次=1200余', '行政许可事项数=356'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  });
}

const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title><style>p{margin:0}</style><script>var a=1<2;</script></head>` +
  `<body><h1>${TITLE}</h1>${PARAS.map((p) => `<p>${esc(p)}</p>`).join('\n')}</body></html>`;

const files = {
  txt: fixtureFile(`${TITLE}.txt`, strToU8(TEXT)),
  docx: fixtureFile(`${TITLE}.docx`, docx([TITLE, ...PARAS])),
  html: fixtureFile(`${TITLE}.html`, strToU8(html)),
};

async function candidates(s: Session): Promise<string[]> {
  const rows = s.page.getByTestId('report-candidate');
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push(`${await row.locator('input.indicator').inputValue()}=${await row.locator('input.value').inputValue()}`);
  }
  return out;
}

async function open(s: Session, path: string): Promise<void> {
  await s.page.click('[data-page="import"]');
  await s.page.setInputFiles('[data-testid="file-input"]', path);
  await s.page.waitForSelector('[data-testid="report-review"]');
}

const confirmText = (s: Session) => s.page.getByTestId('import-confirm').innerText();

describe('reports in, indicators out, on the built file:// page', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
    // The sample data holds 兰州市 2014 too: without it, the chart shows the report's values alone.
    await s.page.click('[data-page="import"]');
    await s.page.getByRole('button', { name: '移除示例数据' }).click();
    await s.page.waitForSelector('[data-testid="sample-banner"]', { state: 'detached' });
  });

  it('gives the same candidates for the report as .txt, .docx and .html', async () => {
    const got: Record<string, string[]> = {};
    for (const [kind, path] of Object.entries(files)) {
      await open(s, path);
      got[kind] = await candidates(s);
      expect(await s.page.getByTestId('report-region').inputValue()).toBe('兰州市');
      expect(await s.page.getByTestId('report-period').inputValue()).toBe('2014');
      await s.page.getByRole('button', { name: '取消导入' }).click();
      await s.page.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
    }
    expect(got.txt).toEqual(EXPECTED);
    expect(got.docx).toEqual(got.txt);
    expect(got.html).toEqual(got.txt);
  });

  it('reviews a report: sentences, marked numbers, keys, an added number refused without its indicator', async () => {
    await open(s, files.txt);
    const p = s.page;
    expect(await p.getByTestId('candidate-sentence').first().innerText()).toContain('受理行政复议案件101件');
    // Every number is marked in the text: candidates in one colour, the unused ones (43件, 42个) in another.
    expect(await p.locator('[data-testid="report-text"] [data-kind="cand"]').count()).toBe(6);
    expect(await p.locator('[data-testid="report-text"] [data-kind="unused"]').allInnerTexts()).toEqual(['43件', '42个']);
    // No markup in the text pane: plain text spans only.
    expect(await p.locator('[data-testid="report-text"] :not(p, span)').count()).toBe(0);
    expect(await confirmText(s)).toBe('还没有接受任何数值');

    // Keyboard: Enter accepts and moves on; ↑ goes back; Delete rejects.
    await p.getByTestId('report-candidate').nth(0).locator('td.n').click();
    await p.keyboard.press('Enter');
    await expect.poll(() => p.getByTestId('report-candidate').nth(0).getAttribute('class')).toContain('accepted');
    expect(await p.getByTestId('report-candidate').nth(1).getAttribute('aria-selected')).toBe('true');
    await p.keyboard.press('Delete');
    expect(await p.getByTestId('report-candidate').nth(1).getAttribute('class')).toContain('rejected');
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('Enter');
    expect(await p.getByTestId('report-candidate').nth(1).getAttribute('class')).toContain('accepted');
    await expect.poll(() => confirmText(s)).toBe('导入 2 个数值（来自报告）');

    // Selecting a candidate highlights its sentence in the text.
    await p.getByTestId('report-candidate').nth(4).locator('td.n').click();
    expect(await p.locator('[data-testid="report-text"] .hl').allInnerTexts().then((t) => t.join(''))).toBe('举办执法人员培训班8期，参训1200余人次。');

    // Click an unused number: a new candidate in text order (before 356项), its value and unit read, the indicator left to the user.
    await p.locator('[data-testid="report-text"] [data-kind="unused"]', { hasText: '42个' }).click();
    await expect.poll(() => p.getByTestId('report-candidate').count()).toBe(7);
    const added = p.getByTestId('report-candidate').nth(5);
    expect(await added.locator('input.value').inputValue()).toBe('42');
    expect(await added.locator('input.unit').inputValue()).toBe('个');
    expect(await added.locator('input.indicator').inputValue()).toBe('');
    await p.getByTestId('report-accept-all').click();
    // Accepted with no indicator: the commit is refused, plainly.
    await expect.poll(() => confirmText(s)).toBe('先补上 1 个数值的指标、地区或期间');
    expect(await p.getByTestId('import-confirm').isDisabled()).toBe(true);
    expect(await p.getByTestId('report-incomplete').innerText()).toContain('1 个已接受的数值缺少指标、地区或期间');
    await added.getByTestId('candidate-reject').click();
    await expect.poll(() => confirmText(s)).toBe('导入 6 个数值（来自报告）');
    await p.screenshot({ path: 'scratch/report-review-zh.png' });
    await p.getByTestId('lang-select').selectOption('en');
    await expect.poll(() => confirmText(s)).toBe('Import 6 values (from the report)');
    await p.screenshot({ path: 'scratch/report-review-en.png' });
    await p.getByTestId('lang-select').selectOption('zh-CN');
  });

  it('commits the accepted candidates with their sentences; the grid and the chart show them', async () => {
    const p = s.page;
    await p.getByTestId('import-confirm').click();
    await expect.poll(() => p.getByTestId('import-report').innerText()).toContain('已保存 6 个观测值');
    expect(await p.getByTestId('import-report').innerText()).toContain('报告的地区（取自标题，请核对）：兰州市');
    expect(await p.getByTestId('import-history').innerText()).toContain(`${TITLE}.txt`);

    await p.click('[data-page="data"]');
    await p.locator('input[type="search"]').fill('纠错');
    await expect.poll(() => p.getByTestId('row-count').innerText()).toContain('1');
    const row = p.getByTestId('grid').locator('[role="row"]', { hasText: '行政复议纠错件数' });
    const text = await row.innerText();
    expect(text).toContain('兰州市');
    expect(text).toContain('全年全市各级行政复议机关共受理行政复议案件101件');
    expect(text).toMatch(new RegExp(`${TITLE}\\.txt · 第3段第\\d+字`));
    await p.screenshot({ path: 'scratch/report-grid-zh.png' });

    await p.click('[data-page="charts"]');
    await p.click('[data-headline="correction-rate"]');
    await p.waitForSelector('[data-testid="chart"] canvas');
    const tip = await chartTooltip(p, '兰州市 · 2014');
    expect(tip).toContain('兰州市 · 2014');
    expect(tip).toContain('6.9%');
  });

  it('undoes the report import like a table import', async () => {
    const p = s.page;
    await p.click('[data-page="import"]');
    await p.getByRole('button', { name: '撤销此次导入' }).first().click();
    const history = () => p.evaluate(() => document.querySelector('[data-testid="import-history"]')?.textContent ?? '');
    await expect.poll(history).not.toContain(`${TITLE}.txt`);
    expect(await p.getByTestId('import-report').count()).toBe(0);
  });

  it('pastes a report as text, and a table as a table', async () => {
    const p = s.page;
    await p.click('[data-page="import"]');
    await p.waitForSelector('[data-testid="file-input"]', { state: 'attached' });
    const paste = (type: string, data: string) =>
      p.evaluate(([t, d]) => {
        const dt = new DataTransfer();
        dt.setData(t, d);
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      }, [type, data]);
    await paste('text/plain', '关于某县2019年度法治政府建设的报告\n全年共受理行政复议案件12件，纠错2件。');
    await p.waitForSelector('[data-testid="report-review"]');
    expect(await p.locator('.review .file strong').innerText()).toMatch(/^粘贴的文本 \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.txt$/);
    expect(await candidates(s)).toEqual(['行政复议受理件数=12', '行政复议纠错件数=2']);
    await p.getByRole('button', { name: '取消导入' }).click();

    await paste('text/plain', '地区\t行政复议纠错件数\n嘉兴市\t31\n湖州市\t12\n');
    await p.waitForSelector('[data-testid="layout"]');
    expect(await p.locator('.review .file strong').innerText()).toMatch(/^粘贴的表格 .*\.txt$/);
    await p.getByRole('button', { name: '取消导入' }).click();
    expect(s.consoleErrors).toEqual([]);
  });

  it('lists two reports that differ on a value in 冲突, each by its paragraph and offset', async () => {
    const p = s.page;
    for (const [path, edit] of [[files.txt, ''], [files.docx, '8']] as const) {
      await open(s, path);
      if (edit) {
        const value = p.getByTestId('report-candidate').nth(2).locator('input.value');
        await value.fill(edit);
        await value.press('Enter');
      }
      await p.getByTestId('report-accept-all').click();
      await expect.poll(() => confirmText(s)).toBe('导入 6 个数值（来自报告）');
      await p.getByTestId('import-confirm').click();
      await p.waitForSelector('[data-testid="import-report"]');
    }
    await p.click('[data-page="data"]');
    await p.click('[data-tab="conflicts"]');
    const table = p.getByTestId('conflicts');
    await expect.poll(() => table.innerText()).toContain('行政复议纠错件数');
    const text = await table.innerText();
    expect(text).toMatch(new RegExp(`${TITLE}\\.txt · 第3段第\\d+字`));
    expect(text).toMatch(new RegExp(`${TITLE}\\.docx · 第3段第\\d+字`));
    await p.click('[data-tab="grid"]');
  });
});
