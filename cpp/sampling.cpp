#include "sampling.hpp"

#include "softmax.hpp"
#include "splitmix64.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace activations {
namespace {

// Each filter removes a prefix of the tokens in ascending order (the smallest scores, or the
// least probable, which are the same tokens), so the survivors are always the suffix
// order[first, n): the filters only move `first`, and the last token is never removed.
class AscendingTokens {
 public:
  AscendingTokens(const double* logits, std::size_t n, double temperature, double* scratch)
      : logits_(logits), n_(n), temperature_(temperature), probabilities_(scratch), order_(n), sorted_(n) {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    // Stable: ties keep index order, as torch.sort(stable=True) (see sampling.hpp).
    std::stable_sort(order_.begin(), order_.end(), [logits](std::size_t a, std::size_t b) {
      return logits[a] < logits[b];
    });
    for (std::size_t i = 0; i < n; ++i) sorted_[i] = logits[order_[i]];
  }

  // TopKLogitsWarper: remove what lies strictly below the k-th largest logit.
  void keepTopK(std::size_t k) {
    if (k == 0 || k >= kept()) return;
    const double kth = sorted_[n_ - k];
    first_ = static_cast<std::size_t>(std::lower_bound(sorted_.begin() + first_, sorted_.end(), kth) - sorted_.begin());
  }

  // TopPLogitsWarper: remove, smallest first, while the cumulative probability is <= 1 - p.
  void keepTopP(double p) {
    if (!(p < 1.0)) return;
    const double* probabilities = renormalised();
    const double removable = 1.0 - p;
    double cumulative = 0.0;
    std::size_t removed = 0;
    while (removed + 1 < kept()) {
      cumulative += probabilities[removed];
      if (!(cumulative <= removable)) break;
      ++removed;
    }
    first_ += removed;
  }

  // MinPLogitsWarper: remove what is less probable than minP times the most probable (the
  // last, whose probability is the largest).
  void keepMinP(double minP) {
    if (!(minP > 0.0)) return;
    const double* probabilities = renormalised();
    const double threshold = minP * probabilities[kept() - 1];
    std::size_t removed = 0;
    while (removed + 1 < kept() && probabilities[removed] < threshold) ++removed;
    first_ += removed;
  }

  // softmax(kept logits / T) in index order, 0 for the rest. The kept logits are gathered in
  // index order so that, with nothing removed, the sums are softmax's own.
  void writeDistribution(double* probabilities) {
    std::vector<bool> isKept(n_, false);
    for (std::size_t i = first_; i < n_; ++i) isKept[order_[i]] = true;
    double* gathered = sorted_.data();  // no longer needed in sorted order
    std::size_t m = 0;
    for (std::size_t i = 0; i < n_; ++i) {
      if (isKept[i]) gathered[m++] = logits_[i];
    }
    softmax(gathered, m, temperature_, gathered);
    m = 0;
    for (std::size_t i = 0; i < n_; ++i) probabilities[i] = isKept[i] ? gathered[m++] : 0.0;
  }

 private:
  std::size_t kept() const { return n_ - first_; }

  // The kept tokens' probabilities in ascending order, renormalised over the survivors as
  // HF's next warper sees them.
  const double* renormalised() {
    softmax(sorted_.data() + first_, kept(), temperature_, probabilities_);
    return probabilities_;
  }

  const double* logits_;
  std::size_t n_;
  double temperature_;
  double* probabilities_;  // n doubles of scratch
  std::vector<std::size_t> order_;
  std::vector<double> sorted_;
  std::size_t first_ = 0;
};

}  // namespace

void samplingDistribution(const double* logits, std::size_t n, double temperature, std::size_t topK,
                          double topP, double minP, double* probabilities) {
  if (n == 0) return;
  // std::stable_sort needs a strict weak order, which NaN would break.
  if (std::any_of(logits, logits + n, [](double z) { return std::isnan(z); })) {
    std::fill(probabilities, probabilities + n, std::numeric_limits<double>::quiet_NaN());
    return;
  }
  // The caller's output doubles as scratch until the distribution is written into it.
  AscendingTokens tokens(logits, n, temperature, probabilities);
  tokens.keepTopK(topK);
  tokens.keepTopP(topP);
  tokens.keepMinP(minP);
  tokens.writeDistribution(probabilities);
}

void sample(const double* probabilities, std::size_t n, std::size_t count, std::uint64_t seed,
            std::int32_t* indices) {
  std::vector<double> cumulative(n);
  std::partial_sum(probabilities, probabilities + n, cumulative.begin());
  std::size_t lastPositive = n - 1;
  while (lastPositive > 0 && !(probabilities[lastPositive] > 0.0)) --lastPositive;
  const double total = cumulative[lastPositive];
  // Index i is drawn when cumulative[i-1] <= u total < cumulative[i], so a zero entry (whose
  // cumulative sum equals the one before) never is; searching below lastPositive only, a
  // draw that rounds up to the total lands on the last positive entry, not on a zero after it.
  const auto searched = cumulative.begin() + static_cast<std::ptrdiff_t>(lastPositive);
  SplitMix64 generator(seed);
  for (std::size_t k = 0; k < count; ++k) {
    const double target = generator.uniform() * total;
    indices[k] = static_cast<std::int32_t>(std::upper_bound(cumulative.begin(), searched, target) - cumulative.begin());
  }
}

}  // namespace activations
