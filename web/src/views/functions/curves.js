// What the functions view computes for one row: f and f′ at given points (for a gated row,
// f(a; b) = a g(b) over its gate input b at the state's a, and ∂f/∂b), and the curve to draw,
// on a grid with the row's kinks in it, so a corner is drawn sharp and a jump as a jump, never
// as a steep line.
import { freshArray } from '../../scratch.js';
import { parameterKey } from '../../state.js';

export const isGated = (row) => row.kind === 'gated';

/** The row's parameter values in the state, as evaluate() takes them. */
export const parametersOf = (state, row) => Object.fromEntries(row.params.map((p) => [p.id, state[parameterKey(row.id, p.id)]]));

/**
 * { value, derivative } of the row at xs: f and f′, or a gated row's a g(x) and ∂f/∂b, written
 * into arrays from `take` (scratch.js; by default new ones).
 */
export function evaluateRow(act, row, xs, state, take = freshArray) {
  const n = xs.length;
  if (isGated(row)) {
    const out = { value: take('value', n), da: take('da', n), db: take('derivative', n) };
    act.evaluateGated(row.id, take('a', n).fill(state.gatea), xs, { out });
    return { value: out.value, derivative: out.db };
  }
  return act.evaluate(row.id, xs, parametersOf(state, row), { out: { value: take('value', n), derivative: take('derivative', n) } });
}

// The neighbouring doubles of a finite x.
const bits = new Float64Array(1);
const integer = new BigInt64Array(bits.buffer);
function neighbour(x, upwards) {
  if (x === 0) return upwards ? Number.MIN_VALUE : -Number.MIN_VALUE;
  bits[0] = x;
  integer[0] += x > 0 === upwards ? 1n : -1n;
  return bits[0];
}

/** Ascending `sorted` and `extra` merged into `target`, each value once; returns the filled part. */
function mergeAscending(sorted, extra, target) {
  let count = 0;
  let j = 0;
  const push = (x) => {
    if (count === 0 || target[count - 1] !== x) target[count++] = x;
  };
  for (const x of sorted) {
    while (j < extra.length && extra[j] < x) push(extra[j++]);
    push(x);
  }
  while (j < extra.length) push(extra[j++]);
  return target.subarray(0, count);
}

/**
 * The row on `grid` (ascending) with each kink inside it added: the kink and the doubles on
 * either side. Returns { xs, value, derivative } (the values there, for tables and exports) and
 * { valueShown, derivativeShown }: the same with a gap (NaN) at each kink where that curve
 * jumps: f′ always does at a kink, f where the catalogue says it jumps. Its arrays come from
 * `take` (scratch.js; by default new ones).
 */
export function curve(act, row, grid, state, take = freshArray) {
  const kinks = act.kinks(row.id, parametersOf(state, row)).filter((k) => k.position > grid[0] && k.position < grid.at(-1));
  const atKinks = kinks.flatMap((k) => [neighbour(k.position, false), k.position, neighbour(k.position, true)]).sort((a, b) => a - b);
  const xs = atKinks.length ? mergeAscending(grid, atKinks, take('xs', grid.length + atKinks.length)) : grid;
  const { value, derivative } = evaluateRow(act, row, xs, state, take);
  const valueShown = take('valueShown', xs.length);
  valueShown.set(value);
  const derivativeShown = take('derivativeShown', xs.length);
  derivativeShown.set(derivative);
  for (const kink of kinks) {
    const at = xs.indexOf(kink.position);
    derivativeShown[at] = NaN;
    if (kink.value !== 'both') valueShown[at] = NaN;
  }
  return { xs, value, derivative, valueShown, derivativeShown };
}
