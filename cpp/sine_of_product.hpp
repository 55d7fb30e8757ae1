#pragma once
// sin(a x) and cos(a x) for the exact real product of two doubles, to about an ULP, for any
// a and x: also where a x rounds (its low part is kept) and where it exceeds the doubles.
//   |a x| < 2^25: a x = hi + lo in double-double, |lo| <= 2^-29, and
//                 sin(hi + lo) = sin(hi) + cos(hi) lo to 2^-58 (libm reduces hi exactly)
//   otherwise:    Payne-Hanek reduction: a x = M 2^E with M = ma mx < 2^106 an integer, so
//                 (a x) / 2pi mod 1 = M frac(2^E / 2pi) mod 1, read from 256 bits of 1/2pi
//                 starting after bit E (the bits before it make M 2^E / 2pi an integer),
//                 then 2pi times that turn in double-double, in [-pi, pi).
// Infinite or NaN a or x give NaN: sin has no limit at infinity.

#include <cmath>

#include "double_double.hpp"

namespace activations {

struct SineCosine {
  double sine;
  double cosine;
};

// sin and cos of t = hi + lo for a small |lo| (|lo| <= 2^-29 keeps the result to 2^-58).
inline SineCosine sineCosine(dd::DoubleDouble t) {
  const double s = std::sin(t.hi);
  const double c = std::cos(t.hi);
  return {s + c * t.lo, c - s * t.lo};
}

// The turn (a x) / 2pi mod 1 of a large product, centred in [-1/2, 1/2), as hi + lo.
dd::DoubleDouble reducedTurn(double a, double x);

inline SineCosine sineCosineOfProduct(double a, double x) {
  constexpr double kDirectLimit = 0x1p25;
  constexpr dd::DoubleDouble kTwoPi = {6.283185307179586, 2.4492935982947064e-16};
  if (!std::isfinite(a) || !std::isfinite(x)) return {std::nan(""), std::nan("")};
  const dd::DoubleDouble product = dd::product(a, x);
  if (std::fabs(product.hi) < kDirectLimit) return sineCosine(product);
  return sineCosine(dd::multiply(reducedTurn(a, x), kTwoPi));
}

}  // namespace activations
