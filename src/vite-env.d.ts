/// <reference types="svelte" />
/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

/** The import worker's bundle, gzipped and base64-encoded (scripts/vite-gzip-worker.ts). */
declare module 'virtual:import-worker-gz' {
  const source: string;
  export default source;
}
