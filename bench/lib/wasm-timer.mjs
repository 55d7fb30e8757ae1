// For a page's init script (page.addInitScript): every function the Emscripten glue takes from
// a wasm table is wrapped with a timer, so window.wasmMilliseconds() is the time spent inside
// the module's calls so far, whichever module made them.
export function timeWasmCalls() {
  const get = WebAssembly.Table.prototype.get;
  let wasm = 0;
  WebAssembly.Table.prototype.get = function timedGet(index) {
    const f = get.call(this, index);
    if (typeof f !== 'function') return f;
    return function timed(...args) {
      const start = performance.now();
      try {
        return f.apply(this, args);
      } finally {
        wasm += performance.now() - start;
      }
    };
  };
  window.wasmMilliseconds = () => wasm;
}
