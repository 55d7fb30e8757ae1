// The default view's files, asked for by index.html itself: `<link rel="modulepreload">` for each
// chunk the functions view imports (Chart.js among them) and `<link rel="preload">` for the wasm.
// Without them the browser learns of these only once the entry script has downloaded and run,
// one round trip and a parse later; on a phone's network that wait is most of the first paint
// of the charts. A link to another view still fetches its own chunks when main.js asks.

const DEFAULT_VIEW = 'views/functions/index.js';
const ENGINE_WASM = /(^|\/)activations-[\w-]+\.wasm$/;

// `name` and every chunk it imports statically, transitively.
function importGraph(bundle, name, into = new Set()) {
  if (into.has(name)) return into;
  into.add(name);
  for (const imported of bundle[name]?.imports ?? []) importGraph(bundle, imported, into);
  return into;
}

/** A Vite plugin adding the preload tags of the default view's chunks and the engine's wasm. */
export function firstViewPreload() {
  return {
    name: 'first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const view = Object.values(bundle).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(DEFAULT_VIEW));
        const wasm = Object.keys(bundle).find((name) => ENGINE_WASM.test(name));
        if (!view || !wasm) throw new Error('first-view-preload: the functions view chunk or activations.wasm is missing from the build');
        // Vite already preloads what the entry imports statically.
        const entryGraph = importGraph(bundle, entry.fileName);
        const chunks = [...importGraph(bundle, view.fileName)].filter((name) => !entryGraph.has(name));
        return [
          // The glue fetches it with credentials 'same-origin', which is what `crossorigin` asks for.
          { tag: 'link', attrs: { rel: 'preload', href: `./${wasm}`, as: 'fetch', type: 'application/wasm', crossorigin: '' }, injectTo: 'head' },
          ...chunks.map((name) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${name}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}
