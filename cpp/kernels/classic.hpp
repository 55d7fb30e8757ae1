#pragma once
// Classic activations: linear, sigmoid, tanh, softsign.
//   sigmoid'(x) = e / (1 + e)^2 with e = exp(-|x|)   (see logistic.hpp)
//   tanh'(x)    = 4 sigmoid'(2x)                      (1 - tanh^2 cancels to 0 from |x| ~ 19)
//   softsign'(x) = r * r with r = 1 / (1 + |x|)       (r first: (1 + |x|)^2 overflows first)

#include <cmath>

#include "../logistic.hpp"
#include "../value_and_derivative.hpp"

namespace activations::stable {

inline ValueAndDerivative linear(double x, const double* /*parameters*/) {
  return {x, std::isnan(x) ? x : 1.0};
}

inline ValueAndDerivative sigmoid(double x, const double* /*parameters*/) {
  const Logistic s = logistic(x);
  return {s.value, s.density};
}

inline ValueAndDerivative tanh(double x, const double* /*parameters*/) {
  return {std::tanh(x), 4.0 * logistic(2.0 * x).density};
}

inline ValueAndDerivative softsign(double x, const double* /*parameters*/) {
  if (std::isinf(x)) return {std::copysign(1.0, x), 0.0};
  const double d = 1.0 + std::fabs(x);
  const double r = 1.0 / d;
  return {x / d, r * r};
}

}  // namespace activations::stable
