#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.hpp"
#include "accuracy.hpp"
#include "double_double.hpp"
#include "ulp.hpp"

using activations::ActivationSpec;
using activations::findActivation;
using testing::ulpDistance;

namespace {

struct Evaluated {
  std::vector<double> values;
  std::vector<double> derivatives;
};

Evaluated evaluate(const ActivationSpec& spec, const std::vector<double>& xs,
                   const std::vector<double>& parameters, bool naive = false) {
  Evaluated out{std::vector<double>(xs.size()), std::vector<double>(xs.size())};
  (naive ? spec.naive : spec.stable)(xs.data(), xs.size(), parameters.data(), out.values.data(),
                                     out.derivatives.data());
  return out;
}

double evaluateOne(const std::string& id, double x, bool derivative = false, bool naive = false) {
  const ActivationSpec& spec = *findActivation(id);
  const Evaluated e = evaluate(spec, {x}, spec.defaults(), naive);
  return derivative ? e.derivatives[0] : e.values[0];
}

// Largest error allowed against the correctly rounded mpmath value, in ULPs.
struct Tolerance {
  std::uint64_t value;
  std::uint64_t derivative;
};

// Why these numbers: each operation rounds by <= 0.5 ULP and libm's exp, expm1, log1p,
// tanh and erfc stay within ~1 ULP (glibc natively, musl in wasm), so a kernel of k
// roundings stays within ~k/2 + 1 ULP, as the comments count.
const std::map<std::string, Tolerance> kTolerance = {
    // Piecewise linear, each piece one correctly rounded operation (or none): exact.
    {"linear", {0, 0}},
    {"relu", {0, 0}},
    {"leaky_relu", {0, 0}},
    {"prelu", {0, 0}},
    {"relu6", {0, 0}},
    {"hardtanh", {0, 0}},
    {"hardsigmoid", {0, 0}},  // (x + 3) / 6 with x + 3 kept in double-double: one rounding
    {"softshrink", {0, 0}},   // x -+ lambda: one rounding
    {"hardshrink", {0, 0}},
    {"threshold", {0, 0}},
    // exp then an add and a divide; the derivative squares (1 + e): one more rounding.
    {"sigmoid", {2, 4}},
    // libm tanh; the derivative is 4 sigmoid'(2x), whose bound it inherits.
    {"tanh", {2, 4}},
    {"softsign", {2, 3}},    // 1 + |x|, a divide; r = 1 / d then r * r
    {"hardswish", {2, 2}},   // x * (x + 3), / 6; (2x + 3) / 6
    {"elu", {2, 2}},         // expm1 or exp, times alpha
    {"celu", {3, 3}},        // x / alpha in double-double, expm1 or exp, times alpha
    {"selu", {3, 3}},        // elu's, times scale
    {"softplus", {3, 3}},    // beta x in double-double, exp, log1p, / beta
    {"logsigmoid", {2, 3}},  // exp, log1p; sigmoid(-x)
    // The continued fraction: x^2, the fraction, a sum, x * x^2, a divide; f' = tanh^2 doubles
    // tanh's ~1.5 ULP and rounds once more.
    {"tanhshrink", {4, 4}},
    // f' of these has a zero (silu's at -1.2785 / beta, mish's at -1.1924, gelu's at -0.7518),
    // next to which f' is a sum of terms that cancel. Within a window around it f' = d P(d), d
    // the offset from the zero (d's rounding, Horner's, the product's: ~3 ULP). Outside, silu,
    // mish and gelu_tanh use forms whose cancelling steps are exact, so the sum carries exp's
    // error alone, ~1 ULP of its terms, and a sigmoid'-like factor adds ~3 (e (1 + t + e) /
    // (1 + e)^2, e B / (n + 2)^2): ~6; gelu's window reaches as far as erfc's and exp's errors
    // in Phi + x phi cost more than 5. The derivatives' 8 ULP target, with no exception.
    {"silu", {3, 8}},
    {"mish", {4, 8}},
    {"gelu", {3, 8}},
    {"gelu_tanh", {4, 8}},
    // The newer rows, counted the same way.
    {"exponential", {1, 1}},      // libm exp
    {"rrelu", {1, 0}},            // the slope (lower + upper) / 2 rounds once, its product once
    {"relu_squared", {0, 0}},     // x * x and 2 x: one rounding or none
    {"sparse_plus", {0, 0}},      // (x + 1)^2 / 4 from x + 1 in double-double: one rounding
    {"sparse_sigmoid", {0, 0}},   // (x + 1) / 2 from x + 1 correctly rounded, halved exactly
    {"gaussian", {2, 3}},         // exp of -x^2 in double-double; -2x e one rounding more
    {"lisht", {2, 3}},            // tanh, a product; tanh + x 4 sigmoid'(2x), same signs
    {"squareplus", {3, 4}},       // hypot(x, sqrt b), a sum or a quotient, halvings
    {"sine", {2, 3}},             // libm sin of the exactly reduced w x; w cos, one rounding more
    // sin's rounding, squared and amplified up to 2.8x where x + sin^2(ax) / a cancels (the
    // rest in double-double); f' = 1 + sin or cos^2 / (1 - sin), a few roundings.
    {"snake", {4, 4}},
    // expm1 times sigmoid; f' is four factors, the one through its zero in expm1 of a
    // double-double argument.
    {"elish", {4, 6}},
    {"quick_gelu", {3, 8}},       // silu's kernel at beta = 1.702: its zero of f' (-0.75) expanded as silu's
};

std::string describe(std::string_view id, double x, double got, double want) {
  std::ostringstream s;
  s.precision(17);
  s << id << "(" << x << ") = " << got << ", want " << want << " (" << ulpDistance(got, want)
    << " ULP)";
  return s.str();
}

}  // namespace

TEST_CASE("every element-wise kernel matches the mpmath reference within its ULP tolerance",
          "[elementwise][reference]") {
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    INFO(spec.id);
    REQUIRE(kTolerance.count(std::string(spec.id)) == 1);
    const Tolerance allowed = kTolerance.at(std::string(spec.id));
    std::size_t atDefaults = 0;
    Tolerance worst{0, 0};
    for (const auto& [row, value, derivative] : testing::measureElementwise(spec)) {
      REQUIRE(row.parameters.size() == spec.parameters.size());
      if (row.parameters == spec.defaults()) ++atDefaults;
      const std::uint64_t valueError = ulpDistance(value, row.value);
      const std::uint64_t derivativeError = ulpDistance(derivative, row.derivative);
      if (valueError > allowed.value) FAIL_CHECK(describe(spec.id, row.x, value, row.value));
      if (derivativeError > allowed.derivative) {
        FAIL_CHECK("derivative: " + describe(spec.id, row.x, derivative, row.derivative));
      }
      worst.value = std::max(worst.value, valueError);
      worst.derivative = std::max(worst.derivative, derivativeError);
    }
    CHECK(atDefaults >= 2000);
    UNSCOPED_INFO(spec.id << ": worst value error " << worst.value << " ULP, derivative "
                          << worst.derivative << " ULP");
  }
}

TEST_CASE("no NaN from any finite input, and outputs stay inside the declared range",
          "[elementwise][properties]") {
  std::vector<double> xs = {0.0, -0.0, std::numeric_limits<double>::denorm_min(),
                            -std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
  for (int e = -320; e <= 308; ++e) {
    xs.push_back(std::pow(10.0, e));
    xs.push_back(-std::pow(10.0, e));
  }
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    const Evaluated got = evaluate(spec, xs, spec.defaults());
    for (std::size_t i = 0; i < xs.size(); ++i) {
      INFO(spec.id << "(" << xs[i] << ") = " << got.values[i] << ", f' = " << got.derivatives[i]);
      CHECK_FALSE(std::isnan(got.values[i]));
      CHECK_FALSE(std::isnan(got.derivatives[i]));
      CHECK(got.values[i] >= spec.rangeMin);
      CHECK(got.values[i] <= spec.rangeMax);
    }
  }
}

TEST_CASE("NaN in gives NaN out, value and derivative", "[elementwise][properties]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    const Evaluated got = evaluate(spec, {nan}, spec.defaults());
    INFO(spec.id);
    CHECK(std::isnan(got.values[0]));
    CHECK(std::isnan(got.derivatives[0]));
  }
}

TEST_CASE("monotonic activations never decrease", "[elementwise][properties]") {
  std::vector<double> xs;
  for (int i = -2000; i <= 2000; ++i) xs.push_back(i * 0.01);
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise || !spec.monotonic) continue;
    const Evaluated got = evaluate(spec, xs, spec.defaults());
    INFO(spec.id);
    CHECK(std::is_sorted(got.values.begin(), got.values.end()));
  }
}

TEST_CASE("silu' changes sign exactly at its zero and keeps its relative accuracy there, for any beta",
          "[elementwise][zeros]") {
  // silu'(x) = h(u), u = beta x, h(u) = sigmoid(u) (1 + u sigmoid(-u)), vanishes at
  // u0 = -(1 + W(1/e)), W Lambert's (mpmath: -(1 + lambertw(exp(-1)))), here in double-double,
  // where h'(u0) = sigmoid(u0) = 1 + 1 / u0. Over the 64 doubles either side of the zero,
  // |u - u0| < 64 ulp(u0) ~ 1e-14, so h(u) = h'(u0) (u - u0) to a relative 0.7 |u - u0| < 1e-14;
  // 1e-12 leaves room for the kernel's few ULP, and fails a kernel that is accurate only to a
  // fraction of eps in absolute terms there (a relative error of ~1%).
  constexpr activations::dd::DoubleDouble kZero = {-1.2784645427610737, -1.0946994183093437e-16};
  const double slope = 1.0 + 1.0 / kZero.hi;
  const double beta = GENERATE(0.01, 1.0, 10.0, take(20, random(0.01, 10.0)));
  const double infinity = std::numeric_limits<double>::infinity();
  double below = kZero.hi / beta;  // within a few ULP of the zero in x
  double above = below;
  std::vector<double> xs = {below};
  for (int step = 0; step < 64; ++step) {
    below = std::nextafter(below, -infinity);
    above = std::nextafter(above, infinity);
    xs.push_back(below);
    xs.push_back(above);
  }
  const Evaluated got = evaluate(*findActivation("silu"), xs, {beta});
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const activations::dd::DoubleDouble u = activations::dd::product(beta, xs[i]);
    const double offset = (u.hi - kZero.hi) + (u.lo - kZero.lo);
    INFO("beta = " << beta << ", silu'(" << xs[i] << ") = " << got.derivatives[i] << ", u - u0 = " << offset);
    CHECK((got.derivatives[i] > 0) == (offset > 0));
    CHECK_THAT(got.derivatives[i], Catch::Matchers::WithinRel(slope * offset, 1e-12));
  }
}

TEST_CASE("derivatives agree with a central finite difference", "[elementwise][properties]") {
  // Points away from kinks. With h = 1e-6 the difference quotient carries a truncation error
  // ~h^2 |f'''| / 6 < 1e-12 and a rounding error ~eps |f(x)| / h ~ 2e-10 |f(x)|, so
  // 1e-9 (1 + |f(x)|) bounds both with room to spare. The tails are the reference table's job.
  const double x = GENERATE(take(40, random(-8.0, 8.0)));
  const double h = 1e-6;
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    const std::vector<double> parameters = spec.defaults();
    const auto nearKink = [&](const activations::Kink& k) {
      return std::fabs(x - k.position(parameters.data())) < 10 * h;
    };
    if (std::any_of(spec.kinks.begin(), spec.kinks.end(), nearKink)) continue;
    const Evaluated got = evaluate(spec, {x - h, x, x + h}, parameters);
    const double centralDifference = (got.values[2] - got.values[0]) / (2 * h);
    INFO(spec.id << "'(" << x << ")");
    CHECK_THAT(got.derivatives[1],
               Catch::Matchers::WithinAbs(centralDifference, 1e-9 * (1 + std::fabs(got.values[1]))));
  }
}

TEST_CASE("at each kink, f and f' take the declared one-sided limits", "[elementwise][kinks]") {
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    const std::vector<double> parameters = spec.defaults();
    for (const auto& kink : spec.kinks) {
      const double at = kink.position(parameters.data());
      const double h = 1e-9 * std::max(1.0, std::fabs(at));
      const Evaluated got = evaluate(spec, {at - h, at, at + h}, parameters);
      const auto side = [](activations::Side from) { return from == activations::Side::left ? 0 : 2; };
      INFO(spec.id << " at x = " << at << ": f = " << got.values[1] << ", f' = " << got.derivatives[1]);
      CHECK_THAT(got.derivatives[1],
                 Catch::Matchers::WithinAbs(got.derivatives[side(kink.derivativeFrom)], 1e-6));
      if (kink.continuous) {
        CHECK_THAT(got.values[1], Catch::Matchers::WithinAbs(got.values[0], 1e-6));
        CHECK_THAT(got.values[1], Catch::Matchers::WithinAbs(got.values[2], 1e-6));
      } else {
        CHECK_THAT(got.values[1], Catch::Matchers::WithinAbs(got.values[side(kink.valueFrom)], 1e-6));
      }
    }
  }
  CHECK(evaluateOne("relu", 0.0, true) == 0.0);
  const auto& selu = *findActivation("selu");
  CHECK(evaluateOne("selu", 0.0, true) ==
        selu.parameters[1].defaultValue * selu.parameters[0].defaultValue);
  CHECK(evaluateOne("selu", -0.0, true) == evaluateOne("selu", 0.0, true));
  CHECK(evaluateOne("hardswish", -3.0, true) == -0.5);
  CHECK(evaluateOne("hardswish", 3.0, true) == 1.5);
}

// The course notebook's failures, each next to the fix: these tests fail on the notebook's
// formulas, which the naive variant keeps.
TEST_CASE("the stable kernels fix where the notebook's formulas break", "[elementwise][naive]") {
  SECTION("tanh overflows to NaN past |x| ~ 710") {
    CHECK(std::isnan(evaluateOne("tanh", 800.0, false, true)));
    CHECK(evaluateOne("tanh", 800.0) == 1.0);
    CHECK(evaluateOne("tanh", -800.0) == -1.0);
  }
  SECTION("sigmoid's derivative collapses to 0 from x ~ 37") {
    CHECK(evaluateOne("sigmoid", 40.0, true, true) == 0.0);
    // sigmoid'(40) = e^-40 / (1 + e^-40)^2 = 4.248354255291589e-18
    CHECK_THAT(evaluateOne("sigmoid", 40.0, true),
               Catch::Matchers::WithinRel(4.248354255291589e-18, 1e-15));
  }
  SECTION("tanh's derivative collapses to 0 from |x| ~ 19") {
    CHECK(evaluateOne("tanh", 20.0, true, true) == 0.0);
    // sech(20)^2 = 4 e^-40 / (1 + e^-40)^2
    CHECK_THAT(evaluateOne("tanh", 20.0, true),
               Catch::Matchers::WithinRel(4 * 4.248354255291589e-18, 1e-15));
  }
  SECTION("relu(NaN) is 0 in the notebook") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(evaluateOne("relu", nan, false, true) == 0.0);
    CHECK(std::isnan(evaluateOne("relu", nan)));
  }
  SECTION("selu near 0: exp(x) - 1 keeps no correct digit, expm1 keeps them all") {
    const double x = -1e-17;
    const auto& selu = *findActivation("selu");
    const double alphaTimesScale = selu.parameters[0].defaultValue * selu.parameters[1].defaultValue;
    CHECK(evaluateOne("selu", x, false, true) == 0.0);
    CHECK_THAT(evaluateOne("selu", x), Catch::Matchers::WithinRel(alphaTimesScale * x, 1e-15));
  }
}
