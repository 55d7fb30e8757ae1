#pragma once
// The update rules, over a network's flat parameters and their gradients g, at rate lr:
//   SGD:       w -= lr g
//   momentum:  v = mu v + g;  w -= lr v                        (PyTorch's SGD with momentum)
//   Adam:      m = b1 m + (1 - b1) g;  s = b2 s + (1 - b2) g^2;
//              w -= lr (m / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps)   (Kingma and Ba 2015)
// b^t is kept as a running product, not pow, so the update is the same to the bit natively
// and in wasm (IEEE 754 rounds +, -, *, / and sqrt correctly; libm's pow is not the same code).

#include <cstddef>
#include <vector>

namespace trainer {

enum class OptimizerKind { sgd, momentum, adam };

// The constants of each rule: PyTorch's and Keras's usual choices.
constexpr double kMomentum = 0.9;
constexpr double kAdamBeta1 = 0.9;
constexpr double kAdamBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;

class Optimizer {
 public:
  explicit Optimizer(std::size_t parameterCount) : parameterCount_(parameterCount) {}

  // One update. Switching to another kind starts that kind's state afresh.
  void step(OptimizerKind kind, double learningRate, const double* gradients, double* parameters);

 private:
  void restart(OptimizerKind kind);

  std::size_t parameterCount_;
  bool started_ = false;
  OptimizerKind kind_ = OptimizerKind::sgd;
  std::vector<double> firstMoment_;   // momentum's velocity, Adam's m
  std::vector<double> secondMoment_;  // Adam's s
  double beta1Power_ = 1.0;
  double beta2Power_ = 1.0;
};

}  // namespace trainer
