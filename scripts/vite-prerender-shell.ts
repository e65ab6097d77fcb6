import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';

const MOUNT = '<div id="app"></div>';
const MODULE_SCRIPT_RE = /<script type="module"[^>]*>[\s\S]*?<\/script>/;

/**
 * Paints the app's first screen (the top bar and 正在打开数据库…) before the 1.6 MB script has
 * been compiled: App is rendered to HTML at build time into #app, the inline module script moves
 * to the end of <body> so the parser reaches that HTML first, and main.ts hydrates it. The first
 * screen is what App renders before the database opens, so the markup is the app's own (same
 * i18n strings, same scoped classes), not a hand-kept copy.
 */
export function prerenderShell(define: Record<string, string>): Plugin {
  return {
    name: 'indicompare-prerender-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile has inlined the script into index.html.
      order: 'post',
      async handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset' || typeof page.source !== 'string') throw new Error('prerender: no index.html in the bundle');
        const html = page.source;
        const script = MODULE_SCRIPT_RE.exec(html)?.[0];
        if (!script || !html.includes(MOUNT)) throw new Error('prerender: index.html lacks its module script or #app');
        const body = await renderApp(define);
        page.source = html.replace(script, () => '').replace(MOUNT, () => `<div id="app">${body}</div>${script}`);
      },
    },
  };
}

async function renderApp(define: Record<string, string>): Promise<string> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    // Compiled as the client is (no dev-only markup), so hydration finds what it expects.
    mode: 'production',
    server: { middlewareMode: true, hmr: false, ws: false },
    define,
    // The packed worker and pptxgenjs are only used on demand: the first screen needs neither.
    plugins: [svelte(), virtualStub()],
  });
  try {
    const { render } = (await server.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
    const { default: App } = (await server.ssrLoadModule('/src/ui/App.svelte')) as { default: import('svelte').Component };
    return render(App).body;
  } finally {
    await server.close();
  }
}

function virtualStub(): Plugin {
  return {
    name: 'indicompare-prerender-virtual-stub',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('virtual:') ? `\0stub:${id}` : null),
    load: (id) => (id.startsWith('\0stub:') ? 'export default "";' : null),
  };
}
