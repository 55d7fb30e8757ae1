#include "softmax.hpp"

#include "double_double.hpp"
#include "shifted_logits.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace activations {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// exp((z - max) / T) to ~1 ULP. exp multiplies its argument's relative error by the
// argument's size, so one rounding in (z - max) / T would cost ~700 ULP at -700.
double shiftedExp(double z, double max, double temperature) {
  return dd::exp(shiftedArgument(z, max, temperature));
}

// Writes the shifted exponentials exp((z_i - m) / T) into `weights` and returns the sums
// that both softmax and its Jacobian need. `othersSum` leaves out the argmax's own term,
// so 1 - p_argmax = othersSum / sum keeps its relative accuracy when p_argmax is near 1.
struct Weights {
  double sum;
  double othersSum;
};

Weights shiftedExponentials(const double* logits, std::size_t n, std::size_t argmax, double temperature,
                            double* weights) {
  const double max = logits[argmax];
  double othersSum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    weights[i] = shiftedExp(logits[i], max, temperature);
    if (i != argmax) othersSum += weights[i];
  }
  return {1.0 + othersSum, othersSum};
}

}  // namespace

void softmax(const double* logits, std::size_t n, double temperature, double* probabilities) {
  if (n == 0) return;
  const std::size_t argmax = argmaxUnlessNaN(logits, n);
  if (writeNonFiniteLimit(logits, n, argmax, probabilities)) return;
  const Weights w = shiftedExponentials(logits, n, argmax, temperature, probabilities);
  for (std::size_t i = 0; i < n; ++i) probabilities[i] /= w.sum;
  probabilities[argmax] = 1.0 / w.sum;
}

void softmaxJacobian(const double* logits, std::size_t n, double temperature, double* jacobian) {
  if (n == 0) return;
  // The first row doubles as scratch for p; every row is written after p is known.
  double* p = jacobian;
  const std::size_t argmax = argmaxUnlessNaN(logits, n);
  if (writeNonFiniteLimit(logits, n, argmax, p)) {
    // At an infinite max the probabilities are locally constant; NaN logits stay NaN.
    const double fill = std::isnan(p[0]) ? kNaN : 0.0;
    std::fill(jacobian, jacobian + n * n, fill);
    return;
  }
  const Weights w = shiftedExponentials(logits, n, argmax, temperature, p);
  for (std::size_t i = 0; i < n; ++i) p[i] /= w.sum;
  p[argmax] = 1.0 / w.sum;
  const double argmaxComplement = w.othersSum / w.sum;  // 1 - p_argmax, without cancellation

  // Fill rows from the last so the first row (holding p) is overwritten last.
  for (std::size_t row = n; row-- > 0;) {
    const double pRow = p[row];
    const double complement = row == argmax ? argmaxComplement : 1.0 - pRow;
    double* out = jacobian + row * n;
    for (std::size_t col = 0; col < n; ++col) {
      const double pCol = p[col];
      out[col] = (col == row ? pRow * complement : -pRow * pCol) / temperature;
    }
  }
}

void logSoftmax(const double* logits, std::size_t n, double temperature, double* outputs) {
  if (n == 0) return;
  const std::size_t argmax = argmaxUnlessNaN(logits, n);
  if (writeNonFiniteLimit(logits, n, argmax, outputs)) {
    for (std::size_t i = 0; i < n; ++i) outputs[i] = std::log(outputs[i]);
    return;
  }
  // log p_i = (z_i - max) / T - log(sum): both terms are <= 0, so nothing cancels, and
  // log1p(othersSum) keeps the argmax's small log-probability accurate.
  const Weights w = shiftedExponentials(logits, n, argmax, temperature, outputs);
  const double logSum = std::log1p(w.othersSum);
  const double max = logits[argmax];
  for (std::size_t i = 0; i < n; ++i) {
    const dd::DoubleDouble q = shiftedArgument(logits[i], max, temperature);
    outputs[i] = (q.hi - logSum) + q.lo;
  }
}

void softmin(const double* logits, std::size_t n, double temperature, double* outputs) {
  for (std::size_t i = 0; i < n; ++i) outputs[i] = -logits[i];
  softmax(outputs, n, temperature, outputs);  // softmax reads each logit before writing it
}

namespace naive {
void softmax(const double* logits, std::size_t n, double temperature, double* probabilities) {
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    probabilities[i] = std::exp(logits[i] / temperature);
    sum += probabilities[i];
  }
  for (std::size_t i = 0; i < n; ++i) probabilities[i] /= sum;
}
}  // namespace naive

}  // namespace activations
