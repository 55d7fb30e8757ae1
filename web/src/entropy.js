// Shannon entropy of a probability vector, in nats: -sum p ln p, with 0 ln 0 = 0. Its maximum,
// ln n, belongs to the uniform distribution that a very high temperature approaches.
export function entropy(probabilities) {
  let h = 0;
  for (const p of probabilities) if (p > 0) h -= p * Math.log(p);
  return h;
}
