#include "gated.hpp"

#include <cmath>

#include "double_double.hpp"
#include "kernels/classic.hpp"
#include "kernels/relu_family.hpp"
#include "kernels/smooth.hpp"
#include "logistic.hpp"

namespace activations::gated {
namespace {

constexpr double kOne = 1.0;
constexpr dd::DoubleDouble kLn2 = {0.6931471805599453, 2.3190468138462996e-17};
constexpr double kInverseSqrt2Pi = 0.3989422804014327;

// Where g(b) or g'(b) may have underflowed: there g(b) = value e^q, g'(b) = derivative e^q.
struct Tail {
  bool scalesValue = false;
  bool scalesDerivative = false;
  double value = 0.0;
  double derivative = 0.0;
  dd::DoubleDouble exponent = {0.0, 0.0};
};

struct Gate {
  ValueAndDerivative (*kernel)(double b, const double* parameters);
  Tail (*tail)(double b);
  double slopeAtZero;  // g(b) = slopeAtZero b + O(b^2) for silu and gelu; 0 for the others
};

// Below this |b|, g(b) = b / 2 to 2^-61 for silu and gelu, whose g(b) turns subnormal there.
constexpr double kLinearLimit = 0x1p-60;

// sigmoid(b) = sigmoid'(b) = e^b below -700, where 1 + e^b rounds to 1; above 700 sigmoid'(b) =
// e^-b, while sigmoid(b) rounds to 1.
Tail sigmoidTail(double b) {
  if (b < tail::kStart) return {true, true, 1.0, 1.0, {b, 0.0}};
  if (b > -tail::kStart) return {false, true, 0.0, 1.0, {-b, 0.0}};
  return {};
}

Tail noTail(double /*b*/) { return {}; }

// silu(b) = b e^b and silu'(b) = (1 + b) e^b below -700.
Tail siluTail(double b) {
  if (b < tail::kStart) return {true, true, b, 1.0 + b, {b, 0.0}};
  return {};
}

// Below -37, gelu(b) = -phi(b) S(b) and gelu'(b) = -phi(b) (|b| - S(b) / |b|), with phi(b) =
// e^(-b^2/2) / sqrt(2 pi) and the asymptotic series S(b) = 1 - 1/b^2 + 3/b^4 - ... of
// smooth.hpp's gelu tail.
Tail geluTail(double b) {
  if (!(b < stable::gaussian::kTailStart)) return {};
  const double inverseSquare = 1.0 / (b * b);
  double series = 0.0;
  for (int k = stable::gaussian::kSeriesTerms - 1; k >= 0; --k) {
    series = 1.0 - (2.0 * k + 1.0) * inverseSquare * series;
  }
  const double magnitude = -b;
  return {true, true, -kInverseSqrt2Pi * series, -kInverseSqrt2Pi * (magnitude - series / magnitude),
          stable::gaussian::minusHalfSquare(b)};
}

constexpr Gate kSigmoid = {stable::sigmoid, sigmoidTail, 0.0};
constexpr Gate kRelu = {stable::relu, noTail, 0.0};
constexpr Gate kGelu = {stable::gelu, geluTail, 0.5};
constexpr Gate kSilu = {stable::silu, siluTail, 0.5};

// a g, where a factor that is exactly 0 wins over an infinite other.
double times(double a, double g) {
  if ((g == 0.0 && std::isinf(a)) || (a == 0.0 && std::isinf(g))) {
    return std::copysign(0.0, a) * std::copysign(1.0, g);
  }
  return a * g;
}

// a factor e^q, as m exp(q + e ln 2) with a factor = m 2^e and m in [0.25, 1): the exp is
// within a factor 4 of the result, so it rounds only where the result does. For an infinite a:
// a's infinity with the product's sign (factor e^q is never 0, however small).
double scaledProduct(double a, double factor, dd::DoubleDouble q) {
  if (std::isinf(a)) return std::copysign(a, a * factor);
  int ea = 0, ef = 0;
  const double m = std::frexp(a, &ea) * std::frexp(factor, &ef);
  const double exponent = ea + ef;
  const dd::DoubleDouble shift = dd::product(exponent, kLn2.hi);
  return m * dd::exp(dd::add(q, {shift.hi, shift.lo + exponent * kLn2.lo}));
}

template <const Gate& gate>
void evaluate(const double* a, const double* b, std::size_t n, double* values, double* aDerivatives,
              double* bDerivatives) {
  for (std::size_t i = 0; i < n; ++i) {
    const ValueAndDerivative g = gate.kernel(b[i], &kOne);
    aDerivatives[i] = g.value;
    values[i] = times(a[i], g.value);
    bDerivatives[i] = times(a[i], g.derivative);
    // |a| <= 1 keeps a g(b) no larger than g(b), so an underflowed g(b) costs it nothing.
    if (!(std::fabs(a[i]) > 1.0) || !std::isfinite(b[i])) continue;
    if (gate.slopeAtZero != 0.0 && std::fabs(b[i]) < kLinearLimit && std::isfinite(a[i])) {
      values[i] = (gate.slopeAtZero * a[i]) * b[i];
    }
    const Tail t = gate.tail(b[i]);
    if (t.scalesValue) values[i] = scaledProduct(a[i], t.value, t.exponent);
    if (t.scalesDerivative) bDerivatives[i] = scaledProduct(a[i], t.derivative, t.exponent);
  }
}

}  // namespace

const GatedKernel glu = evaluate<kSigmoid>;
const GatedKernel reglu = evaluate<kRelu>;
const GatedKernel geglu = evaluate<kGelu>;
const GatedKernel swiglu = evaluate<kSilu>;

}  // namespace activations::gated
