// Builds dist-single/activation-explorer.html: one self-contained file (script, styles, icon
// and the wasm module inlined) that works opened from disk (file://) or uploaded alone to a
// learning platform. Its Content-Security-Policy stays strict: the inline script and style are
// allowed by their SHA-256 hashes, the wasm is fetched from its data: URL.
//   node scripts/build-single.mjs        (needs web/generated/; scripts/build.sh runs it)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'build', 'single-page');
const outputDir = join(root, 'dist-single');
const SINGLE_FILE = join(outputDir, 'activation-explorer.html');

// The page alone, one script chunk: nothing left to load but what gets inlined below.
await build({
  configFile: false,
  root: join(root, 'web'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: dist,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: false,
    // The views load on demand in dist/; here they are part of the one script.
    rollupOptions: { output: { codeSplitting: false } },
  },
});

const read = (relative) => readFileSync(join(dist, relative));
const dataUrl = (mime, bytes) => `data:${mime};base64,${bytes.toString('base64')}`;
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let html = read('index.html').toString();
const scriptPath = html.match(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/)[1];
const stylePath = html.match(/<link rel="stylesheet" crossorigin href="\.\/([^"]+)">/)[1];

let script = read(scriptPath).toString();
const wasmName = script.match(/`(activations-[\w-]+\.wasm)`/)[1];
script = script.replace(`\`${wasmName}\``, `\`${dataUrl('application/wasm', read(join('assets', basename(wasmName))))}\``);
// Inside an inline script the text "</script" would end the element early.
script = script.replaceAll('</script', '<\\/script');
const style = read(stylePath).toString();

const policy = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(style)}`,
  'img-src data:',
  'connect-src data:',
].join('; ');

html = html
  .replace(/<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`)
  .replace(/<script type="module" crossorigin src="[^"]+"><\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="stylesheet" crossorigin href="[^"]+">/, () => `<style>${style}</style>`)
  .replace(/href="\.\/favicon\.svg"/, `href="${dataUrl('image/svg+xml', read('favicon.svg'))}"`);
if (/(src|href)="\.\//.test(html)) throw new Error('dist/index.html references a file this script does not inline');

mkdirSync(outputDir, { recursive: true });
writeFileSync(SINGLE_FILE, html);
rmSync(dist, { recursive: true });
console.log(`built ${SINGLE_FILE} (${(html.length / 1024).toFixed(0)} KB)`);
