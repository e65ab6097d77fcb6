/**
 * Canonical form of cell text before any rule looks at it: full-width ASCII to
 * half-width, ideographic and no-break spaces to spaces, trimmed. Reports mix
 * both widths (`１２３４`, `17.3％`), so every parser starts here.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003) out += ' ';
    else out += text[i];
  }
  return out.trim();
}
