// Times batch evaluation in Node, in one of three ways (same command line as native_bench):
//   --implementation wasm                the shipped module through the public API (engine.js)
//   --implementation js                  the plain-JavaScript baseline (bench/plain.mjs)
//   --implementation embind-per-element  the API called once per point, as a naive caller would
// Prints { implementation, results: [{ fn, n, nsPerElement, runsNs }] } as JSON.
import fs from 'node:fs';

import { loadActivations } from '../web/src/engine.js';
import { plain } from './plain.mjs';
import { linspace, measure, parseArgs } from './lib/stats.mjs';

const options = parseArgs();
const implementation = options.implementation ?? 'wasm';
const wasmBinary = fs.readFileSync(new URL('../web/generated/activations.wasm', import.meta.url));
const act = await loadActivations({ wasmBinary });

// Each maker returns, for one function id, a call that evaluates all of xs.
const makers = {
  wasm: {
    elementwise: (id, xs) => () => act.evaluate(id, xs),
    softmax: (row) => act.softmax(row),
  },
  js: {
    elementwise: (id, xs) => () => plain[id](xs),
    softmax: (row) => plain.softmax(row),
  },
  'embind-per-element': {
    elementwise: (id, xs) => {
      const one = new Float64Array(1);
      return () => {
        for (let i = 0; i < xs.length; i += 1) {
          one[0] = xs[i];
          act.evaluate(id, one);
        }
      };
    },
    softmax: undefined, // softmax is one call per row already
  },
}[implementation];
if (!makers) throw new Error(`unknown implementation ${implementation}`);

let sink = 0;
const results = [];
for (const n of options.sizes) {
  const xs = linspace(n);
  for (const id of options.functions) {
    const call = makers.elementwise(id, xs);
    results.push(measure(id, n, options.runs, () => { sink += call()?.value?.[n >> 1] ?? 0; }, options.reps));
  }
  if (!makers.softmax) continue;
  for (const m of options.softmax) {
    const rows = [];
    for (let start = 0; start + m <= n; start += m) rows.push(xs.subarray(start, start + m));
    results.push(measure(`softmax_${m}`, n, options.runs, () => {
      for (const row of rows) sink += makers.softmax(row)[0];
    }));
  }
}
if (Number.isNaN(sink)) console.error('unexpected NaN');
console.log(JSON.stringify({ implementation, results }, null, 2));
