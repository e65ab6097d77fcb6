import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { readFileSync } from 'node:fs';
import { gzipWorker } from './scripts/vite-gzip-worker.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// One self-contained index.html: Chromium refuses module scripts and separate
// chunks from file://, so everything (the gzipped import worker included) is inlined.
export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [svelte(), gzipWorker('src/import/import.worker.ts'), viteSingleFile({ removeViteModuleLoader: true })],
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
