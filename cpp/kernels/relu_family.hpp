#pragma once
// The ReLU family: relu, leaky_relu, prelu, rrelu, relu6, relu_squared, elu, celu, selu.
// The negative side of ELU-like units uses expm1, since exp(x) - 1 loses every digit near 0;
// CELU's x / alpha is carried in double-double, since exp multiplies its rounding by |x / alpha|.
// Kinks take PyTorch's conventions: the derivative at a kink is the one-sided limit its
// backward pass uses (relu'(0) = 0, elu'(0) = alpha, relu6'(0) = relu6'(6) = 0).

#include <cmath>

#include "../double_double.hpp"
#include "../value_and_derivative.hpp"

namespace activations::stable {

// x for x > 0, slope * x otherwise: the shape of ReLU, LeakyReLU and PReLU.
inline ValueAndDerivative rectifier(double x, double negativeSlope) {
  if (std::isnan(x)) return {x, x};
  if (x > 0) return {x, 1.0};
  // A zero slope gives +0, the limit, where 0 * x would give -0 or, at -inf, NaN.
  return {negativeSlope == 0.0 ? 0.0 : negativeSlope * x, negativeSlope};
}

inline ValueAndDerivative relu(double x, const double* /*parameters*/) { return rectifier(x, 0.0); }

// parameters: negative_slope.
inline ValueAndDerivative leakyRelu(double x, const double* parameters) {
  return rectifier(x, parameters[0]);
}

// parameters: weight.
inline ValueAndDerivative prelu(double x, const double* parameters) {
  return rectifier(x, parameters[0]);
}

// parameters: lower, upper. torch.nn.RReLU in evaluation mode: the slope is their mean (in
// training each negative input draws its slope from [lower, upper]).
inline ValueAndDerivative rrelu(double x, const double* parameters) {
  return rectifier(x, 0.5 * (parameters[0] + parameters[1]));
}

// max(0, x)^2 (So et al. 2021, "Primer"): x * x and 2x are each one rounding.
inline ValueAndDerivative reluSquared(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x > 0) return {x * x, 2.0 * x};
  return {0.0, 0.0};
}

inline ValueAndDerivative relu6(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x <= 0) return {0.0, 0.0};
  if (x >= 6) return {6.0, 0.0};
  return {x, 1.0};
}

// parameters: alpha.
inline ValueAndDerivative elu(double x, const double* parameters) {
  const double alpha = parameters[0];
  if (std::isnan(x)) return {x, x};
  if (x > 0) return {x, 1.0};
  return {alpha * std::expm1(x), alpha * std::exp(x)};
}

// parameters: alpha.
inline ValueAndDerivative celu(double x, const double* parameters) {
  const double alpha = parameters[0];
  if (std::isnan(x)) return {x, x};
  if (x > 0) return {x, 1.0};
  const dd::DoubleDouble q = dd::quotient(x, alpha);
  return {alpha * dd::expm1(q), dd::exp(q)};
}

// parameters: alpha, scale. SELU is a scaled ELU.
inline ValueAndDerivative selu(double x, const double* parameters) {
  const double scale = parameters[1];
  const ValueAndDerivative e = elu(x, parameters);
  return {scale * e.value, scale * e.derivative};
}

}  // namespace activations::stable
