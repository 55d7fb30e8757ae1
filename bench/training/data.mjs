// The data every implementation of the training table trains on (native.cpp makes the same):
// 500 points of the XOR of signs on [-2, 2]^2, targets +-1.
export const EXAMPLES = 500;

export function xorData() {
  const inputs = new Float64Array(2 * EXAMPLES);
  const targets = new Float64Array(EXAMPLES);
  for (let i = 0; i < EXAMPLES; i += 1) {
    const x = 2 * Math.cos(1.3 * i);
    const y = 2 * Math.sin(2.1 * i + 0.5);
    inputs[2 * i] = x;
    inputs[2 * i + 1] = y;
    targets[i] = x * y > 0 ? 1 : -1;
  }
  return { inputs, targets };
}
