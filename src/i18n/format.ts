/**
 * Fills `{name}` placeholders, and `{name|one|other}` with `one` where the value is 1 (English
 * plurals: "{count} {count|row|rows}"). Values are plain text and are never parsed as markup.
 */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(params, k);
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, k: string, one: string, other: string) => (has(k) ? (String(params[k]) === '1' ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, k: string) => (has(k) ? String(params[k]) : m));
}
