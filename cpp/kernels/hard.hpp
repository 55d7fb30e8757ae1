#pragma once
// Hard and shrink activations: hardtanh, hardsigmoid, hardswish, sparse_plus, sparse_sigmoid,
// softshrink, hardshrink, tanhshrink, threshold. Piecewise pieces are written so each result
// is one correctly rounded operation (x + 3 and x - lambda are exact near their zeros, by
// Sterbenz's lemma; x + 1 is kept in double-double); the kinks follow PyTorch's backward
// passes, and for the sparse pair the flat pieces' closed ends, as jax.nn writes them.
//   tanhshrink(x) = x - tanh(x) cancels for small |x|; there it uses Lambert's continued
//   fraction tanh(x) = x / (1 + x^2 / D), D = 3 + x^2 / (5 + x^2 / (7 + ...)), which gives
//   x - tanh(x) = x^3 / (x^2 + D) with every term positive.

#include <cmath>

#include "../double_double.hpp"
#include "../value_and_derivative.hpp"

namespace activations::stable {

// parameters: min_val, max_val.
inline ValueAndDerivative hardtanh(double x, const double* parameters) {
  const double low = parameters[0];
  const double high = parameters[1];
  if (std::isnan(x)) return {x, x};
  if (x <= low) return {low, 0.0};
  if (x >= high) return {high, 0.0};
  return {x, 1.0};
}

inline ValueAndDerivative hardsigmoid(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x <= -3) return {0.0, 0.0};
  if (x >= 3) return {1.0, 0.0};
  // (x + 3) / 6 rounded once: x + 3 is kept exact in double-double, then divided.
  const dd::DoubleDouble shifted = dd::sum(x, 3.0);
  const dd::DoubleDouble q = dd::quotient(shifted.hi, 6.0);
  return {q.hi + (q.lo + shifted.lo / 6.0), 1.0 / 6.0};
}

// f'(-3) = -1/2 and f'(3) = 3/2: PyTorch applies x / 3 + 1/2 on the closed interval.
inline ValueAndDerivative hardswish(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x < -3) return {0.0, 0.0};
  if (x > 3) return {x, 1.0};
  return {x * (x + 3.0) / 6.0, (2.0 * x + 3.0) / 6.0};
}

// (x + 1)^2 / 4 on (-1, 1), 0 below, x above: C1, so f' = (x + 1) / 2 has no jump.
inline ValueAndDerivative sparsePlus(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x <= -1) return {0.0, 0.0};
  if (x >= 1) return {x, 1.0};
  // (hi + lo)^2 = hi^2 + 2 hi lo to double-double precision, then one rounding; hi / 2 is
  // (x + 1) / 2 correctly rounded, since hi is x + 1 correctly rounded.
  const dd::DoubleDouble shifted = dd::sum(x, 1.0);
  const dd::DoubleDouble square = dd::product(shifted.hi, shifted.hi);
  return {0.25 * (square.hi + (square.lo + 2.0 * shifted.hi * shifted.lo)), 0.5 * shifted.hi};
}

// (x + 1) / 2 clipped to [0, 1]: sparse_plus's derivative.
inline ValueAndDerivative sparseSigmoid(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x <= -1) return {0.0, 0.0};
  if (x >= 1) return {1.0, 0.0};
  return {0.5 * dd::sum(x, 1.0).hi, 0.5};
}

// parameters: lambd.
inline ValueAndDerivative softshrink(double x, const double* parameters) {
  const double lambda = parameters[0];
  if (std::isnan(x)) return {x, x};
  if (x > lambda) return {x - lambda, 1.0};
  if (x < -lambda) return {x + lambda, 1.0};
  return {0.0, 0.0};
}

// parameters: lambd.
inline ValueAndDerivative hardshrink(double x, const double* parameters) {
  if (std::isnan(x)) return {x, x};
  if (std::fabs(x) > parameters[0]) return {x, 1.0};
  return {0.0, 0.0};
}

namespace shrink {
// Below this |x| the continued fraction; above it x - tanh(x) cancels by less than half.
constexpr double kContinuedFractionLimit = 2.0;
// Depth of the continued fraction: at |x| = 2 its truncation error is below 1e-30.
constexpr int kContinuedFractionDepth = 20;
}  // namespace shrink

inline ValueAndDerivative tanhshrink(double x, const double* /*parameters*/) {
  const double t = std::tanh(x);
  if (!(std::fabs(x) < shrink::kContinuedFractionLimit)) return {x - t, t * t};
  const double square = x * x;
  double d = 2.0 * shrink::kContinuedFractionDepth + 1.0;
  for (int k = shrink::kContinuedFractionDepth - 1; k >= 1; --k) d = (2.0 * k + 1.0) + square / d;
  return {x * square / (square + d), t * t};
}

// parameters: threshold, value.
inline ValueAndDerivative threshold(double x, const double* parameters) {
  if (std::isnan(x)) return {x, x};
  if (x > parameters[0]) return {x, 1.0};
  return {parameters[1], 0.0};
}

}  // namespace activations::stable
