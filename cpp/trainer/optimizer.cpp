#include "optimizer.hpp"

#include <cmath>

namespace trainer {

void Optimizer::restart(OptimizerKind kind) {
  kind_ = kind;
  started_ = true;
  firstMoment_.assign(kind == OptimizerKind::sgd ? 0 : parameterCount_, 0.0);
  secondMoment_.assign(kind == OptimizerKind::adam ? parameterCount_ : 0, 0.0);
  beta1Power_ = 1.0;
  beta2Power_ = 1.0;
}

void Optimizer::step(OptimizerKind kind, double learningRate, const double* gradients, double* parameters) {
  if (!started_ || kind != kind_) restart(kind);
  const std::size_t n = parameterCount_;
  switch (kind) {
    case OptimizerKind::sgd:
      for (std::size_t i = 0; i < n; ++i) parameters[i] -= learningRate * gradients[i];
      return;
    case OptimizerKind::momentum: {
      double* velocity = firstMoment_.data();
      for (std::size_t i = 0; i < n; ++i) {
        velocity[i] = kMomentum * velocity[i] + gradients[i];
        parameters[i] -= learningRate * velocity[i];
      }
      return;
    }
    case OptimizerKind::adam: {
      beta1Power_ *= kAdamBeta1;
      beta2Power_ *= kAdamBeta2;
      const double firstCorrection = 1.0 - beta1Power_;
      const double secondCorrection = 1.0 - beta2Power_;
      double* m = firstMoment_.data();
      double* s = secondMoment_.data();
      for (std::size_t i = 0; i < n; ++i) {
        const double g = gradients[i];
        m[i] = kAdamBeta1 * m[i] + (1.0 - kAdamBeta1) * g;
        s[i] = kAdamBeta2 * s[i] + (1.0 - kAdamBeta2) * (g * g);
        parameters[i] -= learningRate * (m[i] / firstCorrection) / (std::sqrt(s[i] / secondCorrection) + kAdamEpsilon);
      }
      return;
    }
  }
}

}  // namespace trainer
