#pragma once
// squareplus(x) = (x + s) / 2 with s = sqrt(x^2 + b) (Barron 2021), and
// squareplus'(x) = (1 + x / s) / 2.
// For x < 0 both cancel (s ~ |x|); there they are rewritten without a difference:
//   f = b / (2 (s - x)),  f' = (b / (2 s)) / (s - x),  s - x = s + |x|.
// s is hypot(x, sqrt b), so x^2 never overflows; every sum and product is halved first, so
// none overflows before the result would.

#include <cmath>

#include "../value_and_derivative.hpp"

namespace activations::stable {

// parameters: b.
inline ValueAndDerivative squareplus(double x, const double* parameters) {
  const double b = parameters[0];
  if (std::isnan(x)) return {x, x};
  if (std::isinf(x)) return x > 0 ? ValueAndDerivative{x, 1.0} : ValueAndDerivative{0.0, 0.0};
  const double s = std::hypot(x, std::sqrt(b));
  if (x >= 0) return {0.5 * x + 0.5 * s, 0.5 + 0.5 * (x / s)};
  const double halfGap = 0.5 * s - 0.5 * x;  // (s - x) / 2 > 0
  return {0.25 * b / halfGap, (0.25 * b / s) / halfGap};
}

}  // namespace activations::stable
