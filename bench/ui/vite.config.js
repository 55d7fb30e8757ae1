import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

// The interaction benchmark's page, built apart from the site into build/bench/ui-site.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../build/bench/ui-site', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
