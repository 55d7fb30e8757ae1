#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

#include "catalog.hpp"
#include "accuracy.hpp"
#include "softmax.hpp"
#include "ulp.hpp"

using testing::ulpDistance;

namespace {

std::vector<double> softmax(const std::vector<double>& logits, double temperature) {
  // Also a check that softmax may write over its own logits, as softmin relies on.
  std::vector<double> inPlace = logits;
  activations::softmax(inPlace.data(), inPlace.size(), temperature, inPlace.data());
  std::vector<double> p(logits.size());
  activations::softmax(logits.data(), logits.size(), temperature, p.data());
  CHECK(((p == inPlace) || std::any_of(p.begin(), p.end(), [](double v) { return std::isnan(v); })));
  return p;
}

std::vector<double> naiveSoftmax(const std::vector<double>& logits, double temperature) {
  std::vector<double> p(logits.size());
  activations::naive::softmax(logits.data(), logits.size(), temperature, p.data());
  return p;
}

std::vector<double> jacobian(const std::vector<double>& logits, double temperature) {
  std::vector<double> j(logits.size() * logits.size());
  activations::softmaxJacobian(logits.data(), logits.size(), temperature, j.data());
  return j;
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

}  // namespace

TEST_CASE("softmax, log_softmax and softmin match the mpmath reference", "[softmax][reference]") {
  std::size_t checked = 0;
  for (const auto& [row, outputs] : testing::measureVector()) {
    REQUIRE(activations::findActivation(row.function) != nullptr);
    // Each output is one exp (< 1 ULP) and a sum of n positive terms, whose rounding error
    // grows at most ~n/2 ULP (log_softmax: a log1p of that sum and one subtraction of two
    // terms of the same sign, so nothing cancels).
    const std::uint64_t allowed = 2 + row.logits.size() / 2;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
      INFO(row.function << ", n = " << outputs.size() << ", T = " << row.temperature << ", output "
                        << i << " = " << outputs[i] << ", want " << row.outputs[i]);
      CHECK(ulpDistance(outputs[i], row.outputs[i]) <= allowed);
      ++checked;
    }
  }
  CHECK(checked > 500);
}

TEST_CASE("log_softmax stays finite where softmax underflows, and softmin mirrors softmax",
          "[softmax][properties]") {
  const std::vector<double> logits = {0.0, -1000.0, 3.5};
  std::vector<double> logP(3), minP(3), negated = {0.0, 1000.0, -3.5};
  activations::logSoftmax(logits.data(), 3, 1.0, logP.data());
  CHECK(softmax(logits, 1.0)[1] == 0.0);
  CHECK_THAT(logP[1], Catch::Matchers::WithinRel(-1003.5 - std::log1p(std::exp(-3.5)), 1e-15));
  for (std::size_t i = 0; i < 3; i += 2) {
    CHECK_THAT(std::exp(logP[i]), Catch::Matchers::WithinULP(softmax(logits, 1.0)[i], 4));
  }
  activations::softmin(logits.data(), 3, 2.0, minP.data());
  CHECK(minP == softmax(negated, 2.0));
}

TEST_CASE("softmax sums to 1 within n ULP and is invariant to shifting the logits",
          "[softmax][properties]") {
  const std::size_t n = GENERATE(1, 2, 5, 50, 1000);
  const double temperature = GENERATE(1e-300, 0.01, 1.0, 7.5, 1e300);
  std::vector<double> logits(n);
  for (std::size_t i = 0; i < n; ++i) logits[i] = static_cast<double>((i * 37) % 101) - 50.0;
  const std::vector<double> p = softmax(logits, temperature);
  INFO("n = " << n << ", T = " << temperature);
  CHECK(std::fabs(sum(p) - 1.0) <= static_cast<double>(n) * kEpsilon);

  // Integers shifted by an integer stay exact, so the probabilities must not move at all.
  std::vector<double> shifted = logits;
  for (double& z : shifted) z += 1024.0;
  CHECK(softmax(shifted, temperature) == p);
}

// shiftedArgument skips the division at T = 1. Doubling the logits and T changes nothing in
// exact arithmetic and, short of overflow, nothing in TwoSum or in the division's exact
// remainder either, so softmax(2z, 2) takes the general path to the same bits.
TEST_CASE("at T = 1 the shortcut gives exactly what the general path gives", "[softmax][properties]") {
  const std::size_t n = GENERATE(2, 7, 1000);
  std::vector<double> logits(n), doubled(n);
  for (std::size_t i = 0; i < n; ++i) {
    logits[i] = (static_cast<double>((i * 7919) % 1000) - 500.0) / 3.0;  // z - max is inexact
    doubled[i] = 2.0 * logits[i];
  }
  INFO("n = " << n);
  CHECK(softmax(logits, 1.0) == softmax(doubled, 2.0));
  std::vector<double> logP(n), logPDoubled(n);
  activations::logSoftmax(logits.data(), n, 1.0, logP.data());
  activations::logSoftmax(doubled.data(), n, 2.0, logPDoubled.data());
  CHECK(logP == logPDoubled);
}

TEST_CASE("softmax reaches its temperature limits", "[softmax][properties]") {
  SECTION("tiny temperature: one-hot on the max, ties split evenly") {
    CHECK(softmax({1.0, 3.0, 2.0}, 1e-300) == std::vector<double>{0.0, 1.0, 0.0});
    CHECK(softmax({3.0, 1.0, 3.0}, 1e-300) == std::vector<double>{0.5, 0.0, 0.5});
  }
  SECTION("huge temperature: uniform") {
    // (z_i - max) / T rounds to -0 for every logit, so each weight is exactly 1.
    CHECK(softmax({-3.0, 0.0, 1e10, 5.0}, 1e300) == std::vector<double>(4, 0.25));
  }
}

TEST_CASE("softmax of non-finite logits takes the limits", "[softmax][properties]") {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(softmax({1.0, inf, 0.0, inf}, 1.0) == std::vector<double>{0.0, 0.5, 0.0, 0.5});
  CHECK(softmax({-inf, -inf}, 1.0) == std::vector<double>{0.5, 0.5});
  CHECK(softmax({-inf, 2.0}, 1.0) == std::vector<double>{0.0, 1.0});
  for (double p : softmax({1.0, nan, 0.0}, 1.0)) CHECK(std::isnan(p));
  CHECK(softmax({}, 1.0).empty());
}

TEST_CASE("the notebook's softmax overflows where ours does not", "[softmax][naive]") {
  const std::vector<double> logits = {1000.0, 1001.0};
  for (double p : naiveSoftmax(logits, 1.0)) CHECK(std::isnan(p));
  const std::vector<double> p = softmax(logits, 1.0);
  // 1 / (1 + e) and e / (1 + e)
  CHECK_THAT(p[0], Catch::Matchers::WithinULP(0.2689414213699951, 2));
  CHECK_THAT(p[1], Catch::Matchers::WithinULP(0.7310585786300049, 2));
}

TEST_CASE("softmax's Jacobian matches finite differences and its structure",
          "[softmax][jacobian]") {
  const std::vector<double> logits = {0.3, -1.2, 2.5, 0.0, 1.1};
  const double temperature = GENERATE(0.5, 1.0, 2.0);
  const std::size_t n = logits.size();
  const std::vector<double> j = jacobian(logits, temperature);
  // h = 1e-6: truncation ~h^2, rounding ~eps/h, both far below the 1e-8 absolute tolerance
  // on entries of order 0.1.
  const double h = 1e-6;
  for (std::size_t col = 0; col < n; ++col) {
    std::vector<double> up = logits, down = logits;
    up[col] += h;
    down[col] -= h;
    const std::vector<double> pUp = softmax(up, temperature), pDown = softmax(down, temperature);
    for (std::size_t row = 0; row < n; ++row) {
      INFO("J[" << row << "][" << col << "], T = " << temperature);
      CHECK_THAT(j[row * n + col], Catch::Matchers::WithinAbs((pUp[row] - pDown[row]) / (2 * h), 1e-8));
      CHECK(j[row * n + col] == j[col * n + row]);
    }
  }
  for (std::size_t row = 0; row < n; ++row) {
    const std::vector<double> rowValues(j.begin() + row * n, j.begin() + (row + 1) * n);
    CHECK(std::fabs(sum(rowValues)) <= 4 * kEpsilon);
  }
}

TEST_CASE("softmax's Jacobian keeps relative accuracy when one class dominates",
          "[softmax][jacobian]") {
  // p = (1 - d, d) with d = e^-40: the diagonal p(1 - p) must be ~d, not 0 as 1 - p gives.
  const std::vector<double> j = jacobian({40.0, 0.0}, 1.0);
  const double d = std::exp(-40.0) / (1.0 + std::exp(-40.0));
  CHECK_THAT(j[0], Catch::Matchers::WithinRel(d * (1 - d), 1e-14));
  CHECK_THAT(j[3], Catch::Matchers::WithinRel(d * (1 - d), 1e-14));
  CHECK_THAT(j[1], Catch::Matchers::WithinRel(-d * (1 - d), 1e-14));
}
