import { unzipSync } from 'fflate';
import { decodeText } from './decodeText';
import { readZipDirectory } from './readZipDirectory';
import { sniffFile } from './sniffFile';

// Reports (the yearly 法治政府建设 reports themselves) arrive as .txt, a saved web page or .docx;
// this turns each into its plain text, paragraphs one per line, for the extractor.

export type ReportRead = { ok: true; text: string; format: 'txt' | 'html' | 'docx' } | { ok: false; reason: 'damaged' | 'empty' };

const HTML_EXT = /\.(html?|xhtml|mht)$/i;
const TEXT_EXT = /\.(txt|text|md)$/i;
const TABLE_EXT = /\.(csv|tsv|tab|prn|docx|xlsx?|xlsm|xlsb|ods|et)$/i;
/** Enough of a file to tell prose from a table: up to 256 KB, cut after a line break (never inside a character). */
function headOf(bytes: Uint8Array): Uint8Array {
  const LIMIT = 256 * 1024;
  if (bytes.length <= LIMIT) return bytes;
  const nl = bytes.lastIndexOf(0x0a, LIMIT);
  let end = nl > 0 ? nl + 1 : LIMIT;
  // UTF-16 (by its BOM) keeps whole code units: 「\n」 is 0A 00 in little-endian.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) end += end % 2;
  return bytes.subarray(0, end);
}

/**
 * Whether a file is a report to read as prose rather than a table: a .docx; a web page
 * without a table of numbers; a .txt whose lines are sentences, not delimited cells.
 */
export function isReportFile(bytes: Uint8Array, fileName: string): boolean {
  const kind = sniffFile(bytes);
  if (kind === 'zip') {
    const dir = readZipDirectory(bytes);
    return dir.ok && dir.entries.some((e) => e.name === 'word/document.xml');
  }
  // Table extensions and other binaries are never decoded here (readWorkbook decodes them once).
  if (kind !== 'text' || TABLE_EXT.test(fileName)) return false;
  if (!HTML_EXT.test(fileName) && !TEXT_EXT.test(fileName) && /\.\w{1,5}$/.test(fileName)) return false;
  const { text } = decodeText(headOf(bytes));
  if (HTML_EXT.test(fileName) || /^\s*<(!doctype html|html)/i.test(text)) return !hasNumberTable(text);
  return TEXT_EXT.test(fileName) && isProse(text);
}

/** Rows of a table with numbers: a page of figures is a table for the table importer. */
function hasNumberTable(html: string): boolean {
  const rows = html.match(/<tr[\s>][\s\S]*?<\/tr>/gi) ?? [];
  return rows.filter((r) => (r.match(/<t[dh][\s>]/gi)?.length ?? 0) >= 2 && /<td[^>]*>\s*[\d,.]+\s*</i.test(r)).length >= 2;
}

/**
 * Prose, not a delimited table: most non-empty lines are sentences (Chinese punctuation, no run
 * of tabs or commas shared by the lines).
 */
export function isProse(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 400);
  if (!lines.length) return false;
  const cells = (l: string) => Math.max(l.split('\t').length, l.split(',').length) - 1;
  const tabular = lines.filter((l) => cells(l) >= 2 && !/[。；]/.test(l)).length;
  // By characters, not lines: a saved page may be one long paragraph between menu lines.
  const total = lines.reduce((n, l) => n + l.length, 0);
  const prose = lines.filter((l) => /[。；！？]/.test(l) || l.length > 60).reduce((n, l) => n + l.length, 0);
  return prose > 0 && prose >= 0.5 * total && tabular * 3 < lines.length;
}

/** A report file → its text. */
export function readReport(bytes: Uint8Array, fileName: string): ReportRead {
  const kind = sniffFile(bytes);
  let out: ReportRead;
  if (kind === 'zip') out = readDocx(bytes);
  else {
    const { text } = decodeText(bytes);
    out = HTML_EXT.test(fileName) || /^\s*<(!doctype html|html)/i.test(text) ? { ok: true, text: htmlToText(text), format: 'html' } : { ok: true, text: normalizeLines(text), format: 'txt' };
  }
  return out.ok && !out.text.trim() ? { ok: false, reason: 'empty' } : out;
}

function readDocx(bytes: Uint8Array): ReportRead {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (!doc) return { ok: false, reason: 'damaged' };
    xml = new TextDecoder('utf-8').decode(doc);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const paragraphs: string[] = [];
  for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let line = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) line += m[1] !== undefined ? decodeEntities(m[1]) : m[2] === 'tab' ? '\t' : '\n';
    paragraphs.push(line);
  }
  return { ok: true, text: normalizeLines(paragraphs.join('\n')), format: 'docx' };
}

/** A saved web page's visible text, one block element a line (no DOM: this runs in the worker). */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)(?:\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br(?:\s[^>]*)?\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|title)(?:\s[^>]*)?\/?>/gi, '\n')
    .replace(/<t[dh](?:\s[^>]*)?>/gi, '\t')
    .replace(/<[^>]+>/g, '');
  return normalizeLines(decodeEntities(body));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', yen: '¥', emsp: ' ', ensp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** One paragraph a line: blank lines and the indentation of Chinese paragraphs dropped. */
function normalizeLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean)
    .join('\n');
}
