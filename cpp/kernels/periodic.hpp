#pragma once
// Periodic activations: sine (SIREN's sin(w x)) and snake (x + sin^2(a x) / a, Ziyin et al.
// 2020). The arguments w x and a x are exact products, reduced exactly (sine_of_product.hpp):
// one rounding of w x near 10^6 would already cost ~10^-10 absolute.
// snake(x) = x + sin^2(ax) / a cancels by up to ~2.8x for x in (-1/a, 0); sin^2(ax) / a and
// the sum are kept in double-double, so only sin's own rounding is amplified.
// snake'(x) = 1 + sin(2ax) cancels next to its zeros, where sin(2ax) = -1; there it is
// cos^2(2ax) / (1 - sin(2ax)), whose terms are all positive.
// Neither f' (nor, for sine, f) has a limit at +-inf: there they are NaN.

#include <cmath>

#include "../double_double.hpp"
#include "../sine_of_product.hpp"
#include "../value_and_derivative.hpp"

namespace activations::stable {

// parameters: w.
inline ValueAndDerivative sine(double x, const double* parameters) {
  const double w = parameters[0];
  const SineCosine t = sineCosineOfProduct(w, x);
  return {t.sine, w * t.cosine};
}

// parameters: a.
inline ValueAndDerivative snake(double x, const double* parameters) {
  const double a = parameters[0];
  if (std::isinf(x)) return {x, std::nan("")};
  const double s = sineCosineOfProduct(a, x).sine;
  const dd::DoubleDouble square = dd::product(s, s);
  const dd::DoubleDouble quotient = dd::quotient(square.hi, a);
  const dd::DoubleDouble sum = dd::sum(x, quotient.hi);
  const SineCosine twice = sineCosineOfProduct(2.0 * a, x);
  const double derivative =
      twice.sine >= 0 ? 1.0 + twice.sine : twice.cosine * twice.cosine / (1.0 - twice.sine);
  return {sum.hi + (sum.lo + quotient.lo + square.lo / a), derivative};
}

}  // namespace activations::stable
