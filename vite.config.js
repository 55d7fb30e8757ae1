import { defineConfig } from 'vite';

// The site is built from web/ into dist/ with relative asset URLs (base './'), so the
// folder works from any sub-folder of any static host.
export default defineConfig({
  root: 'web',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The Emscripten glue is ~38 KB; no inlining of the wasm as a data: URL.
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
