/**
 * Bytes of a text table → string. BOM first (UTF-8, UTF-16LE/BE); UTF-16 without BOM by its
 * NUL pattern; then strict UTF-8; else GB18030 (a superset of GBK, what Chinese Excel and the
 * national statistics site write). Uses the platform's TextDecoder: no codepage tables shipped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
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
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
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
