// The plain-JavaScript baseline: the textbook formulas written the way a course page would,
// with Math.exp and friends, each writing into the caller's { value, derivative } arrays as the
// API's out path does (softmax: into one array), so both sides allocate nothing per call.
// They are "correct enough" on the plotted range, not in the tails (see README). What each
// computes, where it differs from the catalogue's kernel:
//   selu      scale * alpha * (exp(x) - 1) for x <= 0 (the catalogue uses expm1)
//   sigmoid   1 / (1 + exp(-x)), derivative s (1 - s)
//   tanh      Math.tanh, derivative 1 - t^2
//   softplus  log1p(exp(x)), x itself above the threshold 20 (as PyTorch); derivative 1 / (1 + exp(-x))
//   gelu      JS has no erf: the tanh approximation 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))),
//             i.e. the catalogue's gelu_tanh, not its exact gelu
//   silu      x / (1 + exp(-x)), derivative s (1 + x (1 - s))
//   softmax   exp(z - max) / sum, over each row (max subtracted, as anyone would)

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;
const SOFTPLUS_THRESHOLD = 20;
const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

function geluTanh(xs, out) {
  for (let i = 0; i < xs.length; i += 1) {
    const x = xs[i];
    const t = Math.tanh(GELU_C * (x + GELU_CUBIC * x * x * x));
    out.value[i] = 0.5 * x * (1 + t);
    out.derivative[i] = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 3 * GELU_CUBIC * x * x);
  }
  return out;
}

export const plain = {
  linear(xs, out) {
    out.value.set(xs);
    out.derivative.fill(1);
    return out;
  },
  relu(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const x = xs[i];
      out.value[i] = x > 0 ? x : 0;
      out.derivative[i] = x > 0 ? 1 : 0;
    }
    return out;
  },
  selu(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const x = xs[i];
      if (x > 0) {
        out.value[i] = SELU_SCALE * x;
        out.derivative[i] = SELU_SCALE;
      } else {
        const e = Math.exp(x);
        out.value[i] = SELU_SCALE * SELU_ALPHA * (e - 1);
        out.derivative[i] = SELU_SCALE * SELU_ALPHA * e;
      }
    }
    return out;
  },
  sigmoid(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const s = 1 / (1 + Math.exp(-xs[i]));
      out.value[i] = s;
      out.derivative[i] = s * (1 - s);
    }
    return out;
  },
  tanh(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const t = Math.tanh(xs[i]);
      out.value[i] = t;
      out.derivative[i] = 1 - t * t;
    }
    return out;
  },
  softplus(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const x = xs[i];
      out.value[i] = x > SOFTPLUS_THRESHOLD ? x : Math.log1p(Math.exp(x));
      out.derivative[i] = 1 / (1 + Math.exp(-x));
    }
    return out;
  },
  gelu: geluTanh,
  gelu_tanh: geluTanh,
  silu(xs, out) {
    for (let i = 0; i < xs.length; i += 1) {
      const x = xs[i];
      const s = 1 / (1 + Math.exp(-x));
      out.value[i] = x * s;
      out.derivative[i] = s * (1 + x * (1 - s));
    }
    return out;
  },
  softmax(z, p) {
    let max = -Infinity;
    for (let i = 0; i < z.length; i += 1) if (z[i] > max) max = z[i];
    let sum = 0;
    for (let i = 0; i < z.length; i += 1) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (let i = 0; i < z.length; i += 1) p[i] /= sum;
    return p;
  },
};

/** What the baseline computes for `id`, where that is not the catalogue's function. */
export const plainNotes = {
  gelu: 'tanh form (JS has no erf)',
};
