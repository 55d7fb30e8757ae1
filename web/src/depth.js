// The gradient that reaches the input of N stacked layers of one activation, with identity
// weights: x_0 = x, x_{k+1} = f(x_k), and dx_N/dx_0 = f'(x_0) f'(x_1) ... f'(x_{N-1}).
// It shows why deep sigmoid stacks stop learning: every factor is at most 1/4.

/**
 * evaluate(xs) returns { value, derivative } for an array of points (engine.js' evaluate,
 * bound to one function and its parameters); xs holds several starting points, one per
 * series. Returns, for each starting point, the gradient after 1, 2, ..., depth layers.
 */
export function gradientsThroughLayers(evaluate, starts, depth) {
  let xs = Float64Array.from(starts);
  const gradients = starts.map(() => new Float64Array(depth));
  const running = new Float64Array(starts.length).fill(1);
  for (let layer = 0; layer < depth; layer += 1) {
    const { value, derivative } = evaluate(xs);
    for (let i = 0; i < xs.length; i += 1) {
      running[i] *= derivative[i];
      gradients[i][layer] = running[i];
    }
    xs = value;
  }
  return gradients;
}
