#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "accuracy.hpp"
#include "catalog.hpp"
#include "ulp.hpp"

using testing::ulpDistance;

namespace {

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

// The gate g(b) is an element-wise kernel within its own bound; a g(b) adds one rounding
// (or, in the scaled tails, the exp of a double-double argument and two products), so values
// and df/da = g(b) stay within 4 ULP. df/db = a g'(b) inherits g' and gets the derivative
// target, 8 ULP, or 4 ULPs of |a| in absolute terms next to a zero of g' (silu's at -1.28,
// gelu's at -0.75), where g' itself is only accurate in absolute terms (elementwise_test.cpp).
struct Tolerance {
  std::uint64_t value;
  std::uint64_t aDerivative;
  std::uint64_t bDerivative;
  double bDerivativeAbsoluteUlpsOfA;
};

Tolerance toleranceOf(std::string_view id) {
  if (id == "reglu") return {0, 0, 0, 0};  // a * b or 0, and a or 0: each one rounding or none
  if (id == "glu") return {3, 2, 4, 0};
  return {4, 4, 8, 4};  // geglu, swiglu
}

std::string describe(const testing::GatedReference& r, double got, double want) {
  std::ostringstream s;
  s.precision(17);
  s << "a = " << r.a << ", b = " << r.b << ": " << got << ", want " << want << " (" << ulpDistance(got, want)
    << " ULP)";
  return s.str();
}

}  // namespace

TEST_CASE("every gated kernel matches the mpmath reference: a g(b), g(b) and a g'(b)", "[gated][reference]") {
  std::size_t rows = 0;
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::gated) continue;
    ++rows;
    INFO(spec.id);
    const Tolerance allowed = toleranceOf(spec.id);
    const auto measured = testing::measureGated(spec);
    CHECK(measured.size() > 900);
    for (const auto& m : measured) {
      const auto& r = m.reference;
      if (ulpDistance(m.value, r.value) > allowed.value) FAIL_CHECK("value: " + describe(r, m.value, r.value));
      if (ulpDistance(m.aDerivative, r.aDerivative) > allowed.aDerivative) {
        FAIL_CHECK("df/da: " + describe(r, m.aDerivative, r.aDerivative));
      }
      const double absolute = allowed.bDerivativeAbsoluteUlpsOfA * kEpsilon * std::fabs(r.a);
      if (ulpDistance(m.bDerivative, r.bDerivative) > allowed.bDerivative &&
          !(std::fabs(m.bDerivative - r.bDerivative) <= absolute)) {
        FAIL_CHECK("df/db: " + describe(r, m.bDerivative, r.bDerivative));
      }
    }
  }
  CHECK(rows == 4);
}

TEST_CASE("a gated kernel's df/da is its gate's value, bit for bit", "[gated][properties]") {
  const std::vector<std::pair<const char*, const char*>> gates = {
      {"glu", "sigmoid"}, {"reglu", "relu"}, {"geglu", "gelu"}, {"swiglu", "silu"}};
  std::vector<double> bs = {-1000.0, -40.0, -3.0, -0.5, 0.0, 0.25, 2.0, 50.0};
  for (const auto& [gatedId, gateId] : gates) {
    const auto& gated = *activations::findActivation(gatedId);
    const auto& gate = *activations::findActivation(gateId);
    const std::vector<double> as(bs.size(), 1e300);
    std::vector<double> value(bs.size()), da(bs.size()), db(bs.size()), g(bs.size()), dg(bs.size());
    gated.gated(as.data(), bs.data(), bs.size(), value.data(), da.data(), db.data());
    gate.stable(bs.data(), bs.size(), gate.defaults().data(), g.data(), dg.data());
    INFO(gatedId);
    CHECK(da == g);
  }
}

TEST_CASE("gated kernels keep a g(b) where g(b) underflows, and take 0 * inf as 0", "[gated][properties]") {
  const auto& glu = *activations::findActivation("glu");
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> as = {1e300, inf, 0.0, inf};
  const std::vector<double> bs = {-800.0, -800.0, inf, -inf};
  std::vector<double> value(4), da(4), db(4);
  glu.gated(as.data(), bs.data(), 4, value.data(), da.data(), db.data());
  // sigmoid(-800) = e^-800 / (1 + e^-800) = 3.7e-348 underflows; 1e300 of it does not.
  CHECK(da[0] == 0.0);
  CHECK_THAT(value[0], Catch::Matchers::WithinRel(1e300 * std::exp(-400.0) * std::exp(-400.0), 1e-12));
  CHECK(value[1] == inf);  // inf times a positive number, however small
  CHECK(value[2] == 0.0);  // 0 * sigmoid(inf) = 0
  CHECK(value[3] == 0.0);  // inf * sigmoid(-inf) = inf * 0, taken as 0
  CHECK_FALSE(std::isnan(db[2]));
  CHECK_FALSE(std::isnan(db[3]));
}
