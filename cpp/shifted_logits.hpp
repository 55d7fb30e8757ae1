#pragma once
// What the probability maps (softmax.cpp, sparse_maps.cpp) share: logits shifted by their
// max and divided by the temperature in double-double, and the limits for non-finite logits.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

#include "double_double.hpp"

namespace activations {

// (z - max) / T to twice double precision: the subtraction through TwoSum, the division
// through its exact remainder. At T = 1 (the default) the division is skipped: the general
// path's d.hi / 1 is exact with remainder +0, so it gives {d.hi, +0 + d.lo}, as written here.
inline dd::DoubleDouble shiftedArgument(double z, double max, double temperature) {
  const dd::DoubleDouble d = dd::sum(z, -max);
  if (temperature == 1.0) return dd::withCorrection(d.hi, 0.0 + d.lo);
  const dd::DoubleDouble q = dd::quotient(d.hi, temperature);
  // withCorrection: when q overflows to -inf (tiny T), the low part would be +inf and turn
  // exp(-inf) (1 + inf) into NaN.
  return dd::withCorrection(q.hi, q.lo + d.lo / temperature);
}

// The index of the first largest logit (as std::max_element finds it), or n when some logit
// is NaN: one pass for both questions.
inline std::size_t argmaxUnlessNaN(const double* logits, std::size_t n) {
  std::size_t argmax = 0;
  bool anyNaN = false;
  for (std::size_t i = 0; i < n; ++i) {
    anyNaN |= std::isnan(logits[i]);
    if (logits[argmax] < logits[i]) argmax = i;
  }
  return anyNaN ? n : argmax;
}

// The limits when some logit is NaN (argmax == n: every output NaN) or the max is infinite
// (the mass split evenly among the logits equal to it); false, writing nothing, when all are
// ordinary.
inline bool writeNonFiniteLimit(const double* logits, std::size_t n, std::size_t argmax, double* probabilities) {
  if (argmax == n) {
    std::fill(probabilities, probabilities + n, std::numeric_limits<double>::quiet_NaN());
    return true;
  }
  const double max = logits[argmax];
  if (!std::isinf(max)) return false;
  const auto tied = static_cast<double>(std::count(logits, logits + n, max));
  for (std::size_t i = 0; i < n; ++i) probabilities[i] = logits[i] == max ? 1.0 / tied : 0.0;
  return true;
}

inline bool writeNonFiniteLimit(const double* logits, std::size_t n, double* probabilities) {
  return writeNonFiniteLimit(logits, n, argmaxUnlessNaN(logits, n), probabilities);
}

}  // namespace activations
