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

// The rounding error of p = RN(a * b), which is a double: a * b - p, exactly (where nothing
// underflows). Through fma natively: hardware, or glibc's exact software fma.
//
// wasm has no fused multiply-add, and musl's software fma costs as much as the kernels that
// call it, so under __wasm__ the error comes from Dekker's product (T. J. Dekker, "A
// floating-point technique for extending the available precision", 1971): Veltkamp's split
// a = aHigh + aLow, with gamma = (2^27 + 1) a, aHigh = gamma - (gamma - a), aLow = a - aHigh, cuts
// each factor exactly into halves of at most 26 significant bits (and a sign); the four
// partial products of halves then have at most 52 bits each and are exact, and
//   a b - p = ((aHigh bHigh - p) + aHigh bLow + aLow bHigh) + aLow bLow
// with every step exact, in round-to-nearest. That needs two things of the range:
//   no overflow: gamma is finite for |a| < 2^995, and the partial products for |p| < 2^1020;
//   no underflow: a b - p is a multiple of ulp(a) ulp(b), representable while
//   |a b| >= 2^-969 (e_a + e_b >= -970); |p| >= 2^-960 leaves a margin.
// Outside that range (p = 0, subnormal or near overflow, a factor beyond 2^995, NaN), and
// everywhere natively, fma. Inside it both are exact, so they agree bit for bit
// (bench/compare_builds.mjs finds the wasm module identical to one built with fma alone).
namespace dekker {
constexpr double kLargestFactor = 0x1p995;
constexpr double kLargestProduct = 0x1p1020;
constexpr double kSmallestProduct = 0x1p-960;
constexpr double kSplitter = 0x1p27 + 1.0;

inline bool isExact(double a, double b, double p) {
  const double magnitude = std::fabs(p);
  return std::fabs(a) < kLargestFactor && std::fabs(b) < kLargestFactor && magnitude < kLargestProduct &&
         magnitude >= kSmallestProduct;
}

struct Halves {
  double high;
  double low;
};

inline Halves split(double a) {
  const double gamma = kSplitter * a;
  const double high = gamma - (gamma - a);
  return {high, a - high};
}

inline double productError(double a, double b, double p) {
  const Halves x = split(a);
  const Halves y = split(b);
  return ((x.high * y.high - p) + x.high * y.low + x.low * y.high) + x.low * y.low;
}
}  // namespace dekker

inline double productError(double a, double b, double p) {
#ifdef __wasm__
  if (dekker::isExact(a, b, p)) return dekker::productError(a, b, p);
#endif
  return std::fma(a, b, -p);
}

// a - q b exactly, for q = RN(a / b): that remainder is a double. Dekker's way, with p = RN(q b)
// and e = q b - p: a - p is exact (Sterbenz: p lies within a factor 2 of a), and so is
// (a - p) - e, whose exact value is the remainder, a double.
inline double divisionRemainder(double a, double b, double q) {
#ifdef __wasm__
  const double p = q * b;
  if (dekker::isExact(q, b, p)) return (a - p) - dekker::productError(q, b, p);
#endif
  return std::fma(-q, b, a);
}

// a * b exactly.
inline DoubleDouble product(double a, double b) {
  const double p = a * b;
  return withCorrection(p, productError(a, b, p));
}

// a / b to twice double precision, through the exact remainder a - q b.
inline DoubleDouble quotient(double a, double b) {
  const double q = a / b;
  return withCorrection(q, divisionRemainder(a, b, q) / b);
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
