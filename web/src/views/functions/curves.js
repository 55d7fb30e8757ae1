// What the functions view computes for one row: f and f′ at given points (for a gated row,
// f(a; b) = a g(b) over its gate input b at the state's a, and ∂f/∂b), and the curve to draw,
// on a grid with the row's kinks in it, so a corner is drawn sharp and a jump as a jump, never
// as a steep line.
import { parameterKey } from '../../state.js';

export const isGated = (row) => row.kind === 'gated';

/** The row's parameter values in the state, as evaluate() takes them. */
export const parametersOf = (state, row) => Object.fromEntries(row.params.map((p) => [p.id, state[parameterKey(row.id, p.id)]]));

/** { value, derivative } of the row at xs: f and f′, or a gated row's a g(x) and ∂f/∂b. */
export function evaluateRow(act, row, xs, state) {
  if (isGated(row)) {
    const { value, db } = act.evaluateGated(row.id, new Float64Array(xs.length).fill(state.gatea), xs);
    return { value, derivative: db };
  }
  return act.evaluate(row.id, xs, parametersOf(state, row));
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

/**
 * The row on `grid` (ascending) with each kink inside it added: the kink and the doubles on
 * either side. Returns { xs, value, derivative } (the values there, for tables and exports) and
 * { valueShown, derivativeShown }: the same with a gap (NaN) at each kink where that curve
 * jumps: f′ always does at a kink, f where the catalogue says it jumps.
 */
export function curve(act, row, grid, state) {
  const kinks = act.kinks(row.id, parametersOf(state, row)).filter((k) => k.position > grid[0] && k.position < grid.at(-1));
  const points = [...grid, ...kinks.flatMap((k) => [neighbour(k.position, false), k.position, neighbour(k.position, true)])];
  const xs = Float64Array.from(new Set(points)).sort();
  const { value, derivative } = evaluateRow(act, row, xs, state);
  const valueShown = Float64Array.from(value);
  const derivativeShown = Float64Array.from(derivative);
  for (const kink of kinks) {
    const at = xs.indexOf(kink.position);
    derivativeShown[at] = NaN;
    if (kink.value !== 'both') valueShown[at] = NaN;
  }
  return { xs, value, derivative, valueShown, derivativeShown };
}
