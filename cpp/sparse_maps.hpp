#pragma once
// Probability maps that can give exact zeros, of z / T for a temperature T > 0:
//   sparsemax(z)_i = max(z_i - tau, 0)            (Martins & Astudillo 2016)
//   entmax15(z)_i  = max(z_i / 2 - tau, 0)^2      (1.5-entmax, Peters, Niculae & Martins 2019)
// with tau the one threshold that makes the outputs sum to 1, found exactly by sorting: for
// a support of the k largest entries, tau is a closed form of their sum (entmax: and of their
// sum of squares), and the support is the largest k that stays above it.
// Both are invariant to shifting z, so they work on s_i = (z_i - max) / T (entmax: / 2T) in
// double-double. s lies in (-inf, 0] and the support in (-1, 0], so the sums of k terms keep
// their absolute accuracy and an output is accurate to about an ULP of 1; one below its
// threshold is exactly 0. Non-finite logits take the limits softmax takes (shifted_logits.hpp).
// The outputs must not alias the logits.

#include <cstddef>

namespace activations {

void sparsemax(const double* logits, std::size_t n, double temperature, double* probabilities);

void entmax15(const double* logits, std::size_t n, double temperature, double* probabilities);

}  // namespace activations
