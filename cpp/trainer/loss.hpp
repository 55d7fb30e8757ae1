#pragma once
// The losses, per output element: the loss and its derivative with respect to the network's
// output (for cross-entropy, the logit z before the sigmoid). A batch's loss is the mean over
// its examples and output units.
//   squared error:  (y - t)^2,                              d/dy = 2 (y - t)
//   cross-entropy from the logit (as PyTorch's BCEWithLogitsLoss):
//                   max(z, 0) - z t + log(1 + exp(-|z|)),   d/dz = sigmoid(z) - t
// which never takes the log of a sigmoid that rounded to 0 or 1. log(1 + e) comes from log
// alone (not log1p, whose code differs between glibc and musl): with u = 1 + e rounded,
// log(u) e / (u - 1) is accurate to a few ULP (Goldberg, "What every computer scientist
// should know about floating-point arithmetic", 1991, theorem 4).

#include <algorithm>
#include <cmath>

#include "../logistic.hpp"

namespace trainer {

enum class Loss { meanSquaredError, binaryCrossEntropy };

struct LossTerm {
  double value;
  double gradient;
};

inline LossTerm squaredError(double output, double target) {
  const double difference = output - target;
  return {difference * difference, 2.0 * difference};
}

// log(1 + e) for e in [0, 1].
inline double logOnePlus(double e) {
  const double u = 1.0 + e;
  return u == 1.0 ? e : std::log(u) * e / (u - 1.0);
}

inline LossTerm crossEntropyFromLogit(double logit, double target) {
  const activations::Logistic s = activations::logistic(logit);
  const double value = std::max(logit, 0.0) - logit * target + logOnePlus(std::exp(-std::fabs(logit)));
  return {value, s.value - target};
}

inline LossTerm lossTerm(Loss loss, double output, double target) {
  return loss == Loss::binaryCrossEntropy ? crossEntropyFromLogit(output, target)
                                          : squaredError(output, target);
}

}  // namespace trainer
