#pragma once
// The notebook's element-wise activations, computed so they stay accurate everywhere.
//
// Promises, for every kernel: a finite input never gives NaN; NaN in gives NaN out (value
// and derivative); value and derivative keep their *relative* accuracy deep into the tails.
// The identities that make that true:
//   sigmoid(x)  = 1 / (1 + e)      with e = exp(-|x|), for x >= 0
//               = e / (1 + e)      for x < 0 (the mirror, sigmoid(x) = 1 - sigmoid(-x))
//   sigmoid'(x) = e / (1 + e)^2    (the textbook s(1 - s) cancels to 0 from x ~ 37)
//   tanh'(x)    = 4 sigmoid'(2x)   (the textbook 1 - tanh^2 cancels to 0 from |x| ~ 19)
//   selu(x)     = scale * alpha * expm1(x) for x <= 0 (exp(x) - 1 loses every digit near 0)
// Kinks: the derivative at a kink is the left-hand limit, the convention PyTorch's autograd
// uses: relu'(0) = 0, selu'(0) = scale * alpha.

#include <cmath>

#include "value_and_derivative.hpp"

namespace activations::stable {

// e / (1 + e)^2 with e = exp(-|x|): the logistic density, symmetric in x.
inline double logisticDensity(double x) {
  const double e = std::exp(-std::fabs(x));
  const double onePlusE = 1.0 + e;
  return e / (onePlusE * onePlusE);
}

inline ValueAndDerivative linear(double x, const double* /*parameters*/) {
  return {x, std::isnan(x) ? x : 1.0};
}

inline ValueAndDerivative relu(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x > 0) return {x, 1.0};
  return {0.0, 0.0};
}

// parameters: alpha, scale.
inline ValueAndDerivative selu(double x, const double* parameters) {
  const double alpha = parameters[0];
  const double scale = parameters[1];
  if (x > 0) return {scale * x, scale};
  if (std::isnan(x)) return {x, x};
  return {scale * (alpha * std::expm1(x)), scale * (alpha * std::exp(x))};
}

inline ValueAndDerivative sigmoid(double x, const double* /*parameters*/) {
  const double e = std::exp(-std::fabs(x));
  const double onePlusE = 1.0 + e;
  const double value = x >= 0 ? 1.0 / onePlusE : e / onePlusE;
  return {value, e / (onePlusE * onePlusE)};
}

inline ValueAndDerivative tanh(double x, const double* /*parameters*/) {
  return {std::tanh(x), 4.0 * logisticDensity(2.0 * x)};
}

}  // namespace activations::stable
