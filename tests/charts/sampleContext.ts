import { buildDraft, draftBlocks } from '../../src/import/buildDraft';
import { sampleWorkbookSheets } from '../../src/import/sampleWorkbook';
import { writeWorkbook } from '../../src/import/writeWorkbook';
import { Cube } from '../../src/domain/cube';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import type { ChartContext } from '../../src/charts/chartContext';
import { THEMES, type ChartTheme } from '../../src/charts/chartTheme';
import { format } from '../../src/i18n/format';
import { zhCN, type MessageKey } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';
import { BUILTIN_CATALOG } from '../import/runDraft';

/** The sample data, imported through the real pipeline, as a chart context. */
export async function sampleContext(theme: ChartTheme['name'] = 'screen', lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<ChartContext> {
  const od = await buildDraft('s', '示例数据.xlsx', writeWorkbook(sampleWorkbookSheets()), BUILTIN_CATALOG, {}, () => {});
  const { regions, blocks } = draftBlocks(od, [0]);
  const cube = new Cube({ blocks: blocks.map((b) => ({ ...b, importId: 'sample' })), imports: [{ id: 'sample', regions }] });
  const dict = lang === 'en' ? en : zhCN;
  return {
    cube,
    indicators: new Map(BUILTIN_INDICATORS.map((i) => [i.id, i])),
    regions: new Map(),
    files: new Map([['sample', '示例数据.xlsx']]),
    theme: THEMES[theme],
    lang,
    t: (key: MessageKey, params?: Record<string, string | number>) => format(dict[key], params),
  };
}
