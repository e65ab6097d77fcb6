/**
 * Canonical form of cell text before any rule looks at it: full-width ASCII to
 * half-width, ideographic, no-break and thin spaces to spaces, zero-width ones gone, trimmed. Reports mix
 * both widths (`１２３４`, `17.3％`), so every parser starts here.
 */
export function normalizeText(text: string): string {
  // Most cells need nothing: told by one scan, without building a copy (a million cells of a wide sheet).
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0xfeff) break;
  }
  if (i === text.length) return text.trim();
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) out += ' ';
    else if (c === 0x200b || c === 0xfeff) continue; // zero-width space, a stray BOM: invisible, not text
    else out += text[i];
  }
  return out.trim();
}
