// The page's Content-Security-Policy, written once. vite.config.js puts it in index.html as a
// meta tag, the end-to-end server sends it as a header, and the one-file build derives its own
// from the same directives: no origin to trust there, so the inline script and style are allowed
// by their SHA-256 hashes and the inlined wasm by its data: URL.
import { createHash } from 'node:crypto';

const serialize = (directives) => Object.entries(directives).map((entry) => entry.flat().join(' ')).join('; ');

// 'wasm-unsafe-eval' compiles WebAssembly and nothing else: the glue is linked with
// -sDYNAMIC_EXECUTION=0, so no eval or new Function is needed.
const HOSTED = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
};

/** What the hosted site (dist/) runs under: its meta tag and the header hosts are told to send. */
export const STRICT_CSP = serialize(HOSTED);

/** The source expression that allows one inline <script> or <style> with this exact text. */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The one-file build's policy: only its own inline scripts and styles, and data: URLs. */
export function inlinePolicy({ scripts, styles }) {
  return serialize({
    'default-src': ["'none'"],
    'script-src': [...scripts.map(sha256Source), "'wasm-unsafe-eval'"],
    'style-src': styles.map(sha256Source),
    'img-src': ['data:'],
    // Emscripten's glue fetches the inlined wasm from its data: URL.
    'connect-src': ['data:'],
  });
}

/** A Vite plugin that puts `content` into the page as its Content-Security-Policy meta tag. */
export function cspMetaTag(content) {
  return {
    name: 'csp-meta-tag',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' },
    ],
  };
}
