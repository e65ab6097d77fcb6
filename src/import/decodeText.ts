/**
 * Bytes of a text table → string. BOM first (UTF-8, UTF-16LE/BE); UTF-16 without BOM by its
 * NUL pattern; then strict UTF-8; else GB18030 (a superset of GBK, what Chinese Excel and the
 * national statistics site write). Uses the platform's TextDecoder: no codepage tables shipped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string; mixed?: MixedEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: `UTF-16${utf16.toUpperCase()}` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const mixed = findMixedLines(bytes);
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030', ...(mixed ? { mixed } : {}) };
  }
}

/** 1-based line numbers of a text whose lines are in two encodings. */
export interface MixedEncoding {
  utf8: number[];
  other: number[];
}

/**
 * A file that is not UTF-8 as a whole, some of whose lines are UTF-8 with Chinese (multibyte)
 * text while others are not: two files pasted together, or a line appended by another program.
 * Reading it as GB18030 would garble the UTF-8 lines, so it is reported instead. A short GBK
 * line can be valid UTF-8 by chance (「全省」 is C8 AB CA A1: two Latin letters in UTF-8), so a line
 * counts as UTF-8 only where it decodes to Chinese characters (three-byte sequences).
 */
function findMixedLines(bytes: Uint8Array): MixedEncoding | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const utf8: number[] = [];
  const other: number[] = [];
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    let high = false;
    for (let i = start; i < end; i++) if (bytes[i] >= 0x80) { high = true; break; }
    if (high) {
      try {
        const text = strict.decode(bytes.subarray(start, end));
        if (/[\u3000-\u9fff\uff00-\uffef]/.test(text)) utf8.push(line);
        else other.push(line);
      } catch {
        other.push(line);
      }
    }
    start = end + 1;
  }
  return utf8.length && other.length ? { utf8, other } : null;
}

/** `2–4, 7, 9–10` (at most `max` runs, then `…`). */
export function lineRuns(lines: number[], max = 6): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    runs.push(i === j ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return runs.length > max ? `${runs.slice(0, max).join(', ')}, …` : runs.join(', ');
}

/** ASCII text in UTF-16 without BOM has a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'be';
  return null;
}
