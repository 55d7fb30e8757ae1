// The in-process half of bench/kernels.mjs, in a process of its own that never starts one:
// after a fork, every page of the forking process is copy-on-write until written again, and
// the first run after a spawn took 150-200 ns per element instead of ~1 (measured here).
// bench/kernels.mjs forks it once with its own command line and sends it { round, input }
// (input: an index into the inputs) once a round for each input; it answers
// { results: [{ implementation, fn, ns }] }. At start it reads the input files and answers
// { implementations } (their descriptions).
import fs from 'node:fs';

import { loadActivations } from '../web/src/node.js';
import { plain } from './plain.mjs';
import { parseArgs, timeRun } from './lib/stats.mjs';
import { benchInputs, softmaxRows } from './lib/inputs.mjs';

const PER_POINT_LIMIT = 100_000; // calls per run: one call per point costs ~0.1-1 us

const options = parseArgs();
const act = await loadActivations();

// One pair of output arrays per size, which every implementation writing into out arrays
// shares, as a page reuses its own: here, memory left untouched for a while (as a pair per
// function would be, once a round) was measured 2-10x slower to write than memory in use.
const sharedOutputs = new Map();
function outputsFor(n) {
  if (!sharedOutputs.has(n)) sharedOutputs.set(n, { value: new Float64Array(n), derivative: new Float64Array(n) });
  return sharedOutputs.get(n);
}
/** Each row's out: the matching part of the shared value array (views, no copies). */
const rowOutputs = (rows) => {
  const { value } = outputsFor(rows.length * rows[0].length);
  return rows.map((row, r) => value.subarray(r * row.length, (r + 1) * row.length));
};
const noParams = {};

// In-process implementations: each maker returns, for one input, a call covering all of it.
const IN_PROCESS = {
  'wasm-out': ['the shipped module through engine.js, writing into out arrays', {
    elementwise: (id, xs) => {
      const options = { out: outputsFor(xs.length) };
      return () => act.evaluate(id, xs, noParams, options);
    },
    softmax: (rows) => {
      const calls = rowOutputs(rows).map((out, r) => ({ row: rows[r], options: { out } }));
      return () => {
        for (const { row, options } of calls) act.softmax(row, 1, options);
      };
    },
  }],
  wasm: ['the same, returning fresh arrays (no out)', {
    elementwise: (id, xs) => () => act.evaluate(id, xs, noParams),
    softmax: (rows) => () => {
      for (const row of rows) act.softmax(row);
    },
  }],
  js: ['plain JavaScript of the textbook formulas, into out arrays (bench/plain.mjs)', {
    elementwise: (id, xs) => {
      const out = outputsFor(xs.length);
      return () => plain[id](xs, out);
    },
    softmax: (rows) => {
      const calls = rowOutputs(rows).map((out, r) => ({ row: rows[r], out }));
      return () => {
        for (const { row, out } of calls) plain.softmax(row, out);
      };
    },
  }],
  'per-point': [`engine.js called once per point, out of length 1 (${PER_POINT_LIMIT} calls a run)`, {
    elementwise: (id, xs) => {
      const one = new Float64Array(1);
      const options = { out: { value: new Float64Array(1), derivative: new Float64Array(1) } };
      const points = xs.subarray(0, PER_POINT_LIMIT);
      const call = () => {
        for (let i = 0; i < points.length; i += 1) {
          one[0] = points[i];
          act.evaluate(id, one, noParams, options);
        }
      };
      return { call, n: points.length, reps: Math.max(1, Math.floor(PER_POINT_LIMIT / points.length)) };
    },
  }],
};

const inputs = benchInputs(options).map((input) => ({ ...input, xs: new Float64Array(fs.readFileSync(input.file).buffer.slice(0)) }));
const labels = [...options.functions, ...options.softmax.map((m) => `softmax_${m}`)];

// Every call made once (and run once, to warm the JIT) before the first round.
const calls = inputs.map((input) => Object.entries(IN_PROCESS).flatMap(([implementation, [, makers]]) => labels.map((fn) => {
  const m = fn.startsWith('softmax_') ? Number(fn.slice('softmax_'.length)) : 0;
  const made = m ? makers.softmax?.(softmaxRows(input.xs, m)) : makers.elementwise(fn, input.xs);
  if (made === undefined) return undefined;
  const { call, n, reps } = typeof made === 'function' ? { call: made, n: input.n, reps: undefined } : made;
  call();
  return { implementation, fn, time: () => timeRun(call, n, reps) };
}).filter(Boolean)));

process.on('message', ({ round, input }) => {
  // Function by function, the implementations in an order that turns each round, so that
  // none always follows another (and pays for its garbage).
  const names = Object.keys(IN_PROCESS);
  const order = names.map((_, i) => names[(i + round) % names.length]);
  const results = [];
  for (const fn of labels) {
    for (const implementation of order) {
      const entry = calls[input].find((c) => c.implementation === implementation && c.fn === fn);
      if (entry) results.push({ implementation, fn, ns: entry.time() });
    }
  }
  process.send({ results });
});
process.send({ implementations: Object.fromEntries(Object.entries(IN_PROCESS).map(([name, [what]]) => [name, what])) });
