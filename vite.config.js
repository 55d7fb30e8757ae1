import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { appVersionMeta } from './scripts/app-version.mjs';
import { chartjsPureStatics } from './scripts/chartjs-pure-statics.mjs';
import { compileHint } from './scripts/compile-hint.mjs';
import { cspMetaTag, STRICT_CSP } from './scripts/csp.mjs';
import { firstViewPreload } from './scripts/first-view-preload.mjs';

const web = (path) => fileURLToPath(new URL(`web/${path}`, import.meta.url));

// The site is built from web/ into dist/ with relative asset URLs (base './'), so the
// folder works from any sub-folder of any static host. Two entries: the explorer page, and
// the <activation-plot> element, whose file keeps a stable name (activation-plot.js) for
// course pages to load; everything else gets a content hash. The page carries the strict
// policy as a meta tag (scripts/csp.mjs).
//
// Offline and installable: vite-plugin-pwa writes the web app manifest and, with Workbox, a
// service worker that precaches every file of the build (page, chunks, both wasm modules, the
// lessons), so after one visit the explorer works with the network off. The page registers it
// itself once its first view is drawn (web/src/offline.js); a new version's worker waits, and
// takes over on the next visit ('prompt', without the prompt: nothing reloads under a student).
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: [],
  manifest: {
    id: './',
    name: 'Activation functions',
    short_name: 'Activations',
    description: 'Neural-network activation functions and their derivatives, computed in WebAssembly.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The manifest and its icons are added by the plugin itself.
    globPatterns: ['**/*.{html,js,css,wasm,svg,json}'],
    // Their names carry their contents' hashes: no revision query needed to tell versions apart.
    dontCacheBustURLsMatching: /^assets\//,
    // The page under any query string (a learning platform may add one) is the precached page.
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  root: 'web',
  base: './',
  plugins: [chartjsPureStatics(), cspMetaTag(STRICT_CSP), appVersionMeta(), firstViewPreload(), offline, compileHint()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // The Emscripten glue is ~38 KB; no inlining of the wasm as a data: URL.
    assetsInlineLimit: 0,
    // Before a dynamic import, Vite's helper adds a <link rel="modulepreload"> for each chunk the
    // imported one needs, so all are fetched at once, not one import level after another; but
    // not for the imported chunk itself, which import() asks for at the same moment. Adding a
    // link costs the main thread 0.1-34 ms at 4x CPU throttling.
    modulePreload: { resolveDependencies: (imported, chunks) => chunks.filter((chunk) => chunk !== imported) },
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
