/**
 * The (region, indicator, period) of a cell key written by cube.ts's cellKey: its inverse
 * (pins are stored by key; the backup's 冲突选择 sheet writes them as their three parts).
 */
export function splitCellKey(key: string): { region: string; indicator: string; period: number } {
  const [region = '', indicator = '', period = ''] = key.split('\u0001');
  return { region, indicator, period: Number(period) };
}
