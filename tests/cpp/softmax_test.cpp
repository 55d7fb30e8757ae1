#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.hpp"
#include "accuracy.hpp"
#include "sampling.hpp"
#include "softmax.hpp"
#include "splitmix64.hpp"
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

std::vector<double> sparseMap(const char* id, const std::vector<double>& logits, double temperature) {
  std::vector<double> p(logits.size());
  activations::findActivation(id)->vectorStable(logits.data(), logits.size(), temperature, p.data());
  return p;
}

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

bool isSparseMap(std::string_view id) { return id == "sparsemax" || id == "entmax15"; }

}  // namespace

TEST_CASE("softmax, log_softmax and softmin match the mpmath reference", "[softmax][reference]") {
  std::size_t checked = 0;
  for (const auto& [row, outputs] : testing::measureVector()) {
    REQUIRE(activations::findActivation(row.function) != nullptr);
    if (isSparseMap(row.function)) continue;
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

// ---------------------------------------------------------------------------------------
// Next-token sampling (cpp/sampling.hpp): HF's filters and the seeded sampler. The semantics
// against a reference implementation of HF's order are tests/js/sampling.test.mjs's; here,
// the kernels' properties, natively and in wasm.

namespace {

struct Filters {
  double temperature = 1.0;
  std::size_t topK = 0;
  double topP = 1.0;
  double minP = 0.0;
};

std::vector<double> sampling(const std::vector<double>& logits, const Filters& f) {
  std::vector<double> p(logits.size(), -1.0);  // -1: a slot the kernel forgot to write
  activations::samplingDistribution(logits.data(), logits.size(), f.temperature, f.topK, f.topP, f.minP,
                                    p.data());
  return p;
}

std::vector<std::int32_t> draws(const std::vector<double>& p, std::size_t count, std::uint64_t seed) {
  std::vector<std::int32_t> indices(count, -1);
  activations::sample(p.data(), p.size(), count, seed, indices.data());
  return indices;
}

std::size_t keptCount(const std::vector<double>& p) {
  return static_cast<std::size_t>(std::count_if(p.begin(), p.end(), [](double v) { return v != 0.0; }));
}

// log(0.5), log(0.3), log(0.2): softmax gives back 0.5, 0.3, 0.2 to within rounding.
const std::vector<double> kFiveThreeTwo = {std::log(0.5), std::log(0.3), std::log(0.2)};

}  // namespace

TEST_CASE("samplingDistribution with every filter off is softmax, bit for bit", "[sampling]") {
  const double inf = std::numeric_limits<double>::infinity();
  const double temperature = GENERATE(1e-300, 0.3, 1.0, 4.0, 1e300);
  const std::vector<double> logits = GENERATE_COPY(values<std::vector<double>>(
      {{2.0}, {1.0, 3.0, 3.0, -2.5, 0.0}, {-inf, 0.5, -inf, 0.25}, {inf, 1.0, inf}, {-inf, -inf}}));
  INFO("T = " << temperature << ", n = " << logits.size());
  CHECK(sampling(logits, {temperature, 0, 1.0, 0.0}) == softmax(logits, temperature));
  // topK at or past n keeps everything too, as HF's clamp to the vocabulary does.
  CHECK(sampling(logits, {temperature, logits.size(), 1.0, 0.0}) == softmax(logits, temperature));
  CHECK(sampling({}, {temperature, 1, 0.5, 0.5}).empty());
}

TEST_CASE("top-k removes only what is strictly below the k-th largest logit", "[sampling]") {
  const std::vector<double> logits = {1.0, 3.0, 3.0, 2.0};
  // Both 3s are "the k-th largest" for k = 1 and k = 2: ties with it are kept.
  CHECK(sampling(logits, {1.0, 1, 1.0, 0.0}) == std::vector<double>{0.0, 0.5, 0.5, 0.0});
  CHECK(sampling(logits, {1.0, 2, 1.0, 0.0}) == std::vector<double>{0.0, 0.5, 0.5, 0.0});
  const std::vector<double> top3 = sampling(logits, {1.0, 3, 1.0, 0.0});
  CHECK(top3 == softmax({-std::numeric_limits<double>::infinity(), 3.0, 3.0, 2.0}, 1.0));
  CHECK(top3[0] == 0.0);
}

TEST_CASE("top-p removes the least probable while their cumulative sum is <= 1 - p", "[sampling]") {
  // Four equal logits: each probability is exactly 1/4 and the cumulative sums 1/4, 1/2,
  // 3/4, 1 are exact, so the boundary itself is tested. Ties are taken in index order
  // (a stable ascending sort), so the lowest indices go first.
  const std::vector<double> equal(4, 0.0);
  CHECK(sampling(equal, {1.0, 0, 0.5, 0.0}) == std::vector<double>{0.0, 0.0, 0.5, 0.5});    // 1/4, 1/2 <= 1/2
  CHECK(sampling(equal, {1.0, 0, 0.75, 0.0}) == std::vector<double>{0.0, 1 / 3.0, 1 / 3.0, 1 / 3.0});
  CHECK(sampling(equal, {1.0, 0, 0.25, 0.0}) == std::vector<double>{0.0, 0.0, 0.0, 1.0});  // 3/4 <= 3/4
  CHECK(sampling(equal, {1.0, 0, 0.2500001, 0.0}) == std::vector<double>{0.0, 0.0, 0.5, 0.5});
  // 0.2 <= 0.4 goes; 0.2 + 0.3 = 0.5 > 0.4 stays.
  const std::vector<double> p = sampling(kFiveThreeTwo, {1.0, 0, 0.6, 0.0});
  CHECK(p[2] == 0.0);
  CHECK_THAT(p[0], Catch::Matchers::WithinULP(0.625, 2));
  CHECK_THAT(p[1], Catch::Matchers::WithinULP(0.375, 2));
}

TEST_CASE("min-p removes what is less probable than minP times the most probable", "[sampling]") {
  // Ratios to the most probable: 0.6 and 0.4.
  const std::vector<double> p = sampling(kFiveThreeTwo, {1.0, 0, 1.0, 0.5});
  CHECK(p[2] == 0.0);
  CHECK_THAT(p[0], Catch::Matchers::WithinULP(0.625, 2));
  // minP = 1 keeps exactly the tokens tied with the most probable.
  CHECK(sampling({2.0, 2.0, 1.0}, {1.0, 0, 1.0, 1.0}) == std::vector<double>{0.5, 0.5, 0.0});
  CHECK(sampling(kFiveThreeTwo, {1.0, 0, 1.0, 1.0}) == std::vector<double>{1.0, 0.0, 0.0});
}

TEST_CASE("temperature comes first, then each filter sees the survivors of the one before", "[sampling]") {
  SECTION("top-k, then top-p over the renormalised survivors") {
    // top-k 2 leaves 0.625 and 0.375; 0.375 <= 1 - 0.6 then goes too. Top-p alone (above)
    // would keep both.
    CHECK(sampling(kFiveThreeTwo, {1.0, 2, 0.6, 0.0}) == std::vector<double>{1.0, 0.0, 0.0});
  }
  SECTION("top-p, then min-p over the renormalised survivors") {
    // top-p 0.9 removes nothing (0.2 > 0.1); min-p 0.45 then removes 0.2 (ratio 0.4).
    const std::vector<double> p = sampling(kFiveThreeTwo, {1.0, 0, 0.9, 0.45});
    CHECK(p[2] == 0.0);
    CHECK(keptCount(p) == 2);
  }
  SECTION("temperature changes the ratios min-p compares") {
    // Ratios 0.6 and 0.4 at T = 1 become 0.36 and 0.16 at T = 0.5 and ~0.77, ~0.63 at T = 2.
    CHECK(keptCount(sampling(kFiveThreeTwo, {1.0, 0, 1.0, 0.5})) == 2);
    CHECK(sampling(kFiveThreeTwo, {0.5, 0, 1.0, 0.5}) == std::vector<double>{1.0, 0.0, 0.0});
    CHECK(sampling(kFiveThreeTwo, {2.0, 0, 1.0, 0.5}) == softmax(kFiveThreeTwo, 2.0));
  }
}

TEST_CASE("at least one token is always kept, at every extreme setting", "[sampling]") {
  const double tiny = std::numeric_limits<double>::denorm_min();
  std::vector<double> logits(200);
  for (std::size_t i = 0; i < logits.size(); ++i) logits[i] = std::sin(static_cast<double>(i));
  const std::size_t argmax = static_cast<std::size_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
  const Filters extreme = GENERATE_COPY(values<Filters>({{1.0, 1, 1.0, 0.0}, {1.0, 0, tiny, 0.0},
      {1.0, 0, 1.0, 1.0}, {1e-300, 1, tiny, 1.0}, {1e300, 0, tiny, 0.0}}));
  std::vector<double> oneHot(logits.size(), 0.0);
  oneHot[argmax] = 1.0;
  CHECK(sampling(logits, extreme) == oneHot);
}

TEST_CASE("samplingDistribution takes softmax's limits for non-finite logits", "[sampling]") {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (double p : sampling({1.0, nan, 0.0}, {1.0, 1, 0.5, 0.1})) CHECK(std::isnan(p));
  // A -inf logit is a token already masked: probability 0, and top-p and min-p remove it.
  CHECK(sampling({-inf, 0.0, 0.0}, {1.0, 0, 1.0, 0.0}) == std::vector<double>{0.0, 0.5, 0.5});
  CHECK(sampling({-inf, 0.0, 0.0}, {1.0, 0, 0.9, 0.0}) == std::vector<double>{0.0, 0.5, 0.5});
  CHECK(sampling({inf, 5.0, inf}, {1.0, 0, 0.9, 0.5}) == std::vector<double>{0.5, 0.0, 0.5});
  // Every logit -inf: the kept tokens share the probability (softmax's limit), the rest get 0.
  CHECK(sampling({-inf, -inf, -inf, -inf}, {1.0, 0, 0.5, 0.0}) == std::vector<double>{0.0, 0.0, 0.5, 0.5});
}

TEST_CASE("samplingDistribution's properties on generated logits with ties", "[sampling][properties]") {
  // A fixed-seed stream: every run checks the same 2,000 cases.
  activations::SplitMix64 random(20261128);
  for (int c = 0; c < 2000; ++c) {
    const std::size_t n = 1 + random.next() % 40;
    std::vector<double> logits(n);
    // Halves in [-4, 4]: ties are common.
    for (double& z : logits) z = static_cast<double>(random.next() % 17) / 2.0 - 4.0;
    Filters f;
    // T in [0.05, 20]: (z - max) / T >= -160, so no kept probability underflows to 0.
    f.temperature = std::pow(10.0, 2.6 * random.uniform() - 1.3);
    f.topK = random.next() % 3 == 0 ? 0 : 1 + random.next() % n;
    f.topP = random.next() % 3 == 0 ? 1.0 : std::max(random.uniform(), 1e-3);
    f.minP = random.next() % 3 == 0 ? 0.0 : random.uniform();
    const std::vector<double> p = sampling(logits, f);
    INFO("case " << c << ": n = " << n << ", T = " << f.temperature << ", topK = " << f.topK << ", topP = "
                 << f.topP << ", minP = " << f.minP);

    // Removed tokens, and only they, are exactly 0; the kept ones are softmax of the kept
    // logits at T.
    std::vector<double> keptLogits;
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] != 0.0) keptLogits.push_back(logits[i]);
    }
    REQUIRE(!keptLogits.empty());
    const std::vector<double> keptP = softmax(keptLogits, f.temperature);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] != 0.0) CHECK(p[i] == keptP[k++]);
    }
    CHECK(std::fabs(sum(p) - 1.0) <= static_cast<double>(n) * kEpsilon);

    // Survivors form a suffix of the order by (logit, index): no removed token has a larger
    // logit than a kept one, nor an equal logit and a larger index.
    std::vector<std::size_t> ranked(n);
    std::iota(ranked.begin(), ranked.end(), std::size_t{0});
    std::sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
      return logits[a] < logits[b] || (logits[a] == logits[b] && a < b);
    });
    const auto isKept = [&](std::size_t i) { return p[i] != 0.0; };
    CHECK(std::all_of(std::find_if(ranked.begin(), ranked.end(), isKept), ranked.end(), isKept));
    // Every filter keeps the last of the largest logits (the top of the order), and top-k
    // keeps at most the k largest and their ties.
    const auto top = std::max_element(logits.rbegin(), logits.rend());
    CHECK(p[static_cast<std::size_t>(logits.rend() - top) - 1] > 0.0);
    if (f.topK > 0) {
      std::vector<double> descending = logits;
      std::sort(descending.begin(), descending.end(), std::greater<double>());
      for (std::size_t i = 0; i < n; ++i) {
        if (logits[i] < descending[f.topK - 1]) CHECK(p[i] == 0.0);
      }
    }
  }
}

TEST_CASE("SplitMix64 gives its published outputs", "[sampling][generator]") {
  // Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567.
  activations::SplitMix64 generator(1234567);
  for (std::uint64_t expected : {6457827717110365317u, 3203168211198807973u, 9817491932198370423u,
                                 4593380528125082431u, 16408922859458223821u}) {
    CHECK(generator.next() == expected);
  }
}

TEST_CASE("sample draws by inverse CDF from the seeded stream", "[sampling][sampler]") {
  SECTION("four equal probabilities: each draw is the top two bits of the generator's output") {
    // u = (x >> 11) 2^-53 and the cumulative sums are 1/4, 1/2, 3/4, so the index is
    // floor(4 u) = x >> 62, exactly.
    activations::SplitMix64 generator(1234567);
    const std::vector<std::int32_t> indices = draws({0.25, 0.25, 0.25, 0.25}, 1000, 1234567);
    for (std::int32_t index : indices) CHECK(index == static_cast<std::int32_t>(generator.next() >> 62));
  }
  SECTION("deterministic per seed; a longer run extends a shorter one; other seeds differ") {
    const std::vector<double> p = {0.1, 0.2, 0.3, 0.4};
    const std::vector<std::int32_t> first = draws(p, 500, 7);
    CHECK(draws(p, 500, 7) == first);
    const std::vector<std::int32_t> longer = draws(p, 1000, 7);
    CHECK(std::equal(first.begin(), first.end(), longer.begin()));
    CHECK(draws(p, 500, 8) != first);
  }
  SECTION("a total other than 1 rescales the draws") {
    // Scaling by 4 is exact, so the cumulative sums and every target scale together.
    CHECK(draws({0.5, 1.0, 2.5}, 2000, 11) == draws({0.125, 0.25, 0.625}, 2000, 11));
  }
  SECTION("never an index of probability 0, wherever the zeros are") {
    const double tiny = std::numeric_limits<double>::denorm_min();
    const std::vector<std::vector<double>> distributions = {
        {0.0, 0.0, 0.5, 0.0, 0.5, 0.0, 0.0}, {0.0, 1.0}, {1.0, 0.0}, {0.0, tiny}, {tiny, 0.0},
        {0.0, 1.0 - 1e-16, 0.0, 1e-16, 0.0}};
    for (const auto& p : distributions) {
      const std::vector<std::int32_t> indices = draws(p, 100000, 42);
      REQUIRE(std::all_of(indices.begin(), indices.end(),
                          [&](std::int32_t i) { return i >= 0 && static_cast<std::size_t>(i) < p.size(); }));
      std::vector<std::size_t> counts(p.size(), 0);
      for (std::int32_t index : indices) ++counts[static_cast<std::size_t>(index)];
      for (std::size_t i = 0; i < p.size(); ++i) {
        INFO("entry " << i << " of probability " << p[i]);
        if (p[i] == 0.0) CHECK(counts[i] == 0);
        // Every entry of at least 10^-4 turns up (a random seed would miss one with
        // probability (1 - 10^-4)^(10^5) ~ e^-10; this seed is fixed).
        if (p[i] / sum(p) >= 1e-4) CHECK(counts[i] > 0);
      }
    }
  }
  SECTION("no draws") { CHECK(draws({1.0}, 0, 1).empty()); }
}

TEST_CASE("sparsemax and entmax15 match the mpmath reference: exact zeros, sums, entries",
          "[sparse][reference]") {
  std::size_t checked = 0, zeros = 0;
  for (const auto& [row, outputs] : testing::measureVector()) {
    if (!isSparseMap(row.function)) continue;
    const double n = static_cast<double>(outputs.size());
    INFO(row.function << ", n = " << outputs.size() << ", T = " << row.temperature);
    // The bounds: the threshold is found in double-double, so each entry is one
    // rounding of an accurate difference (entmax: of its square); entries near 0 are accurate
    // in absolute terms only, to a few ulp(1), and the n roundings of a sum add n/2 ULP.
    CHECK(std::fabs(sum(outputs) - 1.0) <= 4 * n * kEpsilon);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
      INFO("output " << i << " = " << outputs[i] << ", want " << row.outputs[i]);
      if (row.outputs[i] == 0.0) {
        CHECK(outputs[i] == 0.0);
        ++zeros;
      } else {
        CHECK((ulpDistance(outputs[i], row.outputs[i]) <= 8 ||
               std::fabs(outputs[i] - row.outputs[i]) <= 4 * n * kEpsilon));
      }
      ++checked;
    }
  }
  CHECK(checked > 300);
  CHECK(zeros > 50);
}

TEST_CASE("sparsemax and entmax15: known values, ties, shifts and the temperature's limits",
          "[sparse][properties]") {
  for (const char* id : {"sparsemax", "entmax15"}) {
    INFO(id);
    CHECK(sparseMap(id, {2.0, 2.0, -5.0}, 1.0) == std::vector<double>{0.5, 0.5, 0.0});
    CHECK(sparseMap(id, {1.0, 3.0, 2.0}, 1e-300) == std::vector<double>{0.0, 1.0, 0.0});
    CHECK(sparseMap(id, {-3.0, 0.0, 1e10, 5.0}, 1e300) == std::vector<double>(4, 0.25));
    const std::vector<double> p = sparseMap(id, {0.3, -1.2, 2.5, 0.0, 1.1}, 2.0);
    std::vector<double> shifted = {0.3, -1.2, 2.5, 0.0, 1.1};
    for (double& z : shifted) z += 1024.0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      CHECK_THAT(sparseMap(id, shifted, 2.0)[i], Catch::Matchers::WithinAbs(p[i], 1e-12));
    }
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(sparseMap(id, {1.0, inf, 0.0, inf}, 1.0) == std::vector<double>{0.0, 0.5, 0.0, 0.5});
    CHECK(sparseMap(id, {-inf, 2.0}, 1.0) == std::vector<double>{0.0, 1.0});
    for (double v : sparseMap(id, {1.0, std::nan(""), 0.0}, 1.0)) CHECK(std::isnan(v));
    CHECK(sparseMap(id, {}, 1.0).empty());
  }
  // Both exactly on their threshold: sparsemax's s = (0, -1), entmax15's s = (0, -1) from z / 2.
  CHECK(sparseMap("sparsemax", {1.0, 0.0}, 1.0) == std::vector<double>{1.0, 0.0});
  // sparsemax([0.5, 0, -0.25]) at T = 1: tau = (0.5 + 0 - 1) / 2 = -0.25, so (0.75, 0.25, 0).
  CHECK(sparseMap("sparsemax", {0.5, 0.0, -0.25}, 1.0) == std::vector<double>{0.75, 0.25, 0.0});
  // entmax15([2, 0]): tau = -1 for the support {1}: (1, 0) exactly.
  CHECK(sparseMap("entmax15", {2.0, 0.0}, 1.0) == std::vector<double>{1.0, 0.0});
}
