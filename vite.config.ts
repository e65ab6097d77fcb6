import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipWorker } from './scripts/vite-gzip-worker.ts';
import { prerenderShell } from './scripts/vite-prerender-shell.ts';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

// One self-contained index.html: Chromium refuses module scripts and separate
// chunks from file://, so everything (the gzipped import worker included) is inlined.
export default defineConfig({
  base: './',
  define,
  plugins: [svelte(), gzipWorker('src/import/import.worker.ts'), gzipScript('pptxgenjs', 'PptxGenJS'), viteSingleFile({ removeViteModuleLoader: true }), prerenderShell(define)],
  build: {
    target: 'es2020',
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
    rolldownOptions: {
      // Rolldown's plugin-timings report is advice about build speed, not a problem with the file.
      checks: { bundlerTimings: false },
      // vite-plugin-singlefile logs one "Inlining: …" line per asset; check-dist.mjs states the result.
      onLog(level, log, handler) {
        if (level === 'info' && log.plugin === 'vite:singlefile') return;
        handler(level, log);
      },
    },
  },
});

/**
 * `virtual:<pkg>-gz?raw`: a package bundled on its own as a classic script defining the global
 * `name`, gzipped, as base64. pptxgenjs with JSZip is ≈ 450 KB minified, used only when a deck is
 * exported as .pptx: it ships in the page at about a quarter of that and is unpacked on first use
 * (src/ui/present/loadPptxGen.ts). A dynamic import cannot do this: the single file inlines it whole.
 */
function gzipScript(pkg: string, name: string): Plugin {
  const id = `virtual:${pkg}-gz?raw`;
  return {
    name: `indicompare-gzip-${pkg}`,
    enforce: 'pre',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const out = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2020',
          minify: true,
          emptyOutDir: false,
          lib: { entry: fileURLToPath(import.meta.resolve(pkg)), formats: ['iife'], name, fileName: pkg },
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      });
      const result = Array.isArray(out) ? out[0] : out;
      if (!('output' in result)) throw new Error(`${pkg} build produced no output`);
      return `export default ${JSON.stringify(gzipSync(Buffer.from(result.output[0].code), { level: 9 }).toString('base64'))};`;
    },
  };
}
