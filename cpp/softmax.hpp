#pragma once
// Softmax with a temperature T > 0 over n logits z:
//   p_i = exp((z_i - m) / T) / sum_j exp((z_j - m) / T),   m = max_j z_j.
// Subtracting the max keeps every exponent <= 0, so nothing overflows for any finite
// logits and any T > 0, and the max's own term is exactly 1, so the sum lies in [1, n].
// Non-finite logits get their limits: any NaN makes every output NaN; when the max is
// infinite, the probability is split evenly among the logits equal to it.
// Callers validate T (finite, > 0); every function here accepts n == 0. Only softmax may
// write over its own logits (softmin relies on that).

#include <cstddef>

namespace activations {

void softmax(const double* logits, std::size_t n, double temperature, double* probabilities);

// log p_i, computed as (z_i - m) / T - log(sum_j exp((z_j - m) / T)) (log-sum-exp).
void logSoftmax(const double* logits, std::size_t n, double temperature, double* outputs);

// softmax(-z, T): the smallest logit gets the largest probability.
void softmin(const double* logits, std::size_t n, double temperature, double* outputs);

// The n x n Jacobian dp_i/dz_j = p_i (delta_ij - p_j) / T, row-major.
void softmaxJacobian(const double* logits, std::size_t n, double temperature, double* jacobian);

namespace naive {
// The notebook's exp(z / T) / sum(exp(z / T)): NaN as soon as one exp overflows.
void softmax(const double* logits, std::size_t n, double temperature, double* probabilities);
}  // namespace naive

}  // namespace activations
