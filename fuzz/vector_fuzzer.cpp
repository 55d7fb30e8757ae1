// libFuzzer target: the vector family (softmax, log_softmax, softmin, the softmax Jacobian,
// sparsemax and entmax15)
// for any logits (NaN, infinities, subnormals, -0, +-DBL_MAX) and any temperature in
// (0, inf), subnormal and DBL_MAX included. Built with ASan and UBSan. Properties checked:
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
//   6. sparsemax and entmax15: every output in [0, 1], summing to 1 within 4 n eps, and in
//      the logits' order (z_i > z_j gives p_i >= p_j); NaN out only from NaN in, as softmax.
// The notebook's naive softmax runs too, for memory safety only.
//
// Input layout (fuzz/make-corpus.mjs writes seeds in it):
//   byte 0        temperature mode: even, the next 8 bytes as a double's bits, made positive
//                 (0 becomes denorm_min, inf DBL_MAX, NaN 1); odd, 10^(4 f - 2) with f in
//                 [0, 1) from the 8 bytes: the page's slider range, 0.01 to 100
//   bytes 1..8    the temperature's bytes
//   the rest      the logits, 8 bytes each, at most kMaxLogits

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "fuzz_input.hpp"
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const double temperature = decodeTemperature(in);
  const Vector logits = in.remainingDoubles(kMaxLogits);
  const std::size_t n = logits.size();

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
