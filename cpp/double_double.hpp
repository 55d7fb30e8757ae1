#pragma once
// Double-double arithmetic: a number carried as hi + lo, |lo| <= ulp(hi) / 2, for the few
// places where a single rounding is amplified into many ULPs: by exp (exp(t) multiplies
// t's relative error by |t|), by erfc, or by a cancellation.
// Invariant: lo is 0 whenever hi is not finite, so a correction never turns an overflow
// or an infinity into NaN.

#include <cmath>

namespace activations::dd {

struct DoubleDouble {
  double hi;
  double lo;
};

inline DoubleDouble withCorrection(double hi, double lo) {
  return {hi, std::isfinite(hi) ? lo : 0.0};
}

// a + b exactly (Knuth's TwoSum).
inline DoubleDouble sum(double a, double b) {
  const double s = a + b;
  const double aPart = s - b;
  const double bPart = s - aPart;
  return withCorrection(s, (a - aPart) + (b - bPart));
}

// a * b exactly, through fma.
inline DoubleDouble product(double a, double b) {
  const double p = a * b;
  return withCorrection(p, std::fma(a, b, -p));
}

// a / b to twice double precision: the remainder a - q b is exact through fma.
inline DoubleDouble quotient(double a, double b) {
  const double q = a / b;
  return withCorrection(q, std::fma(-q, b, a) / b);
}

inline DoubleDouble add(DoubleDouble a, DoubleDouble b) {
  const DoubleDouble s = sum(a.hi, b.hi);
  return sum(s.hi, s.lo + a.lo + b.lo);
}

inline DoubleDouble multiply(DoubleDouble a, DoubleDouble b) {
  const DoubleDouble p = product(a.hi, b.hi);
  return sum(p.hi, p.lo + a.hi * b.lo + a.lo * b.hi);
}

// exp(hi + lo) = exp(hi) (1 + lo) to ~1 ULP, since |lo| is below ulp(hi).
inline double exp(DoubleDouble t) {
  const double e = std::exp(t.hi);
  return e + e * t.lo;
}

// exp(hi + lo) - 1 = expm1(hi) + exp(hi) lo.
inline double expm1(DoubleDouble t) {
  return std::expm1(t.hi) + std::exp(t.hi) * t.lo;
}

}  // namespace activations::dd
