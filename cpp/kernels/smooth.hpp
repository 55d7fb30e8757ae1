#pragma once
// Smooth and self-gated activations: silu, mish, gelu, gelu_tanh, softplus, logsigmoid.
// The identities each one uses to stay accurate in the tails:
//   softplus(t)   = log1p(exp(t)) for t <= 0, t + log1p(exp(-t)) for t > 0 (no overflow)
//   logsigmoid(x) = -softplus(-x);  logsigmoid'(x) = sigmoid(-x)
//   silu'(x)      = s (1 + t s(-t)), s = sigmoid(t), t = beta x
//   mish: with u = exp(-x) for x > 0, tanh(softplus(x)) = (1 + 2u) / (1 + 2u + 2u^2) and
//         sech^2(softplus(x)) sigmoid(x) = 4u^2 (1 + u) / (1 + 2u + 2u^2)^2; with e = exp(x)
//         for x <= 0 and n = e (e + 2), they are n / (n + 2) and 4 (n + 1) e / ((n + 2)^2 (1 + e))
//   gelu(x)       = x Phi(x), Phi(x) = erfc(-x / sqrt2) / 2 (1 + erf(.) cancels for x < 0)
//   gelu_tanh(x)  = x sigmoid(v), v = 2 sqrt(2/pi) (x + 0.044715 x^3) (1 + tanh(v/2) cancels)
// Arguments that exp or erfc amplify (beta x, x / sqrt2, x^2 / 2, v) are carried in
// double-double: exp(t) multiplies t's relative error by |t|, so one rounding of an
// argument near -700 would cost ~350 ULP.

#include <cmath>

#include "../double_double.hpp"
#include "../logistic.hpp"
#include "../value_and_derivative.hpp"

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

// parameters: beta.
inline ValueAndDerivative silu(double x, const double* parameters) {
  const double beta = parameters[0];
  if (beta == 0.0) return {0.5 * x, std::isnan(x) ? x : 0.5};  // where beta x = 0 * inf is NaN
  const dd::DoubleDouble t = dd::product(beta, x);
  if (t.hi < tail::kStart) return selfGatedTail(x, t);
  const Logistic s = logistic(t);
  // The tails' limits, where x * 0 or t * 0 would be NaN or -0 * inf.
  if (s.value == 0.0) return {-0.0, 0.0};
  if (s.complement == 0.0) return {x, 1.0};
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
  const double t = n / (n + 2.0);
  return {x * t, t + x * (4.0 * (n + 1.0) * e / ((n + 2.0) * (n + 2.0) * (1.0 + e)))};
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
  return {x * cdf, cdf + x * gaussian::pdf(x)};
}

namespace tanh_approximation {
constexpr dd::DoubleDouble kTwoSqrtTwoOverPi = {1.5957691216057308, -9.96930880911092e-17};
constexpr dd::DoubleDouble kCubicCoefficient = {0.044715, 2.1960211427085595e-18};
// Beyond this |x|, sigmoid(v) is exactly 0 or 1, and x^3 must not overflow.
constexpr double kSaturated = 1e50;
}  // namespace tanh_approximation

inline ValueAndDerivative geluTanh(double x, const double* /*parameters*/) {
  using namespace tanh_approximation;
  if (std::fabs(x) > kSaturated) return x > 0 ? ValueAndDerivative{x, 1.0} : ValueAndDerivative{-0.0, 0.0};
  const dd::DoubleDouble square = dd::product(x, x);
  const dd::DoubleDouble cube = dd::multiply(square, {x, 0.0});
  const dd::DoubleDouble inner = dd::add({x, 0.0}, dd::multiply(cube, kCubicCoefficient));
  const dd::DoubleDouble v = dd::multiply(inner, kTwoSqrtTwoOverPi);
  const double dv = kTwoSqrtTwoOverPi.hi * (1.0 + 3.0 * kCubicCoefficient.hi * square.hi);
  if (v.hi < tail::kStart) {  // sigmoid(v) = sigmoid'(v) = e^v here
    const double e = tail::scaledExp(v);
    return {x * e * tail::kUnscale, e * (1.0 + x * dv) * tail::kUnscale};
  }
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
