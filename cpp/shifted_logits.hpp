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
// through its exact remainder.
inline dd::DoubleDouble shiftedArgument(double z, double max, double temperature) {
  const dd::DoubleDouble d = dd::sum(z, -max);
  const dd::DoubleDouble q = dd::quotient(d.hi, temperature);
  // withCorrection: when q overflows to -inf (tiny T), the low part would be +inf and turn
  // exp(-inf) (1 + inf) into NaN.
  return dd::withCorrection(q.hi, q.lo + d.lo / temperature);
}

// The limits when some logit is NaN (every output NaN) or the max is infinite (the mass split
// evenly among the logits equal to it); false, writing nothing, when all are ordinary.
inline bool writeNonFiniteLimit(const double* logits, std::size_t n, double* probabilities) {
  if (std::any_of(logits, logits + n, [](double z) { return std::isnan(z); })) {
    std::fill(probabilities, probabilities + n, std::numeric_limits<double>::quiet_NaN());
    return true;
  }
  const double max = *std::max_element(logits, logits + n);
  if (!std::isinf(max)) return false;
  const auto tied = static_cast<double>(std::count(logits, logits + n, max));
  for (std::size_t i = 0; i < n; ++i) probabilities[i] = logits[i] == max ? 1.0 / tied : 0.0;
  return true;
}

}  // namespace activations
