#pragma once
// The logistic sigmoid s(t) = 1 / (1 + exp(-t)) with its mirror s(-t) and its derivative
// s'(t) = s(t) s(-t), each to a few ULP for any t. All three come from e = exp(-|t|):
//   the larger of s(t), s(-t) is 1 / (1 + e), the smaller e / (1 + e), and
//   s'(t) = e / (1 + e)^2,
// so nothing is computed as 1 - s, which cancels to 0 in the tails (s'(40) would be 0,
// not 4.2e-18).

#include <cmath>

#include "double_double.hpp"

namespace activations {

struct Logistic {
  double value;       // s(t)
  double complement;  // s(-t) = 1 - s(t)
  double density;     // s'(t)
};

// From e = exp(-|t|), for callers that need that exponential themselves.
inline Logistic logistic(double t, double e) {
  const double onePlusE = 1.0 + e;
  const double larger = 1.0 / onePlusE;
  const double smaller = e / onePlusE;
  const double density = e / (onePlusE * onePlusE);
  if (t >= 0) return {larger, smaller, density};
  return {smaller, larger, density};  // also NaN in, NaN out
}

inline Logistic logistic(double t) { return logistic(t, std::exp(-std::fabs(t))); }

// s(hi + lo) ~ s(hi) + s'(hi) lo: the first-order correction, since |lo| < ulp(hi); e is
// exp(-|hi|).
inline Logistic logistic(dd::DoubleDouble t, double e) {
  const Logistic s = logistic(t.hi, e);
  if (t.lo == 0.0) return s;
  const double shift = s.density * t.lo;
  const double value = s.value + shift;
  const double complement = s.complement - shift;
  return {value, complement, value * complement};
}

inline Logistic logistic(dd::DoubleDouble t) { return logistic(t, std::exp(-std::fabs(t.hi))); }

}  // namespace activations

namespace activations::tail {

// The deep negative tail. Below t = -700, sigmoid(t) = e^t to double precision (1 + e^t
// rounds to 1), and e^t is about to turn subnormal and lose digits before a product such
// as x e^x (SiLU, Mish, GELU) could restore the scale: a normal x e^x would come out several
// ULPs wrong. There the kernels use e^t scaled by 2^64, a normal number, and scale back once.
constexpr double kStart = -700.0;
constexpr dd::DoubleDouble kLn2Times64 = {44.3614195558365, 1.4841899608616317e-15};
constexpr double kUnscale = 0x1p-64;

// e^t * 2^64, for t in the deep negative tail.
inline double scaledExp(dd::DoubleDouble t) { return dd::exp(dd::add(t, kLn2Times64)); }

}  // namespace activations::tail
