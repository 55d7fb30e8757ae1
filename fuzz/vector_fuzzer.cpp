// libFuzzer target: the vector family (softmax, log_softmax, softmin, the softmax Jacobian,
// next-token sampling, sparsemax and entmax15) for any logits (NaN, infinities, subnormals,
// -0, +-DBL_MAX) and any temperature in (0, inf), subnormal and DBL_MAX included. Built with
// ASan and UBSan. Properties checked:
//   1. NaN out only from NaN in: with a NaN logit every output of every function is NaN;
//      without one no output is NaN.
//   2. softmax: every p_i in [0, 1], and sum p = 1 within 4 n eps (each p_i carries a few
//      roundings and the n-term sums, ours and this check's, about n / 2 ULP each).
//   3. log_softmax <= 0, and exp(log_softmax) = softmax within 8 (n + 2) eps (the
//      log-sum-exp differs from softmax's sum by the same roundings, and p |log p| <= 1/e).
//   4. softmin(z, T) = softmax(-z, T) bit for bit, and softmax written over its own logits
//      (which softmin relies on) equals softmax into a separate array.
//   5. The Jacobian: symmetric bit for bit, diagonal >= 0, off-diagonal <= 0, and each row
//      sums to 0 within 4 n (eps * the sum of its magnitudes + denorm_min / min(T, 1)). The
//      second term is underflow: an entry that is subnormal carries an error up to denorm_min,
//      and where p_i is subnormal, p_i p_j has lost bits before the division by T < 1
//      magnifies its error to denorm_min / T (found by the fuzzer: ten logits near 7e-9 and
//      one at -5e-6, T = 7e-9, where p_10 ~ 1e-313). A row with an infinite entry is exempt
//      from the sum: with a subnormal T, p_i p_j / T truly exceeds DBL_MAX and the entry is
//      +-inf, so the row sum is inf - inf.
//   6. samplingDistribution (cpp/sampling.hpp) at the same temperature and any topK, topP in
//      (0, 1], minP in [0, 1]: with a NaN logit all NaN; otherwise every p in [0, 1], summing
//      to 1 within 4 n eps; zeros exactly where removed: the tokens left form a suffix of the
//      order by (logit, index), topped by its last, and carry softmax of their own logits
//      (within 4 (n + 2) eps relative, plus n denorm_min where p is subnormal); nothing below
//      the k-th largest logit is left; what is left is at least minP times the most probable
//      (less 8 eps relative, and (n + 2) denorm_min: min-p compared the survivors of top-p,
//      whose sum is up to n times this one's, where subnormal); with every filter off,
//      softmax bit for bit.
//   7. sample: every index drawn from that distribution, and from the logits' magnitudes
//      taken as unnormalised weights, is in range and of positive probability, and the same
//      seed draws the same indices.
//   8. sparsemax and entmax15: every output in [0, 1], summing to 1 within 4 n eps, and in
//      the logits' order (z_i > z_j gives p_i >= p_j); NaN out only from NaN in, as softmax.
// The notebook's naive softmax runs too, for memory safety only.
//
// Input layout (fuzz/make-corpus.mjs writes seeds in it):
//   byte 0        temperature mode: even, the next 8 bytes as a double's bits, made positive
//                 (0 becomes denorm_min, inf DBL_MAX, NaN 1); odd, 10^(4 f - 2) with f in
//                 [0, 1) from the 8 bytes: the page's slider range, 0.01 to 100
//   bytes 1..8    the temperature's bytes
//   bytes 9..40   sampling: four 8-byte words b, little-endian: topK = b mod (n + 2) (0 and
//                 n + 1: off); topP = 1 - (b >> 11) 2^-53 (b = 0: 1, off); minP = (b >> 11) /
//                 (2^53 - 1) (b = 0: off); the seed for sample
//   the rest      the logits, 8 bytes each, at most kMaxLogits

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <numeric>
#include <vector>

#include "fuzz_input.hpp"
#include "sampling.hpp"
#include "softmax.hpp"
#include "sparse_maps.hpp"

namespace {

// The Jacobian has n^2 entries: 256 logits keep one run under a millisecond.
constexpr std::size_t kMaxLogits = 256;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
constexpr double kDenormMin = std::numeric_limits<double>::denorm_min();

double decodeTemperature(fuzz::ByteReader& in) {
  const bool sliderRange = in.byte() % 2 == 1;
  const std::uint64_t bits = in.bits();
  if (sliderRange) return std::pow(10.0, 4.0 * fuzz::asFraction(bits) - 2.0);
  const double t = std::fabs(fuzz::asDouble(bits));
  if (std::isnan(t)) return 1.0;
  if (t == 0.0) return kDenormMin;
  return std::isinf(t) ? std::numeric_limits<double>::max() : t;
}

using Vector = std::vector<double>;

void checkNaNs(const char* function, const Vector& outputs, bool nanIn, double temperature) {
  for (double v : outputs) {
    if (std::isnan(v) != nanIn) {
      fuzz::fail("%s: NaN out iff NaN in (NaN in: %d, T = %a, an output %a)", function, nanIn, temperature, v);
    }
  }
}

void checkProbabilities(const char* function, const Vector& p, double temperature) {
  double sum = 0.0;
  for (double v : p) {
    if (!(v >= 0.0 && v <= 1.0)) fuzz::fail("%s: p = %a outside [0, 1], T = %a", function, v, temperature);
    sum += v;
  }
  const double n = static_cast<double>(p.size());
  if (!p.empty() && !(std::fabs(sum - 1.0) <= 4.0 * n * kEpsilon)) {
    fuzz::fail("%s: sum %a is not 1 within 4 n eps, n = %zu, T = %a", function, sum, p.size(), temperature);
  }
}

void checkLogSoftmax(const Vector& logP, const Vector& p, double temperature) {
  const double tolerance = 8.0 * (static_cast<double>(p.size()) + 2.0) * kEpsilon;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (!(logP[i] <= 0.0)) fuzz::fail("log_softmax: %a > 0, T = %a", logP[i], temperature);
    if (!(std::fabs(std::exp(logP[i]) - p[i]) <= tolerance)) {
      fuzz::fail("log_softmax: exp(%a) is not softmax's %a, i = %zu, T = %a", logP[i], p[i], i, temperature);
    }
  }
}

void checkSparseMap(const char* function, const Vector& logits, const Vector& p, double temperature) {
  checkProbabilities(function, p, temperature);
  for (std::size_t i = 0; i < p.size(); ++i) {
    for (std::size_t j = 0; j < p.size(); ++j) {
      if (logits[i] > logits[j] && p[i] < p[j]) {
        fuzz::fail("%s: z_%zu = %a > z_%zu = %a but p = %a < %a, T = %a", function, i, logits[i], j, logits[j], p[i],
                   p[j], temperature);
      }
    }
  }
}

void checkJacobian(const Vector& jacobian, std::size_t n, double temperature) {
  for (std::size_t row = 0; row < n; ++row) {
    double sum = 0.0, magnitude = 0.0;
    for (std::size_t col = 0; col < n; ++col) {
      const double entry = jacobian[row * n + col];
      if (!fuzz::sameBits(entry, jacobian[col * n + row])) {
        fuzz::fail("Jacobian: J[%zu][%zu] = %a but J[%zu][%zu] = %a, T = %a", row, col, entry, col, row,
                   jacobian[col * n + row], temperature);
      }
      if (row == col ? !(entry >= 0.0) : !(entry <= 0.0)) {
        fuzz::fail("Jacobian: J[%zu][%zu] = %a has the wrong sign, T = %a", row, col, entry, temperature);
      }
      sum += entry;
      magnitude += std::fabs(entry);
    }
    if (std::isinf(magnitude)) continue;  // an entry overflowed: see property 5 above
    const double underflow = kDenormMin / std::min(temperature, 1.0);
    const double tolerance = 4.0 * static_cast<double>(n) * (kEpsilon * magnitude + underflow);
    if (!(std::fabs(sum) <= tolerance)) {
      fuzz::fail("Jacobian: row %zu sums to %a (magnitudes %a), n = %zu, T = %a", row, sum, magnitude, n,
                 temperature);
    }
  }
}

struct Sampling {
  std::size_t topK;
  double topP;
  double minP;
  std::uint64_t seed;
};

Sampling decodeSampling(const std::uint64_t (&words)[4], std::size_t n) {
  return {static_cast<std::size_t>(words[0] % (n + 2)), 1.0 - fuzz::asFraction(words[1]),
          static_cast<double>(words[2] >> 11) / 0x1.fffffffffffffp52, words[3]};
}

Vector samplingDistribution(const Vector& logits, double temperature, std::size_t topK, double topP,
                            double minP) {
  Vector p(logits.size());
  activations::samplingDistribution(logits.data(), logits.size(), temperature, topK, topP, minP, p.data());
  return p;
}

// Draws from `weights` must land on positive entries only, the same for the same seed.
void checkDraws(const char* what, const Vector& weights, std::uint64_t seed) {
  constexpr std::size_t kDraws = 64;
  const auto seedForPrint = static_cast<unsigned long long>(seed);
  std::vector<std::int32_t> indices(kDraws), again(kDraws);
  activations::sample(weights.data(), weights.size(), kDraws, seed, indices.data());
  activations::sample(weights.data(), weights.size(), kDraws, seed, again.data());
  if (indices != again) fuzz::fail("sample (%s): seed %llu drew differently twice", what, seedForPrint);
  for (std::int32_t i : indices) {
    const auto index = static_cast<std::size_t>(i);
    if (i < 0 || index >= weights.size() || !(weights[index] > 0.0)) {
      fuzz::fail("sample (%s): drew index %d of %zu, seed %llu", what, i, weights.size(), seedForPrint);
    }
  }
}

// The tokens left (p > 0) in ascending order of (logit, index): they must be a suffix of that
// order, its top included.
std::vector<std::size_t> tokensLeft(const Vector& logits, const Vector& p, const Sampling& s, double temperature) {
  std::vector<std::size_t> ranked(logits.size());
  std::iota(ranked.begin(), ranked.end(), std::size_t{0});
  std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) { return logits[a] < logits[b]; });
  const auto firstLeft = std::find_if(ranked.begin(), ranked.end(), [&](std::size_t i) { return p[i] > 0.0; });
  if (!(p[ranked.back()] > 0.0)) {
    fuzz::fail("samplingDistribution: the top token was removed, topK %zu, topP %a, minP %a, T = %a", s.topK,
               s.topP, s.minP, temperature);
  }
  for (auto r = firstLeft; r != ranked.end(); ++r) {
    if (!(p[*r] > 0.0)) fuzz::fail("samplingDistribution: token %zu removed above a kept one, T = %a", *r, temperature);
  }
  return {firstLeft, ranked.end()};
}

void checkSampling(const Vector& logits, double temperature, const Sampling& s) {
  const std::size_t n = logits.size();
  const Vector p = samplingDistribution(logits, temperature, s.topK, s.topP, s.minP);
  const Vector unfiltered = samplingDistribution(logits, temperature, 0, 1.0, 0.0);
  Vector softmaxP(n);
  activations::softmax(logits.data(), n, temperature, softmaxP.data());
  for (std::size_t i = 0; i < n; ++i) {
    if (!fuzz::sameBits(unfiltered[i], softmaxP[i])) {
      fuzz::fail("samplingDistribution, filters off: %a, softmax %a, i = %zu, T = %a", unfiltered[i], softmaxP[i], i,
                 temperature);
    }
  }
  const bool nanIn = std::any_of(logits.begin(), logits.end(), [](double z) { return std::isnan(z); });
  checkNaNs("samplingDistribution", p, nanIn, temperature);
  if (nanIn || n == 0) return;
  checkProbabilities("samplingDistribution", p, temperature);  // in [0, 1], summing to 1

  const std::vector<std::size_t> left = tokensLeft(logits, p, s, temperature);
  Vector leftLogits, renormalised(left.size());
  for (std::size_t i : left) leftLogits.push_back(logits[i]);
  activations::softmax(leftLogits.data(), left.size(), temperature, renormalised.data());
  const double relative = 4.0 * (static_cast<double>(n) + 2.0) * kEpsilon;
  const double subnormalSlack = (static_cast<double>(n) + 2.0) * kDenormMin;
  const double minPThreshold = s.minP * p[left.back()] * (1.0 - 8.0 * kEpsilon) - subnormalSlack;
  for (std::size_t j = 0; j < left.size(); ++j) {
    const std::size_t i = left[j];
    if (!(std::fabs(p[i] - renormalised[j]) <= relative * renormalised[j] + subnormalSlack)) {
      fuzz::fail("samplingDistribution: p[%zu] = %a, softmax of the tokens left %a, T = %a", i, p[i],
                 renormalised[j], temperature);
    }
    if (!(p[i] >= minPThreshold)) {
      fuzz::fail("samplingDistribution: p[%zu] = %a left below minP %a times %a, T = %a", i, p[i], s.minP,
                 p[left.back()], temperature);
    }
  }
  if (s.topK > 0 && s.topK < n) {
    Vector descending = logits;
    std::sort(descending.begin(), descending.end(), std::greater<double>());
    for (std::size_t i = 0; i < n; ++i) {
      if (logits[i] < descending[s.topK - 1] && p[i] != 0.0) {
        fuzz::fail("samplingDistribution: top-%zu left token %zu", s.topK, i);
      }
    }
  }

  checkDraws("the distribution", p, s.seed);
  Vector magnitudes(n);
  for (std::size_t i = 0; i < n; ++i) magnitudes[i] = std::isfinite(logits[i]) ? std::fabs(logits[i]) : 0.0;
  const double total = std::accumulate(magnitudes.begin(), magnitudes.end(), 0.0);
  if (total > 0.0 && std::isfinite(total)) checkDraws("magnitudes", magnitudes, s.seed);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const double temperature = decodeTemperature(in);
  const std::uint64_t samplingWords[4] = {in.bits(), in.bits(), in.bits(), in.bits()};
  const Vector logits = in.remainingDoubles(kMaxLogits);
  const std::size_t n = logits.size();
  checkSampling(logits, temperature, decodeSampling(samplingWords, n));

  Vector p(n), logP(n), softminP(n), inPlace = logits, negated(n), mirrored(n), jacobian(n * n), sparse(n), entmax(n);
  activations::naive::softmax(logits.data(), n, temperature, p.data());  // memory safety only
  activations::softmax(logits.data(), n, temperature, p.data());
  activations::softmax(inPlace.data(), n, temperature, inPlace.data());
  activations::logSoftmax(logits.data(), n, temperature, logP.data());
  activations::softmin(logits.data(), n, temperature, softminP.data());
  for (std::size_t i = 0; i < n; ++i) negated[i] = -logits[i];
  activations::softmax(negated.data(), n, temperature, mirrored.data());
  activations::softmaxJacobian(logits.data(), n, temperature, jacobian.data());
  activations::sparsemax(logits.data(), n, temperature, sparse.data());
  activations::entmax15(logits.data(), n, temperature, entmax.data());

  bool nanIn = false;
  for (double z : logits) nanIn = nanIn || std::isnan(z);
  checkNaNs("softmax", p, nanIn, temperature);
  checkNaNs("log_softmax", logP, nanIn, temperature);
  checkNaNs("softmin", softminP, nanIn, temperature);
  checkNaNs("softmaxJacobian", jacobian, nanIn, temperature);
  checkNaNs("sparsemax", sparse, nanIn, temperature);
  checkNaNs("entmax15", entmax, nanIn, temperature);
  for (std::size_t i = 0; i < n; ++i) {
    if (!fuzz::sameBits(inPlace[i], p[i])) fuzz::fail("softmax in place: %a, not %a", inPlace[i], p[i]);
    if (!fuzz::sameBits(softminP[i], mirrored[i])) fuzz::fail("softmin: %a, not %a", softminP[i], mirrored[i]);
  }
  if (nanIn) return 0;
  checkProbabilities("softmax", p, temperature);
  checkProbabilities("softmin", softminP, temperature);
  checkLogSoftmax(logP, p, temperature);
  checkJacobian(jacobian, n, temperature);
  checkSparseMap("sparsemax", logits, sparse, temperature);
  checkSparseMap("entmax15", logits, entmax, temperature);
  return 0;
}
