#pragma once
// The course notebook's formulas, transcribed as written (numpy -> C++), kept so the page
// can show where they break. Do not use them for anything else:
//   tanh is NaN for |x| >= ~710 (exp overflows to inf, and inf / inf is NaN);
//   sigmoid'(x) = s(1 - s) is exactly 0 from x ~ 37, though the true value is ~1e-16;
//   relu(NaN) is 0, because np.where(x > 0, x, 0) sends NaN to the 0 branch;
//   selu's exp(x) - 1 loses its relative accuracy near 0.
// SELU gains the `scale` parameter (the notebook's is fixed at 1) so both variants take the
// same parameters.

#include <cmath>

#include "value_and_derivative.hpp"

namespace activations::naive {

inline ValueAndDerivative linear(double x, const double* /*parameters*/) { return {x, 1.0}; }

inline ValueAndDerivative relu(double x, const double* /*parameters*/) {
  const double value = x > 0 ? x : 0.0;
  return {value, value > 0 ? 1.0 : 0.0};
}

// parameters: alpha, scale.
inline ValueAndDerivative selu(double x, const double* parameters) {
  const double alpha = parameters[0];
  const double scale = parameters[1];
  const double value = scale * (x > 0 ? x : alpha * std::exp(x) - alpha);
  return {value, value > 0 ? scale : scale * alpha * std::exp(x)};
}

inline ValueAndDerivative sigmoid(double x, const double* /*parameters*/) {
  const double s = 1.0 / (1.0 + std::pow(M_E, -x));
  return {s, s * (1.0 - s)};
}

inline ValueAndDerivative tanh(double x, const double* /*parameters*/) {
  const double t = (std::exp(x) - std::exp(-x)) / (std::exp(x) + std::exp(-x));
  return {t, 1.0 - t * t};
}

}  // namespace activations::naive
