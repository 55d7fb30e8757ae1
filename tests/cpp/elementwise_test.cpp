#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "reference_table.hpp"
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

std::vector<double> defaults(const ActivationSpec& spec) {
  std::vector<double> values;
  for (const auto& p : spec.parameters) values.push_back(p.defaultValue);
  return values;
}

double evaluateOne(const std::string& id, double x, bool derivative = false, bool naive = false) {
  const ActivationSpec& spec = *findActivation(id);
  const Evaluated e = evaluate(spec, {x}, defaults(spec), naive);
  return derivative ? e.derivatives[0] : e.values[0];
}

// Largest error allowed against the correctly rounded mpmath value, in ULPs.
struct Tolerance {
  std::uint64_t value;
  std::uint64_t derivative;
};

const std::map<std::string, Tolerance> kTolerance = {
    // No arithmetic beyond a comparison: the results must be exact.
    {"linear", {0, 0}},
    {"relu", {0, 0}},
    // exp (< 1 ULP in glibc and musl) then an add and a divide, each rounding by <= 0.5 ULP;
    // the derivative squares (1 + e), adding one more rounding and doubling that error.
    {"sigmoid", {2, 4}},
    // libm tanh is within ~2 ULP; the derivative is 4 sigmoid'(2x), whose bound it inherits
    // (the factors 2 and 4 are exact).
    {"tanh", {2, 4}},
    // expm1/exp (< 1 ULP) times alpha then scale: two more roundings each.
    {"selu", {3, 3}},
};

std::string describe(const testing::ElementwiseReference& row, double got, double want) {
  std::ostringstream s;
  s.precision(17);
  s << row.function << "(" << row.x << ") = " << got << ", want " << want << " ("
    << ulpDistance(got, want) << " ULP)";
  return s.str();
}

}  // namespace

TEST_CASE("every element-wise kernel matches the mpmath reference within its ULP tolerance",
          "[elementwise][reference]") {
  std::map<std::string, Tolerance> worst;
  std::size_t checked = 0;
  for (const auto& row : testing::elementwiseReference()) {
    const ActivationSpec* spec = findActivation(row.function);
    REQUIRE(spec != nullptr);
    const Tolerance allowed = kTolerance.at(row.function);
    const Evaluated got = evaluate(*spec, {row.x}, row.parameters);
    const std::uint64_t valueError = ulpDistance(got.values[0], row.value);
    const std::uint64_t derivativeError = ulpDistance(got.derivatives[0], row.derivative);
    if (valueError > allowed.value) FAIL_CHECK(describe(row, got.values[0], row.value));
    if (derivativeError > allowed.derivative) {
      FAIL_CHECK("derivative: " + describe(row, got.derivatives[0], row.derivative));
    }
    Tolerance& w = worst[row.function];
    w.value = std::max(w.value, valueError);
    w.derivative = std::max(w.derivative, derivativeError);
    ++checked;
  }
  for (const auto& [id, w] : worst) {
    UNSCOPED_INFO(id << ": worst value error " << w.value << " ULP, derivative " << w.derivative
                     << " ULP");
  }
  CHECK(worst.size() == kTolerance.size());
  CHECK(checked > 2000);
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
    const Evaluated got = evaluate(spec, xs, defaults(spec));
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
    const Evaluated got = evaluate(spec, {nan}, defaults(spec));
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
    const Evaluated got = evaluate(spec, xs, defaults(spec));
    INFO(spec.id);
    CHECK(std::is_sorted(got.values.begin(), got.values.end()));
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
    if (std::any_of(spec.kinks.begin(), spec.kinks.end(),
                    [&](const activations::Kink& k) { return std::fabs(x - k.at) < 10 * h; })) {
      continue;
    }
    const Evaluated got = evaluate(spec, {x - h, x, x + h}, defaults(spec));
    const double centralDifference = (got.values[2] - got.values[0]) / (2 * h);
    INFO(spec.id << "'(" << x << ")");
    CHECK_THAT(got.derivatives[1],
               Catch::Matchers::WithinAbs(centralDifference, 1e-9 * (1 + std::fabs(got.values[1]))));
  }
}

TEST_CASE("the derivative at a kink is the declared one-sided limit", "[elementwise][kinks]") {
  for (const auto& spec : activations::catalog()) {
    for (const auto& kink : spec.kinks) {
      const double side = kink.derivativeFrom == "left" ? -1.0 : 1.0;
      const double nearby = kink.at + side * 1e-300;
      const Evaluated got = evaluate(spec, {kink.at, nearby}, defaults(spec));
      INFO(spec.id << "'(" << kink.at << ") from the " << kink.derivativeFrom);
      CHECK_THAT(got.derivatives[0], Catch::Matchers::WithinULP(got.derivatives[1], 1));
    }
  }
  CHECK(evaluateOne("relu", 0.0, true) == 0.0);
  const auto& selu = *findActivation("selu");
  CHECK(evaluateOne("selu", 0.0, true) == selu.parameters[1].defaultValue * selu.parameters[0].defaultValue);
  CHECK(evaluateOne("selu", -0.0, true) == evaluateOne("selu", 0.0, true));
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
