#include "sparse_maps.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "double_double.hpp"
#include "shifted_logits.hpp"

namespace activations {
namespace {

using dd::DoubleDouble;

DoubleDouble negated(DoubleDouble a) { return {-a.hi, -a.lo}; }

DoubleDouble difference(DoubleDouble a, DoubleDouble b) { return dd::add(a, negated(b)); }

bool isPositive(DoubleDouble a) { return a.hi > 0 || (a.hi == 0 && a.lo > 0); }

bool isNonNegative(DoubleDouble a) { return a.hi > 0 || (a.hi == 0 && a.lo >= 0); }

// a / b for a double b, to double-double precision: the remainder a.hi - q b is exact by fma.
DoubleDouble dividedBy(DoubleDouble a, double b) {
  const double q = a.hi / b;
  return dd::sum(q, (std::fma(-q, b, a.hi) + a.lo) / b);
}

// sqrt(a) for a >= 0: one Newton step from the double root, r + (a - r^2) / (2r).
DoubleDouble squareRoot(DoubleDouble a) {
  if (!(a.hi > 0)) return {0.0, 0.0};
  const double r = std::sqrt(a.hi);
  return dd::sum(r, difference(a, dd::product(r, r)).hi / (2.0 * r));
}

// One sort for both maps, and a heap sort: O(n log n) like std::sort, in a quarter of its code.
void sortLargestFirst(std::vector<DoubleDouble>& s) {
  const auto larger = [](DoubleDouble a, DoubleDouble b) { return a.hi > b.hi || (a.hi == b.hi && a.lo > b.lo); };
  std::make_heap(s.begin(), s.end(), larger);
  std::sort_heap(s.begin(), s.end(), larger);
}

// Finds tau = threshold(s sorted largest first) and writes output(s_i - tau) where s_i lies
// above tau, 0 elsewhere. `halve` maps z / T to z / 2T, entmax's s.
template <class Threshold, class Output>
void sparseMap(const double* logits, std::size_t n, double temperature, bool halve,
               double* probabilities, Threshold threshold, Output output) {
  if (n == 0 || writeNonFiniteLimit(logits, n, probabilities)) return;
  const double max = *std::max_element(logits, logits + n);
  const double scale = halve ? 2.0 : 1.0;
  const auto shifted = [&](double z) {
    const DoubleDouble s = shiftedArgument(z, max, temperature);
    return DoubleDouble{s.hi / scale, s.lo / scale};  // exact: a power of two
  };
  std::vector<DoubleDouble> sorted(n);
  std::transform(logits, logits + n, sorted.begin(), shifted);
  sortLargestFirst(sorted);
  const DoubleDouble tau = threshold(sorted);
  for (std::size_t i = 0; i < n; ++i) {
    const DoubleDouble above = difference(shifted(logits[i]), tau);
    probabilities[i] = isPositive(above) ? output(above) : 0.0;
  }
}

// The support is every k with 1 + k s_k > s_1 + ... + s_k; then tau = (s_1 + ... + s_k - 1) / k.
DoubleDouble sparsemaxThreshold(const std::vector<DoubleDouble>& s) {
  DoubleDouble sum = {0.0, 0.0}, supportSum = {0.0, 0.0};
  std::size_t support = 0;
  for (std::size_t k = 1; k <= s.size(); ++k) {
    sum = dd::add(sum, s[k - 1]);
    const DoubleDouble margin = difference(dd::add({1.0, 0.0}, dd::multiply({static_cast<double>(k), 0.0}, s[k - 1])), sum);
    if (!isPositive(margin)) break;
    support = k;
    supportSum = sum;
  }
  return dividedBy(difference(supportSum, {1.0, 0.0}), static_cast<double>(support));
}

// For a support of the k largest, sum (s_i - tau)^2 = 1 gives tau_k = mean - sqrt((1 - ss) / k),
// ss = sum (s_i - mean)^2; the support size is the number of k with tau_k <= s_k (as the entmax
// package counts them). Two passes, the second to the support's tau, so no tau is stored.
DoubleDouble entmaxThreshold(const std::vector<DoubleDouble>& s) {
  DoubleDouble sum = {0.0, 0.0}, sumOfSquares = {0.0, 0.0};
  const auto addAndThreshold = [&](std::size_t k) {
    const double count = static_cast<double>(k);
    sum = dd::add(sum, s[k - 1]);
    sumOfSquares = dd::add(sumOfSquares, dd::multiply(s[k - 1], s[k - 1]));
    const DoubleDouble mean = dividedBy(sum, count);
    const DoubleDouble spread = difference(sumOfSquares, dd::multiply(sum, mean));
    return difference(mean, squareRoot(dividedBy(difference({1.0, 0.0}, spread), count)));
  };
  std::size_t support = 0;
  // An infinitely small s_k (a -inf logit, or a tiny T) is never in the support.
  for (std::size_t k = 1; k <= s.size() && std::isfinite(s[k - 1].hi); ++k) {
    if (isNonNegative(difference(s[k - 1], addAndThreshold(k)))) ++support;
  }
  sum = sumOfSquares = {0.0, 0.0};
  DoubleDouble tau = {0.0, 0.0};
  for (std::size_t k = 1; k <= support; ++k) tau = addAndThreshold(k);
  return tau;
}

}  // namespace

void sparsemax(const double* logits, std::size_t n, double temperature, double* probabilities) {
  sparseMap(logits, n, temperature, false, probabilities, sparsemaxThreshold,
            [](DoubleDouble above) { return above.hi; });
}

void entmax15(const double* logits, std::size_t n, double temperature, double* probabilities) {
  sparseMap(logits, n, temperature, true, probabilities, entmaxThreshold,
            [](DoubleDouble above) { return dd::multiply(above, above).hi; });
}

}  // namespace activations
