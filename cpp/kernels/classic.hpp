#pragma once
// Classic activations: linear, sigmoid, tanh, softsign, exponential, gaussian.
//   sigmoid'(x) = e / (1 + e)^2 with e = exp(-|x|)   (see logistic.hpp)
//   tanh'(x)    = 4 sigmoid'(2x)                      (1 - tanh^2 cancels to 0 from |x| ~ 19)
//   softsign'(x) = r * r with r = 1 / (1 + |x|)       (r first: (1 + |x|)^2 overflows first)
//   gaussian(x) = exp(-x^2) with x^2 exact in double-double: exp multiplies the argument's
//                 rounding by x^2 (up to 745); its derivative -2x exp(-x^2) is scaled as in
//                 tail::scaledExp where exp(-x^2) turns subnormal and would lose digits

#include <cmath>

#include "../double_double.hpp"
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

inline ValueAndDerivative exponential(double x, const double* /*parameters*/) {
  const double e = std::exp(x);
  return {e, e};
}

namespace classic {
// Beyond this |x|, exp(-x^2) and 2|x| exp(-x^2) are below half the smallest subnormal (and
// 2x, or x^2, may overflow): both are 0.
constexpr double kGaussianZero = 28.0;
}  // namespace classic

inline ValueAndDerivative gaussianBump(double x, const double* /*parameters*/) {
  if (std::fabs(x) > classic::kGaussianZero) return {0.0, 0.0};
  const dd::DoubleDouble square = dd::product(x, x);
  const dd::DoubleDouble t = {-square.hi, -square.lo};
  if (t.hi < tail::kStart) {
    const double scaled = tail::scaledExp(t);
    return {scaled * tail::kUnscale, (-2.0 * x * scaled) * tail::kUnscale};
  }
  const double e = dd::exp(t);
  return {e, -2.0 * x * e};
}

}  // namespace activations::stable
