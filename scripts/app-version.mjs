// The build's version, as a meta tag in index.html (name="app-version"): a hash of the names of
// every file the build wrote, which carry their contents' hashes, so any change to code, styles
// or wasm changes it. The page compares it with the version this browser saw last to say
// "updated" once (web/src/offline.js).
import { createHash } from 'node:crypto';

export function appVersionMeta() {
  return {
    name: 'app-version-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const names = Object.keys(bundle ?? {}).filter((name) => !name.endsWith('.html')).sort();
        const version = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 12);
        return [{ tag: 'meta', attrs: { name: 'app-version', content: version }, injectTo: 'head' }];
      },
    },
  };
}
