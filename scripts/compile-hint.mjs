// V8's explicit compile hint (Chrome 136 and later; a plain comment elsewhere): a file whose
// first line is this comment has every function compiled eagerly, on the thread that streams
// the file in, instead of each one lazily on the main thread at its first call. Every chunk of
// the site is fetched when it is about to run (the entry at start, a view, Chart.js or the
// trainer on first use) and most of its functions run then: about half of building the first
// chart was compiling Chart.js. Not for the one-file build: an inline script is compiled on the
// main thread.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A Vite plugin putting the hint on each chunk's first line. Last of all, after minification
 * (which drops comments) and after Vite puts its preload list at the top of the entry.
 */
export function compileHint() {
  return {
    name: 'compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk') output.code = `${COMPILE_HINT}\n${output.code}`;
        }
      },
    },
  };
}
