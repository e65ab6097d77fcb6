import packed from 'virtual:pptxgenjs-gz?raw';
import { gunzipSync, strFromU8 } from 'fflate';
import type { PptxGenCtor } from '../../charts/exportPptx';

let lib: Promise<PptxGenCtor> | null = null;

/**
 * pptxgenjs, unpacked on the first .pptx export: the page carries it gzipped (vite.config.ts,
 * gzipScript) and runs it once as a classic blob: script, which defines `window.PptxGenJS`.
 * Nothing is fetched: the bytes are already in index.html.
 */
export function loadPptxGen(): Promise<PptxGenCtor> {
  lib ??= new Promise<PptxGenCtor>((resolve, reject) => {
    const bin = atob(packed);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([strFromU8(gunzipSync(bytes))], { type: 'text/javascript' }));
    const script = document.createElement('script');
    script.src = url;
    const done = () => {
      URL.revokeObjectURL(url);
      script.remove();
    };
    script.onload = () => {
      done();
      const g = (window as unknown as { PptxGenJS?: PptxGenCtor | { default: PptxGenCtor } }).PptxGenJS;
      const ctor = g && 'default' in g ? g.default : g;
      if (typeof ctor === 'function') resolve(ctor);
      else reject(new Error('pptxgenjs did not load'));
    };
    script.onerror = () => {
      done();
      reject(new Error('pptxgenjs did not load'));
    };
    document.head.appendChild(script);
  }).catch((e: unknown) => {
    lib = null;
    throw e;
  });
  return lib;
}
