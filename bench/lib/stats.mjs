// Shared by the benchmark scripts: the command line they all take, the inputs they all
// use, and the statistics they report.

/** Parses `--key value` pairs; lists are comma-separated. */
export function parseArgs(argv = process.argv.slice(2)) {
  const options = { functions: [], softmax: [], sizes: [], orders: [], rounds: 9 };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'functions' || key === 'orders') options[key] = value.split(',').filter(Boolean);
    else if (key === 'softmax' || key === 'sizes') options[key] = value.split(',').filter(Boolean).map(Number);
    else if (key === 'rounds') options[key] = Number(value);
    else options[key] = value;
  }
  return options;
}

/** n points evenly spaced over [-10, 10], the notebook's plotting range. */
export function linspace(n, from = -10, to = 10) {
  return Float64Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}

/**
 * A copy of `values` in an order fixed by `seed` (Fisher-Yates driven by mulberry32), so that
 * every run of the benchmark, and every implementation in it, sees the same shuffle.
 */
export function shuffled(values, seed = 1) {
  const out = Float64Array.from(values);
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function median(values) {
  return quantile(values, 0.5);
}

/** The q-quantile by linear interpolation between order statistics. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Calls per run, so that every run covers at least a million elements (as native_bench). */
export function repetitions(n) {
  return Math.max(1, Math.floor(1e6 / n));
}

/** ns per element of one run: `call` (which handles n elements) called `reps` times. */
export function timeRun(call, n, reps = repetitions(n)) {
  const start = performance.now();
  for (let r = 0; r < reps; r += 1) call();
  return ((performance.now() - start) * 1e6) / (reps * n);
}

export const round = (value, digits = 3) => Number(value.toPrecision(digits));
