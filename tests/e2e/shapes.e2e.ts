import { beforeAll, describe, expect, it } from 'vitest';
import { SHAPES } from '../fixtures/shapeFixtures';
import { fixtureFile, sessionForFile, type Session } from './browser';

// Every shape of table the importer must generalize to, dropped on the page and confirmed with
// the detection accepted as is: exactly its observations land, and the grid shows them.
describe('table shapes through the page, detection accepted as is', () => {
  const session = sessionForFile();
  let s: Session;
  beforeAll(async () => {
    s = session.get();
  });

  it.each(SHAPES.map((f) => [f.shape, f] as const))('%s', async (_, f) => {
    await s.page.click('[data-page="import"]');
    await s.page.setInputFiles('[data-testid="file-input"]', fixtureFile(f.file, f.bytes()));
    const confirm = s.page.getByTestId('import-confirm');
    await expect.poll(() => confirm.innerText()).toContain(`共 ${f.expected.length} 个数值`);
    await confirm.click();
    await expect.poll(() => s.page.getByTestId('import-report').innerText()).toContain(`已保存 ${f.expected.length} 个观测值`);

    await s.page.click('[data-page="data"]');
    const source = s.page.getByTestId('filter-source');
    const value = await source.locator('option', { hasText: f.file }).last().getAttribute('value');
    await source.selectOption(value!);
    await expect.poll(() => s.page.getByTestId('row-count').innerText()).toContain(String(f.expected.length));
    const grid = await s.page.locator('.grid').innerText();
    for (const row of f.expected) {
      const [region, indicator, period] = row.split('|');
      expect(grid).toContain(region);
      expect(grid).toContain(indicator);
      expect(grid).toContain(period);
    }
  });
});
