/**
 * One colour per region for every chart: regions are ordered once by name over the whole
 * store, so 兰州市 is the same colour in a bar, a line and a scatter.
 */
const memo = new WeakMap<readonly string[], WeakMap<readonly string[], Map<string, string>>>();

export function regionColors(allRegions: readonly string[], palette: readonly string[]): Map<string, string> {
  let byPalette = memo.get(allRegions);
  if (!byPalette) memo.set(allRegions, (byPalette = new WeakMap()));
  let colors = byPalette.get(palette);
  if (!colors) byPalette.set(palette, (colors = assign(allRegions, palette)));
  return colors;
}

function assign(allRegions: readonly string[], palette: readonly string[]): Map<string, string> {
  const sorted = [...allRegions].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return new Map(sorted.map((r, i) => [r, palette[i % palette.length]]));
}
