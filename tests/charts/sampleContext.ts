import { sampleReports } from '../../src/import/sampleReports';
import { Cube } from '../../src/domain/cube';
import { BUILTIN_INDICATORS } from '../../src/domain/builtinCatalog';
import type { ChartContext } from '../../src/charts/chartContext';
import { THEMES, type ChartTheme } from '../../src/charts/chartTheme';
import { format } from '../../src/i18n/format';
import { zhCN, type MessageKey } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';

/** The sample data, as the app imports it (one import per report), as a chart context. */
export async function sampleContext(theme: ChartTheme['name'] = 'screen', lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<ChartContext> {
  const reports = sampleReports();
  const cube = new Cube({
    blocks: reports.flatMap((r, i) => r.blocks.map((b) => ({ ...b, importId: `sample${i}` }))),
    imports: reports.map((r, i) => ({ id: `sample${i}`, regions: r.regions })),
  });
  const dict = lang === 'en' ? en : zhCN;
  return {
    cube,
    indicators: new Map(BUILTIN_INDICATORS.map((i) => [i.id, i])),
    regions: new Map(),
    files: new Map(reports.map((r, i) => [`sample${i}`, r.title])),
    theme: THEMES[theme],
    lang,
    t: (key: MessageKey, params?: Record<string, string | number>) => format(dict[key], params),
  };
}
