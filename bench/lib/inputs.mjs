// The points every implementation of bench/kernels.mjs times: for each size n and order, n
// points evenly spaced on [-10, 10], sorted or in one fixed shuffle, in a file of
// little-endian doubles that the programs and bench/in-process.mjs read alike.
import fs from 'node:fs';
import path from 'node:path';

import { linspace, shuffled } from './stats.mjs';

const FOLDER = path.resolve(new URL('../../build/bench/inputs', import.meta.url).pathname);

/** [{ n, order, file }] for the command line's sizes and orders. */
export function benchInputs(options) {
  return options.sizes.flatMap((n) => options.orders.map((order) => ({ n, order, file: path.join(FOLDER, `${order}-${n}.f64`) })));
}

/** Writes each input's points to its file; returns the inputs. */
export function writeBenchInputs(inputs) {
  fs.mkdirSync(FOLDER, { recursive: true });
  for (const { n, order, file } of inputs) {
    const xs = order === 'shuffled' ? shuffled(linspace(n)) : linspace(n);
    fs.writeFileSync(file, new Uint8Array(xs.buffer));
  }
  return inputs;
}

/** The points in rows of m logits (views, no copies): softmax_m makes one call per row. */
export function softmaxRows(xs, m) {
  return Array.from({ length: Math.floor(xs.length / m) }, (_, r) => xs.subarray(r * m, (r + 1) * m));
}
