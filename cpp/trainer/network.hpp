#pragma once
// A fully connected network trained by backpropagation, in flat contiguous storage.
//
// Layout: layers = {n0, n1, ..., nL}; weight layer l maps n_l units to n_{l+1}. parameters()
// holds, layer after layer, the weights W_l[i][j] (input i, output j: row i is the n_{l+1}
// weights leaving input i, so the forward pass and the weight gradient run along contiguous
// rows) followed by the biases b_l[j]. The gradients use the same layout.
// Hidden units apply one element-wise catalogue activation (its BatchKernel gives f and f'
// in one pass); the output layer is linear (squared error) or a logit (cross-entropy).
//
// Every operation is IEEE 754 arithmetic in a fixed order (no reassociation, no fused
// multiply-add; see CMakeLists.txt), so for a seed a run is the same to the bit natively and
// in wasm wherever the activation's kernel is (its libm calls are the only other source).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "catalog.hpp"
#include "initialization.hpp"
#include "loss.hpp"
#include "optimizer.hpp"

namespace trainer {

struct NetworkSpec {
  std::vector<std::size_t> layers;
  activations::BatchKernel activation = nullptr;
  std::vector<double> activationParameters;  // in the catalogue row's order
  Loss loss = Loss::meanSquaredError;
  Initialization initialization = Initialization::glorot;
  std::uint64_t seed = 1;
};

struct TrainOptions {
  std::size_t steps = 1;
  std::size_t batchSize = 1;  // 1 to the number of examples
  double learningRate = 0.03;
  OptimizerKind optimizer = OptimizerKind::sgd;
};

// Over the examples given to statistics(), for one hidden layer.
struct LayerStatistics {
  double deadFraction;  // units whose f' is 0 for every example: no gradient passes them
  double mean;          // of the activations f(z), over units and examples
  double spread;        // their standard deviation
};

std::size_t parameterCount(const std::vector<std::size_t>& layers);

class Network {
 public:
  explicit Network(NetworkSpec spec);

  std::size_t inputWidth() const { return spec_.layers.front(); }
  std::size_t outputWidth() const { return spec_.layers.back(); }
  std::size_t weightLayers() const { return spec_.layers.size() - 1; }
  std::size_t hiddenLayers() const { return spec_.layers.size() - 2; }
  const std::vector<double>& parameters() const { return parameters_; }
  // Writable, for tests and tools that set weights by hand; the layout is fixed.
  std::vector<double>& parameters() { return parameters_; }
  // The loss gradient at the last step trained, in the layout of parameters().
  const std::vector<double>& gradients() const { return gradients_; }

  // The mean loss over n examples at the current parameters (nothing is trained).
  double loss(const double* inputs, const double* targets, std::size_t n);

  // `steps` batches over n examples (row-major inputs and targets), walking the data in order
  // and wrapping around, from where the previous call stopped. losses[s] is batch s's mean
  // loss before its update.
  void train(const double* inputs, const double* targets, std::size_t n, const TrainOptions& options,
             double* losses);

  // n x outputWidth() outputs: the linear output, or for cross-entropy the probability.
  void predict(const double* inputs, std::size_t n, double* outputs);

  // The L2 norm of the loss gradient with respect to each weight layer's weights and biases,
  // at the last step trained (0 before the first); first = next to the input.
  const std::vector<double>& gradientNorms() const { return gradientNorms_; }

  // One entry per hidden layer (first = next to the input), over n examples.
  void statistics(const double* inputs, std::size_t n, LayerStatistics* out);

 private:
  double* weights(std::size_t layer) { return parameters_.data() + parameterOffsets_[layer]; }
  double* weightGradients(std::size_t layer) { return gradients_.data() + parameterOffsets_[layer]; }
  double* unitValues(std::size_t layer) { return values_.data() + unitOffsets_[layer]; }
  double* unitSlopes(std::size_t layer) { return slopes_.data() + unitOffsets_[layer]; }
  double* unitDeltas(std::size_t layer) { return deltas_.data() + unitOffsets_[layer]; }

  void forward(const double* input);
  // Adds one example's share of the gradient of a mean over `terms` loss terms, and returns
  // the sum of its own terms.
  double backward(const double* target, double terms);
  void measureGradientNorms();

  NetworkSpec spec_;
  std::vector<std::size_t> parameterOffsets_;  // where each weight layer starts
  std::vector<std::size_t> unitOffsets_;       // where each layer's units start
  std::vector<double> parameters_;
  std::vector<double> gradients_;
  std::vector<double> values_;   // f(z) of hidden units; the input; z of the output layer
  std::vector<double> slopes_;   // f'(z) of hidden units
  std::vector<double> deltas_;   // d loss / d z, per unit
  std::vector<double> preActivations_;  // z of the hidden layer being computed
  std::vector<double> gradientNorms_;
  Optimizer optimizer_;
  std::size_t cursor_ = 0;  // the example the next batch starts at
};

}  // namespace trainer
