/**
 * A colour made translucent, whatever notation it is written in: palettes are hex, but past the
 * palette regionColors generates hsl(), where appending hex digits would make an invalid colour
 * (drawn black by canvas, dropped by SVG).
 */
export function withAlpha(color: string, alpha: number): string {
  const a = Math.max(0, Math.min(1, alpha));
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return `#${h}${Math.round(a * 255).toString(16).padStart(2, '0')}`;
  }
  const fn = /^(rgb|hsl)a?\(([^)]*)\)$/i.exec(color.trim());
  if (fn) {
    const parts = fn[2].split(/[\s,/]+/).filter(Boolean).slice(0, 3);
    return `${fn[1].toLowerCase()}a(${parts.join(', ')}, ${a})`;
  }
  return color;
}
