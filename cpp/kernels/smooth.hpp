#pragma once
// Smooth and self-gated activations: silu, mish, gelu, gelu_tanh, softplus, logsigmoid.
// The identities each one uses to stay accurate in the tails:
//   softplus(t)   = log1p(exp(t)) for t <= 0, t + log1p(exp(-t)) for t > 0 (no overflow)
//   logsigmoid(x) = -softplus(-x);  logsigmoid'(x) = sigmoid(-x)
//   silu'(x)      = s (1 + t s(-t)), s = sigmoid(t), t = beta x; for t < 0, with e = exp(t),
//                   silu = x e / (1 + e) and silu' = e (1 + t + e) / (1 + e)^2
//   mish: with u = exp(-x) for x > 0, tanh(softplus(x)) = (1 + 2u) / (1 + 2u + 2u^2) and
//         sech^2(softplus(x)) sigmoid(x) = 4u^2 (1 + u) / (1 + 2u + 2u^2)^2; with e = exp(x)
//         for x <= 0 and n = e (e + 2), tanh(softplus(x)) = n / (n + 2) and
//         mish'(x) = e B / (n + 2)^2, B = 4 (1 + x) + e (6 + 4x + 4e + e^2)
//   gelu(x)       = x Phi(x), Phi(x) = erfc(-x / sqrt2) / 2 (1 + erf(.) cancels for x < 0)
//   gelu_tanh(x)  = x sigmoid(v), v = 2 sqrt(2/pi) (x + 0.044715 x^3) (1 + tanh(v/2) cancels);
//                   for v < 0, with e = exp(v), gelu_tanh' = e (1 + x v'(x) + e) / (1 + e)^2
// Arguments that exp or erfc amplify (beta x, x / sqrt2, x^2 / 2, v) are carried in
// double-double: exp(t) multiplies t's relative error by |t|, so one rounding of an
// argument near -700 would cost ~350 ULP.
// The derivatives of silu, mish, gelu and gelu_tanh have a zero, next to which any formula
// cancels. The sums above (1 + t + e, B, 1 + x v' + e) cancel there alone, and there their
// cancelling steps are exact (Sterbenz), so they carry only their terms' own errors (exp's, a
// rounding or two: a fraction of an ULP of the terms), not an amplified one. Inside a small
// window around the zero even that is too much, and f' comes from its expansion about the zero
// (zero_expansion.hpp, kernels/derivative_zeros.hpp); GELU's Phi(x) + x phi(x) has no such
// form, so its window is wider.

#include <cmath>

#include "../double_double.hpp"
#include "../logistic.hpp"
#include "../value_and_derivative.hpp"
#include "derivative_zeros.hpp"

namespace activations::stable {

// ln(1 + exp(t)) for t = hi + lo, from e = exp(-|hi|): the exponential of either branch
// (dd::exp of t or of -t), which the callers share with the logistic.
inline double softplusOf(dd::DoubleDouble t, double e) {
  if (t.hi <= 0) return std::log1p(e + e * t.lo);
  return t.hi + (t.lo + std::log1p(e + e * -t.lo));
}

// x sigmoid(t) and its derivative (1 + t) e^t where t = (beta) x lies in the deep negative
// tail: there sigmoid(t) = e^t, and SiLU and Mish both reduce to this.
inline ValueAndDerivative selfGatedTail(double x, dd::DoubleDouble t) {
  if (std::isinf(t.hi)) return {-0.0, 0.0};
  const double e = tail::scaledExp(t);
  return {x * e * tail::kUnscale, (1.0 + t.hi) * e * tail::kUnscale};
}

// x sigmoid(t) and its derivative sigmoid'(t) (1 + t + e^t) for t = beta x in [kStart, 0).
inline ValueAndDerivative siluNegative(double x, dd::DoubleDouble t) {
  const double e = dd::exp(t);
  const double onePlusE = 1.0 + e;
  const double value = x * (e / onePlusE);
  const double d = zeros::kSilu.offset(t);
  if (zeros::kSilu.covers(d)) return {value, zeros::kSilu.derivative(d)};
  return {value, e * (((1.0 + t.hi) + e) + t.lo) / (onePlusE * onePlusE)};
}

// parameters: beta.
inline ValueAndDerivative silu(double x, const double* parameters) {
  const double beta = parameters[0];
  if (beta == 0.0) return {0.5 * x, std::isnan(x) ? x : 0.5};  // where beta x = 0 * inf is NaN
  const dd::DoubleDouble t = dd::product(beta, x);
  if (t.hi < tail::kStart) return selfGatedTail(x, t);
  if (t.hi < 0) return siluNegative(x, t);
  const Logistic s = logistic(t);
  if (s.complement == 0.0) return {x, 1.0};  // the limit, where t * 0 would be NaN at +inf
  return {x * s.value, s.value * (1.0 + t.hi * s.complement)};
}

inline ValueAndDerivative mish(double x, const double* /*parameters*/) {
  if (std::isnan(x)) return {x, x};
  if (x > 0) {
    const double u = std::exp(-x);
    if (u == 0.0) return {x, 1.0};  // x * 0 would be NaN at +inf
    const double d = 1.0 + 2.0 * u * (1.0 + u);
    const double t = (1.0 + 2.0 * u) / d;
    return {x * t, t + x * (4.0 * u * u * (1.0 + u) / (d * d))};
  }
  if (x < tail::kStart) return selfGatedTail(x, {x, 0.0});
  const double e = std::exp(x);
  const double n = e * (e + 2.0);
  const double value = x * (n / (n + 2.0));
  const double d = zeros::kMish.offset({x, 0.0});
  if (zeros::kMish.covers(d)) return {value, zeros::kMish.derivative(d)};
  const double b = 4.0 * (1.0 + x) + e * ((6.0 + 4.0 * x) + e * (4.0 + e));
  return {value, e * b / ((n + 2.0) * (n + 2.0))};
}

namespace gaussian {
constexpr dd::DoubleDouble kInverseSqrt2 = {0.7071067811865476, -4.833646656726457e-17};
constexpr double kInverseSqrt2Pi = 0.3989422804014327;
constexpr double kTwoOverSqrtPi = 1.1283791670955126;

// Phi(x) = erfc(-x / sqrt2) / 2, with the argument's low part applied through
// erfc'(y) = -(2 / sqrt(pi)) exp(-y^2).
inline double cdf(double x) {
  const dd::DoubleDouble y = dd::multiply({x, 0.0}, kInverseSqrt2);
  const double correction = kTwoOverSqrtPi * std::exp(-y.hi * y.hi) * y.lo;
  return 0.5 * (std::erfc(-y.hi) + correction);
}

// -x^2 / 2, exact in double-double.
inline dd::DoubleDouble minusHalfSquare(double x) {
  const dd::DoubleDouble square = dd::product(x, x);
  return {-0.5 * square.hi, -0.5 * square.lo};
}

// phi(x) = exp(-x^2 / 2) / sqrt(2 pi).
inline double pdf(double x) { return kInverseSqrt2Pi * dd::exp(minusHalfSquare(x)); }

// Below this x, Phi(x) and x Phi(x) near the subnormals; the tail uses
// Phi(x) = phi(x) / |x| * S(x), S(x) = 1 - 1/x^2 + 3/x^4 - 15/x^6 + ... (9 terms: at x = -37
// the asymptotic series is good to 2e-21), with phi scaled as in tail::scaledExp.
constexpr double kTailStart = -37.0;
constexpr int kSeriesTerms = 9;

inline ValueAndDerivative geluTail(double x) {
  const double inverseSquare = 1.0 / (x * x);
  double series = 0.0;
  for (int k = kSeriesTerms - 1; k >= 0; --k) series = 1.0 - (2.0 * k + 1.0) * inverseSquare * series;
  const double scaledPdf = kInverseSqrt2Pi * tail::scaledExp(minusHalfSquare(x));
  const double magnitude = -x;
  return {-(scaledPdf * series) * tail::kUnscale,
          -(scaledPdf * (magnitude - series / magnitude)) * tail::kUnscale};
}
}  // namespace gaussian

inline ValueAndDerivative gelu(double x, const double* /*parameters*/) {
  if (std::isinf(x)) return x > 0 ? ValueAndDerivative{x, 1.0} : ValueAndDerivative{-0.0, 0.0};
  if (x < gaussian::kTailStart) return gaussian::geluTail(x);
  const double cdf = gaussian::cdf(x);
  const double d = zeros::kGelu.offset({x, 0.0});
  if (zeros::kGelu.covers(d)) return {x * cdf, zeros::kGelu.derivative(d)};
  return {x * cdf, cdf + x * gaussian::pdf(x)};
}

namespace tanh_approximation {
constexpr dd::DoubleDouble kTwoSqrtTwoOverPi = {1.5957691216057308, -9.96930880911092e-17};
constexpr dd::DoubleDouble kCubicCoefficient = {0.044715, 2.1960211427085595e-18};
// Beyond this |x|, sigmoid(v) is exactly 0 or 1, and x^3 must not overflow.
constexpr double kSaturated = 1e50;
}  // namespace tanh_approximation

// x sigmoid(v) and its derivative sigmoid'(v) (1 + x v'(x) + e^v) for v in [kStart, 0), where
// x v'(x) = v + 2 c k x^3 (c = 2 sqrt(2/pi), k = 0.044715): the sum is formed so that each step
// is exact next to the zero (Sterbenz), v.lo added last.
inline ValueAndDerivative geluTanhNegative(double x, dd::DoubleDouble v, dd::DoubleDouble cubicTerm) {
  using namespace tanh_approximation;
  const double e = dd::exp(v);
  const double onePlusE = 1.0 + e;
  const double value = x * (e / onePlusE);
  const double d = zeros::kGeluTanh.offset({x, 0.0});
  if (zeros::kGeluTanh.covers(d)) return {value, zeros::kGeluTanh.derivative(d)};
  const double xSlopeMinusV = 2.0 * kTwoSqrtTwoOverPi.hi * cubicTerm.hi;
  const double sum = (((1.0 + v.hi) + e) + xSlopeMinusV) + v.lo;
  return {value, e * sum / (onePlusE * onePlusE)};
}

inline ValueAndDerivative geluTanh(double x, const double* /*parameters*/) {
  using namespace tanh_approximation;
  if (std::fabs(x) > kSaturated) return x > 0 ? ValueAndDerivative{x, 1.0} : ValueAndDerivative{-0.0, 0.0};
  const dd::DoubleDouble square = dd::product(x, x);
  const dd::DoubleDouble cubicTerm = dd::multiply(dd::multiply(square, {x, 0.0}), kCubicCoefficient);
  const dd::DoubleDouble v = dd::multiply(dd::add({x, 0.0}, cubicTerm), kTwoSqrtTwoOverPi);
  const double dv = kTwoSqrtTwoOverPi.hi * (1.0 + 3.0 * kCubicCoefficient.hi * square.hi);
  if (v.hi < tail::kStart) {  // sigmoid(v) = sigmoid'(v) = e^v here
    const double e = tail::scaledExp(v);
    return {x * e * tail::kUnscale, e * (1.0 + x * dv) * tail::kUnscale};
  }
  if (v.hi < 0) return geluTanhNegative(x, v, cubicTerm);
  const Logistic s = logistic(v);
  return {x * s.value, s.value + x * s.density * dv};
}

// parameters: beta, threshold. Where beta x > threshold PyTorch returns x itself.
inline ValueAndDerivative softplus(double x, const double* parameters) {
  const double beta = parameters[0];
  const double threshold = parameters[1];
  const dd::DoubleDouble t = dd::product(beta, x);
  if (t.hi > threshold || (t.hi == threshold && t.lo > 0)) return {x, 1.0};
  const double e = std::exp(-std::fabs(t.hi));
  return {softplusOf(t, e) / beta, logistic(t, e).value};
}

inline ValueAndDerivative logsigmoid(double x, const double* /*parameters*/) {
  const double e = std::exp(-std::fabs(x));
  return {-softplusOf({-x, 0.0}, e), logistic(x, e).complement};
}

}  // namespace activations::stable
