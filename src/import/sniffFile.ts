export type FileKind = 'empty' | 'zip' | 'cfb' | 'text' | 'binary' | 'pdf' | 'image';

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** What a file is, by its first bytes (the name's extension is only a hint: .et is xls, .xlsb may be CFB). */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if ((bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') || (bytes[0] === 0xff && bytes[1] === 0xd8) || ascii(bytes, 0, 4) === 'GIF8') return 'image';
  if (looksLikeText(bytes)) return 'text';
  return 'binary';
}

function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  // UTF-16 without BOM: NULs in every other byte, nothing else odd.
  if (nul > n * 0.3 && control < n * 0.02) return true;
  return nul <= 2 && control <= n * 0.02;
}

/** Names of the streams in a CFB (OLE2) container's directory, read loosely from its UTF-16 names. */
export function cfbStreamNames(bytes: Uint8Array): string[] {
  const names = new Set<string>();
  const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 4 << 20)));
  for (const n of ['EncryptionInfo', 'EncryptedPackage', 'WordDocument', 'PowerPoint Document', 'Workbook', 'Book']) {
    if (text.includes(n)) names.add(n);
  }
  return [...names];
}
