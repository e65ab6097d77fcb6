/**
 * One colour per region for every chart: regions are ordered once by name over the whole
 * store, so 兰州市 is the same colour in a bar, a line and a scatter.
 */
export function regionColors(allRegions: readonly string[], palette: readonly string[]): Map<string, string> {
  const sorted = [...allRegions].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return new Map(sorted.map((r, i) => [r, palette[i % palette.length]]));
}
