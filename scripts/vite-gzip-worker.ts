import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

const ID = 'virtual:import-worker-gz';

/**
 * Bundles the import worker on its own, gzips it and inlines it as base64: the page
 * unpacks it with DecompressionStream into a blob: URL. SheetJS lives only in this worker,
 * so the single HTML file is about 300 KB smaller than with a plain inline worker.
 */
export function gzipWorker(entry: string): Plugin {
  return {
    name: 'indicompare-gzip-worker',
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    async load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(entry);
      const out = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2020',
          minify: true,
          emptyOutDir: false,
          lib: { entry, formats: ['iife'], name: 'IndiCompareImportWorker', fileName: 'worker' },
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      });
      const result = Array.isArray(out) ? out[0] : out;
      if (!('output' in result)) throw new Error('worker build produced no output');
      const code = result.output[0].code;
      const gz = gzipSync(Buffer.from(code), { level: 9 }).toString('base64');
      return `export default ${JSON.stringify(gz)};`;
    },
  };
}
