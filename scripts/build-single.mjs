// Builds dist-single/activation-explorer.html: one self-contained file that works opened from
// disk (file://) or uploaded alone to a learning platform. vite-plugin-singlefile inlines the
// script and the styles; Vite itself inlines every asset as a data: URL (the plugin lifts the
// size limit), which takes in the icon and both wasm modules, the activations' and the
// trainer's (imported on demand, but part of the one script here). The page's policy stays
// strict: the last step hashes the inline script and style into it (scripts/csp.mjs).
//   node scripts/build-single.mjs        (needs web/generated/; scripts/build.sh runs it)
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

import { chartjsPureStatics } from './chartjs-pure-statics.mjs';
import { cspMetaTag, inlinePolicy } from './csp.mjs';

const root = new URL('..', import.meta.url);
const OUTPUT_FILE = 'activation-explorer.html';
// Stands in the meta tag until the inline code it must allow is final.
const PENDING_POLICY = 'written by the one-file build once its inline code is final';

// The text of each <tag>…</tag> in `html`. Script and style are raw-text elements, so, as for
// the browser, each one ends at the first "</tag" after its start tag (vite-plugin-singlefile
// escapes "</script" inside the code it inlines).
function inlineTexts(html, tag) {
  const texts = [];
  for (let at = html.indexOf(`<${tag}`); at !== -1; at = html.indexOf(`<${tag}`, at)) {
    const start = html.indexOf('>', at) + 1;
    at = html.indexOf(`</${tag}`, start);
    texts.push(html.slice(start, at));
  }
  return texts;
}

// Vite never inlines a <link rel="icon">: its file is put in as a data: URL here.
const LINKED_TYPES = { svg: 'image/svg+xml', png: 'image/png' };

/**
 * Runs after vite-plugin-singlefile: inlines what the page still links to, then writes the
 * policy that allows exactly the inlined code. Anything else left beside the page is an error.
 */
function inlineCodePolicy() {
  return {
    name: 'inline-code-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[OUTPUT_FILE];
        let html = String(page.source);
        for (const name of Object.keys(bundle).filter((file) => file !== OUTPUT_FILE)) {
          const type = LINKED_TYPES[name.split('.').pop()];
          if (!type || !html.includes(`"./${name}"`)) this.error(`the one-file build left ${name} beside the page`);
          html = html.replaceAll(`"./${name}"`, `"data:${type};base64,${Buffer.from(bundle[name].source).toString('base64')}"`);
          delete bundle[name];
        }
        const policy = inlinePolicy({ scripts: inlineTexts(html, 'script'), styles: inlineTexts(html, 'style') });
        page.source = html.replace(PENDING_POLICY, policy);
      },
    },
  };
}

const { size } = await build({
  configFile: false,
  root: new URL('web', root).pathname,
  base: './',
  logLevel: 'warn',
  // The page's public/ files (lessons, the embed resizer) are for the hosted copy only.
  publicDir: false,
  // The page knows it is this copy: its embed builder explains that embedding needs a hosted one.
  define: { 'import.meta.env.SINGLE_FILE': 'true' },
  // No service worker from a file: page (web/src/offline.js does not register one); the plugin,
  // disabled, only answers the page's import of its registration module.
  plugins: [chartjsPureStatics(), cspMetaTag(PENDING_POLICY), VitePWA({ disable: true, injectRegister: false }), viteSingleFile({ outputFileName: OUTPUT_FILE }), inlineCodePolicy()],
  build: {
    outDir: new URL('dist-single', root).pathname,
    emptyOutDir: true,
    modulePreload: false,
  },
}).then((output) => ({ size: output.output[0].source.length }));
console.log(`built dist-single/${OUTPUT_FILE} (${(size / 1024).toFixed(0)} KB)`);
