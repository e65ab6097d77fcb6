/** What a paste on the 导入 page becomes: a table for the table importer, or a report's text. */
export interface PastedFile {
  kind: 'table' | 'text';
  name: string;
  content: string;
}

/** `YYYY-MM-DD HH:mm`, local time: pasted files are named by when they were pasted. */
export function pasteStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Tab-separated cells on most lines (at least two): a table copied from a spreadsheet. */
export function isTsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.filter((l) => l.includes('\t')).length * 2 > lines.length;
}

/**
 * The clipboard's HTML and plain text → the file to open: HTML holding a <table>, or text with
 * tabs on most lines, is a table (`.html` / `.txt`); other text is a report (`.txt`). Null when
 * there is nothing to read. `names` are the file names' words (i18n: 粘贴的表格, 粘贴的文本).
 */
export function classifyPaste(
  clip: { html: string; text: string },
  names: { table: string; text: string },
  now: Date,
): PastedFile | null {
  const stamp = pasteStamp(now);
  const html = clip.html.trim();
  const text = clip.text.replace(/\r\n?/g, '\n');
  if (html && /<table[\s>]/i.test(html)) return { kind: 'table', name: `${names.table} ${stamp}.html`, content: asPage(html) };
  if (text.trim() && isTsv(text)) return { kind: 'table', name: `${names.table} ${stamp}.txt`, content: text };
  if (text.trim()) return { kind: 'text', name: `${names.text} ${stamp}.txt`, content: text };
  // HTML with no plain text beside it: the page itself is the report.
  if (html) return { kind: 'text', name: `${names.text} ${stamp}.html`, content: asPage(html) };
  return null;
}

/** A clipboard fragment (`<meta charset…><table>…`) as a whole page, read as UTF-8. */
function asPage(html: string): string {
  return /^(<!doctype html|<html)/i.test(html) ? html : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}
