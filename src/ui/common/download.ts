/** Saves bytes as a file through the browser's download (no network: a blob: URL). */
export function downloadBytes(bytes: ArrayBuffer | Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files from an <input type=file> or a drop, with their bytes. */
export async function readFiles(list: FileList | File[]): Promise<{ name: string; bytes: ArrayBuffer }[]> {
  return Promise.all(Array.from(list).map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}
