// Writes every script of dist/index.html — and the inline worker sources embedded in them as
// string literals — to separate .js files, so es-check can parse each one as es2020.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { gunzipSync } from 'node:zlib';

export function extractScripts(htmlPath, outDir) {
  const html = readFileSync(htmlPath, 'utf8');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = [];
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  scripts.forEach(([, attrs, body], i) => {
    const isModule = /type=["']?module/.test(attrs);
    const file = join(outDir, `script-${i}.${isModule ? 'mjs' : 'js'}`);
    writeFileSync(file, body);
    files.push(file);
    const ast = acorn.parse(body, { ecmaVersion: 'latest', sourceType: isModule ? 'module' : 'script' });
    let w = 0;
    walk(ast, (node) => {
      const text =
        node.type === 'Literal' && typeof node.value === 'string'
          ? node.value
          : node.type === 'TemplateLiteral' && node.quasis.length === 1
            ? node.quasis[0].value.cooked
            : null;
      if (text && text.length > 500 && /onmessage|postMessage/.test(text)) {
        const wf = join(outDir, `script-${i}-worker-${w++}.js`);
        writeFileSync(wf, text);
        files.push(wf);
      } else if (text && text.length > 10000 && text.startsWith('H4sI')) {
        // A gzipped, base64-encoded worker bundle (scripts/vite-gzip-worker.ts).
        const wf = join(outDir, `script-${i}-worker-${w++}.js`);
        writeFileSync(wf, gunzipSync(Buffer.from(text, 'base64')));
        files.push(wf);
      }
    });
  });
  return files;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach((c) => walk(c, visit));
    else if (v && typeof v === 'object' && typeof v.type === 'string') walk(v, visit);
  }
}
