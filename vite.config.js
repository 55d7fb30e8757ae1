import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

import { cspMetaTag, STRICT_CSP } from './scripts/csp.mjs';

const web = (path) => fileURLToPath(new URL(`web/${path}`, import.meta.url));

// The site is built from web/ into dist/ with relative asset URLs (base './'), so the
// folder works from any sub-folder of any static host. Two entries: the explorer page, and
// the <activation-plot> element, whose file keeps a stable name (activation-plot.js) for
// course pages to load; everything else gets a content hash. The page carries the strict
// policy as a meta tag (scripts/csp.mjs).
export default defineConfig({
  root: 'web',
  base: './',
  plugins: [cspMetaTag(STRICT_CSP)],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The Emscripten glue is ~38 KB; no inlining of the wasm as a data: URL.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: web('index.html'), 'activation-plot': web('src/element.js') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'activation-plot' ? 'activation-plot.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
