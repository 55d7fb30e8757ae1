#pragma once
// Self-gated activations beyond SiLU and GELU: x times a gate of x.
//   quick_gelu(x) = x sigmoid(1.702 x): SiLU at beta = 1.702 (the double nearest to it, as
//                   every implementation computes 1.702 * x)
//   lisht(x)      = x tanh x; f' = tanh x + x sech^2 x, both terms of x's sign (no cancellation),
//                   sech^2 x = 4 sigmoid'(2x)
//   elish(x)      = silu(x) for x >= 0, (e^x - 1) sigmoid(x) for x < 0 (Basirat & Roth 2018).
//                   For x < 0 with e = e^x, f' = e (e^2 + 2e - 1) / (1 + e)^2, which cancels at
//                   its zero e = c = sqrt2 - 1; there e^2 + 2e - 1 = (e - c)(e + 1 + sqrt2) and
//                   e - c = c expm1(x - ln c), with ln c = -asinh(1) held in double-double.

#include <cmath>

#include "../double_double.hpp"
#include "../logistic.hpp"
#include "../value_and_derivative.hpp"
#include "smooth.hpp"

namespace activations::stable {

namespace self_gated {
constexpr double kQuickGeluBeta = 1.702;
constexpr double kOne = 1.0;
constexpr double kSqrt2Minus1 = 0.41421356237309503;  // c, to 1.6e-17
constexpr double kOnePlusSqrt2 = 2.414213562373095;
constexpr dd::DoubleDouble kAsinh1 = {0.881373587019543, -2.250545892825866e-17};  // -ln c
}  // namespace self_gated

inline ValueAndDerivative quickGelu(double x, const double* /*parameters*/) {
  return silu(x, &self_gated::kQuickGeluBeta);
}

inline ValueAndDerivative lisht(double x, const double* /*parameters*/) {
  if (std::isinf(x)) return {std::fabs(x), std::copysign(1.0, x)};  // x sech^2 x would be inf * 0
  const double t = std::tanh(x);
  return {x * t, t + x * (4.0 * logistic(2.0 * x).density)};
}

inline ValueAndDerivative elish(double x, const double* /*parameters*/) {
  using namespace self_gated;
  if (!(x < 0)) return silu(x, &kOne);  // NaN too
  const Logistic s = logistic(x);
  const double e = std::exp(x);
  const double fromZero = kSqrt2Minus1 * dd::expm1(dd::add({x, 0.0}, kAsinh1));  // e - c
  // The O(1) factors first, the possibly subnormal density last: one rounding down there.
  return {std::expm1(x) * s.value, s.density * ((e + kOnePlusSqrt2) * fromZero)};
}

}  // namespace activations::stable
