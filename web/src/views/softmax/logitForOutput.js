// Dragging a bar: the logit zᵢ that moves output i to the value under the pointer, the other
// logits held. Every vector function of the catalogue moves its own output monotonically with
// its own logit (softmax and log-softmax up, softmin down), so bisection finds it for any of
// them, to well under a pixel.
const BISECTION_STEPS = 60;

/**
 * evaluate(logits) -> outputs (Float64Array); logits: the current ones; index: the dragged
 * bar; target: the wanted output; limits: { min, max } of a logit. Returns the new logit,
 * inside the limits (at a limit when the target lies beyond what the limits reach).
 */
export function logitForOutput(evaluate, logits, index, target, { min, max }) {
  const outputAt = (z) => evaluate(logits.map((other, i) => (i === index ? z : other)))[index];
  const low = outputAt(min);
  const high = outputAt(max);
  if (low === high) return logits[index]; // one logit alone: its output is always the same
  const rising = high > low;
  if (rising ? target <= low : target >= low) return min;
  if (rising ? target >= high : target <= high) return max;
  let a = min;
  let b = max;
  for (let step = 0; step < BISECTION_STEPS; step += 1) {
    const middle = (a + b) / 2;
    if (outputAt(middle) < target === rising) a = middle;
    else b = middle;
  }
  return (a + b) / 2;
}
