#include "network.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "splitmix64.hpp"

namespace trainer {

std::size_t parameterCount(const std::vector<std::size_t>& layers) {
  std::size_t count = 0;
  for (std::size_t l = 0; l + 1 < layers.size(); ++l) count += (layers[l] + 1) * layers[l + 1];
  return count;
}

Network::Network(NetworkSpec spec)
    : spec_(std::move(spec)), optimizer_(parameterCount(spec_.layers)) {
  const std::vector<std::size_t>& layers = spec_.layers;
  std::size_t units = 0;
  std::size_t widest = 0;
  for (const std::size_t width : layers) {
    unitOffsets_.push_back(units);
    units += width;
    widest = std::max(widest, width);
  }
  values_.assign(units, 0.0);
  slopes_.assign(units, 0.0);
  deltas_.assign(units, 0.0);
  preActivations_.assign(widest, 0.0);

  activations::SplitMix64 random(spec_.seed);
  for (std::size_t l = 0; l < weightLayers(); ++l) {
    parameterOffsets_.push_back(parameters_.size());
    const double limit = uniformLimit(spec_.initialization, layers[l], layers[l + 1]);
    for (std::size_t k = 0; k < layers[l] * layers[l + 1]; ++k) parameters_.push_back(limit * (2.0 * random.uniform() - 1.0));
    parameters_.insert(parameters_.end(), layers[l + 1], 0.0);
  }
  gradients_.assign(parameters_.size(), 0.0);
  gradientNorms_.assign(weightLayers(), 0.0);
}

void Network::forward(const double* input) {
  const std::vector<std::size_t>& layers = spec_.layers;
  std::copy(input, input + inputWidth(), unitValues(0));
  for (std::size_t l = 0; l < weightLayers(); ++l) {
    const std::size_t in = layers[l];
    const std::size_t out = layers[l + 1];
    const bool isOutput = l + 1 == weightLayers();
    const double* a = unitValues(l);
    const double* w = weights(l);
    const double* bias = w + in * out;
    double* z = isOutput ? unitValues(l + 1) : preActivations_.data();
    std::copy(bias, bias + out, z);
    for (std::size_t i = 0; i < in; ++i) {
      const double ai = a[i];
      const double* row = w + i * out;
      for (std::size_t j = 0; j < out; ++j) z[j] += ai * row[j];
    }
    if (!isOutput) {
      spec_.activation(z, out, spec_.activationParameters.data(), unitValues(l + 1), unitSlopes(l + 1));
    }
  }
}

double Network::backward(const double* target, double terms) {
  const std::vector<std::size_t>& layers = spec_.layers;
  const std::size_t last = weightLayers();
  const double* output = unitValues(last);
  double* delta = unitDeltas(last);
  double lossSum = 0.0;
  for (std::size_t j = 0; j < outputWidth(); ++j) {
    const LossTerm term = lossTerm(spec_.loss, output[j], target[j]);
    lossSum += term.value;
    delta[j] = term.gradient / terms;
  }
  for (std::size_t l = last; l-- > 0;) {
    const std::size_t in = layers[l];
    const std::size_t out = layers[l + 1];
    const double* a = unitValues(l);
    const double* w = weights(l);
    const double* d = unitDeltas(l + 1);
    double* gw = weightGradients(l);
    double* gb = gw + in * out;
    for (std::size_t i = 0; i < in; ++i) {
      const double ai = a[i];
      double* row = gw + i * out;
      for (std::size_t j = 0; j < out; ++j) row[j] += ai * d[j];
    }
    for (std::size_t j = 0; j < out; ++j) gb[j] += d[j];
    if (l == 0) break;  // no gradient with respect to the inputs is needed
    const double* slope = unitSlopes(l);
    double* previous = unitDeltas(l);
    for (std::size_t i = 0; i < in; ++i) {
      const double* row = w + i * out;
      double sum = 0.0;
      for (std::size_t j = 0; j < out; ++j) sum += row[j] * d[j];
      previous[i] = sum * slope[i];
    }
  }
  return lossSum;
}

namespace {
// sqrt(sum of squares), scaled by the largest magnitude so that neither overflows nor
// underflows for finite gradients (std::hypot's code differs between libms).
double l2Norm(const double* values, std::size_t n) {
  double largest = 0.0;
  for (std::size_t i = 0; i < n; ++i) largest = std::max(largest, std::fabs(values[i]));
  if (largest == 0.0 || !std::isfinite(largest)) return largest;
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const double scaled = values[i] / largest;
    sum += scaled * scaled;
  }
  return largest * std::sqrt(sum);
}
}  // namespace

void Network::measureGradientNorms() {
  for (std::size_t l = 0; l < weightLayers(); ++l) {
    const std::size_t count = (spec_.layers[l] + 1) * spec_.layers[l + 1];
    gradientNorms_[l] = l2Norm(weightGradients(l), count);
  }
}

void Network::train(const double* inputs, const double* targets, std::size_t n, const TrainOptions& options,
                    double* losses) {
  const std::size_t batch = options.batchSize;
  const auto terms = static_cast<double>(batch * outputWidth());  // a batch's loss is their mean
  cursor_ %= n;  // the data may be smaller than last time
  for (std::size_t step = 0; step < options.steps; ++step) {
    std::fill(gradients_.begin(), gradients_.end(), 0.0);
    double lossSum = 0.0;
    for (std::size_t k = 0; k < batch; ++k) {
      const std::size_t example = (cursor_ + k) % n;
      forward(inputs + example * inputWidth());
      lossSum += backward(targets + example * outputWidth(), terms);
    }
    losses[step] = lossSum / terms;
    if (step + 1 == options.steps) measureGradientNorms();
    optimizer_.step(options.optimizer, options.learningRate, gradients_.data(), parameters_.data());
    cursor_ = (cursor_ + batch) % n;
  }
}

double Network::loss(const double* inputs, const double* targets, std::size_t n) {
  const double* output = unitValues(weightLayers());
  double lossSum = 0.0;
  for (std::size_t e = 0; e < n; ++e) {
    forward(inputs + e * inputWidth());
    const double* target = targets + e * outputWidth();
    for (std::size_t j = 0; j < outputWidth(); ++j) lossSum += lossTerm(spec_.loss, output[j], target[j]).value;
  }
  return lossSum / static_cast<double>(n * outputWidth());
}

void Network::predict(const double* inputs, std::size_t n, double* outputs) {
  const double* z = unitValues(weightLayers());
  for (std::size_t e = 0; e < n; ++e) {
    forward(inputs + e * inputWidth());
    double* y = outputs + e * outputWidth();
    for (std::size_t j = 0; j < outputWidth(); ++j) {
      y[j] = spec_.loss == Loss::binaryCrossEntropy ? activations::logistic(z[j]).value : z[j];
    }
  }
}

void Network::statistics(const double* inputs, std::size_t n, LayerStatistics* out) {
  const std::size_t hidden = hiddenLayers();
  // Per hidden unit: whether any example gave it a non-zero slope; per layer, Welford's
  // running mean and sum of squared deviations of the activations.
  std::vector<char> alive(values_.size(), 0);
  std::vector<double> mean(hidden, 0.0), squares(hidden, 0.0);
  std::vector<std::size_t> seen(hidden, 0);
  for (std::size_t e = 0; e < n; ++e) {
    forward(inputs + e * inputWidth());
    for (std::size_t h = 0; h < hidden; ++h) {
      const std::size_t layer = h + 1;
      const double* value = unitValues(layer);
      const double* slope = unitSlopes(layer);
      char* unitAlive = alive.data() + unitOffsets_[layer];
      for (std::size_t u = 0; u < spec_.layers[layer]; ++u) {
        unitAlive[u] |= slope[u] != 0.0;
        const double deviation = value[u] - mean[h];
        mean[h] += deviation / static_cast<double>(++seen[h]);
        squares[h] += deviation * (value[u] - mean[h]);
      }
    }
  }
  for (std::size_t h = 0; h < hidden; ++h) {
    const std::size_t layer = h + 1;
    const std::size_t width = spec_.layers[layer];
    const char* unitAlive = alive.data() + unitOffsets_[layer];
    const auto dead = static_cast<double>(width - static_cast<std::size_t>(std::count(unitAlive, unitAlive + width, 1)));
    const double count = static_cast<double>(seen[h]);
    out[h] = {dead / static_cast<double>(width), n ? mean[h] : 0.0, n ? std::sqrt(squares[h] / count) : 0.0};
  }
}

}  // namespace trainer
