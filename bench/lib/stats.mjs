// Shared by the benchmark scripts: the command line they all take, the inputs they all
// use, and the statistics they report.

/** Parses `--key value` pairs; lists are comma-separated. */
export function parseArgs(argv = process.argv.slice(2)) {
  const options = { functions: [], softmax: [], sizes: [], runs: 7 };
  for (let i = 0; i + 1 < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'functions') options.functions = value.split(',').filter(Boolean);
    else if (key === 'softmax' || key === 'sizes') options[key] = value.split(',').filter(Boolean).map(Number);
    else if (key === 'runs' || key === 'reps') options[key] = Number(value);
    else options[key] = value;
  }
  return options;
}

/** n points evenly spaced over [-10, 10], the notebook's plotting range. */
export function linspace(n, from = -10, to = 10) {
  return Float64Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
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

/**
 * Times `call` (which handles n elements) over `runs` runs after one warm-up run and returns
 * { fn, n, nsPerElement (the median), runsNs }. `reps` overrides the calls per run.
 */
export function measure(label, n, runs, call, reps = repetitions(n)) {
  const runsNs = [];
  for (let run = -1; run < runs; run += 1) {
    const start = performance.now();
    for (let r = 0; r < reps; r += 1) call();
    const elapsed = performance.now() - start;
    if (run >= 0) runsNs.push((elapsed * 1e6) / (reps * n));
  }
  return { fn: label, n, nsPerElement: median(runsNs), runsNs };
}

export const round = (value, digits = 3) => Number(value.toPrecision(digits));
