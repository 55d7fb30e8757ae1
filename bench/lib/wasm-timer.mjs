// For a page's init script (page.addInitScript): every function of a wasm module that JS can
// call is wrapped with a timer, so window.wasmMilliseconds() is the time spent inside the
// modules' calls so far, whichever module made them. Two doors lead in: the functions embind
// takes from a wasm table, and the instance's exports, which the hot path calls directly (raw
// heap pointers). A call made from inside another (wasm calling JS calling wasm) counts once.
export function timeWasmCalls() {
  let wasm = 0;
  let depth = 0;
  const timed = (f) =>
    function timedCall(...args) {
      const start = depth === 0 ? performance.now() : 0;
      depth += 1;
      try {
        return f.apply(this, args);
      } finally {
        depth -= 1;
        if (depth === 0) wasm += performance.now() - start;
      }
    };

  const get = WebAssembly.Table.prototype.get;
  WebAssembly.Table.prototype.get = function timedGet(index) {
    const f = get.call(this, index);
    return typeof f === 'function' ? timed(f) : f;
  };

  // Emscripten's glue reads what it needs from `instance.exports`: hand it timed copies.
  const withTimedExports = ({ module, instance }) => {
    const exports = Object.fromEntries(Object.entries(instance.exports).map(([name, value]) => [name, typeof value === 'function' ? timed(value) : value]));
    return { module, instance: { exports } };
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiateStreaming = (...args) => instantiateStreaming(...args).then(withTimedExports);
  WebAssembly.instantiate = (source, imports) =>
    instantiate(source, imports).then((result) => (result instanceof WebAssembly.Instance ? result : withTimedExports(result)));
  window.wasmMilliseconds = () => wasm;
}
