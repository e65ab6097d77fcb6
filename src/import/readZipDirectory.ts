// A zip's central directory, read before anything is unpacked: a truncated file has no
// end-of-central-directory record, and a zip bomb declares its unpacked sizes there.

export type ZipDirectory =
  | { ok: true; entries: { name: string; size: number }[]; totalSize: number }
  | { ok: false; reason: 'truncated' | 'damaged' };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

/** The entries of a zip with their declared uncompressed sizes (ZIP64 included). */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - MAX_COMMENT); i--) {
    if (u32(bytes, i) === EOCD && i + 22 + u16(bytes, i + 20) <= n) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'truncated' };
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(bytes, eocd - 12);
    if (at + 56 > n || u32(bytes, at) !== ZIP64_EOCD) return { ok: false, reason: 'damaged' };
    count = u64(bytes, at + 32);
    cdSize = u64(bytes, at + 40);
    cdOffset = u64(bytes, at + 48);
  }
  if (cdOffset + cdSize > n) return { ok: false, reason: 'truncated' };
  const entries: { name: string; size: number }[] = [];
  let totalSize = 0;
  let p = cdOffset;
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || u32(bytes, p) !== CENTRAL) return { ok: false, reason: 'damaged' };
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information: the 8-byte sizes, in order, for the fields that are 0xFFFFFFFF.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001 && size === 0xffffffff && len >= 8) size = u64(bytes, e + 4);
      e += 4 + len;
    }
    entries.push({ name, size });
    totalSize += size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries, totalSize };
}
