// What the sampling view draws, computed from the logits and the knobs: the distribution at
// each stage of Hugging Face's order (engine.js computes them), the ranking top-p walks, the
// running total it cuts, and how often each word was drawn.

/**
 * model: softmax of the logits (temperature 1), what the model says; seenByTopP: after
 * temperature and top-k, the distribution top-p ranks; afterTopP: what top-p keeps of it;
 * sampled: after every knob, what the draws come from. Each a Float64Array, 0 where removed.
 */
export function samplingStages(act, logits, { temperature, topK, topP, minP }) {
  return {
    model: act.softmax(logits, 1),
    seenByTopP: act.samplingDistribution(logits, { temperature, topK }),
    afterTopP: act.samplingDistribution(logits, { temperature, topK, topP }),
    sampled: act.samplingDistribution(logits, { temperature, topK, topP, minP }),
  };
}

/**
 * Indices from the most probable to the least: top-p's ranking read backwards. Words top-k
 * removed (all 0) follow by their logits. The engine sorts ascending and stably, so of equal
 * probabilities (and so equal logits) the lower index is removed first: here it comes last.
 */
export function descendingOrder(probabilities, logits) {
  const ascending = Array.from(probabilities.keys()).sort((a, b) => probabilities[a] - probabilities[b] || logits[a] - logits[b] || a - b);
  return ascending.reverse();
}

/** The running totals of `probabilities` taken in `order`, each at most 1 (a sum can round past it). */
export function runningTotals(probabilities, order) {
  let total = 0;
  return order.map((i) => Math.min(1, (total += probabilities[i])));
}

/** How often each of the indices 0 … n − 1 occurs in `drawn`. */
export function drawCounts(drawn, n) {
  const counts = new Array(n).fill(0);
  for (const index of drawn) counts[index] += 1;
  return counts;
}

/** The indices of the removed words: probability exactly 0 (engine.js writes 0 for them). */
export function removedIndices(probabilities) {
  return Array.from(probabilities.keys()).filter((i) => probabilities[i] === 0);
}

// Room above the highest bar for the value written over it.
const LABEL_ROOM = 1.15;

/** The top of a probability axis for bars up to `largest`: a whole tenth, from 0.1 to 1. */
export function axisTop(largest) {
  return Math.min(10, Math.max(1, Math.ceil(largest * LABEL_ROOM * 10 - 1e-9))) / 10;
}
