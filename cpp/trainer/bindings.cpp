// The trainer module's only Emscripten-aware file: the Network class and the activations it
// accepts, for web/src/trainer.js, which validates every argument before it gets here (an
// exception thrown inside a wasm call would leak its stack frame). The checks here only keep a
// direct caller from reading or writing out of bounds. Arrays cross once each: copied into
// buffers the network reuses, and results come back as owned copies, never views of the heap.

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "network.hpp"

using emscripten::val;

namespace trainer {
namespace {

[[noreturn]] void throwRangeError(const std::string& message) {
  val::global("RangeError").new_(message).throw_();
}

void copyFromJs(const val& float64Array, std::vector<double>& buffer) {
  buffer.resize(float64Array["length"].as<std::size_t>());
  val(emscripten::typed_memory_view(buffer.size(), buffer.data())).call<void>("set", float64Array);
}

val ownedCopy(const double* data, std::size_t n) {
  return val(emscripten::typed_memory_view(n, data)).call<val>("slice");
}

// Each element-wise row: { id, params: [{ id, default, min, max }] }.
val elementwiseActivations() {
  val rows = val::array();
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    val params = val::array();
    for (const auto& p : spec.parameters) {
      val param = val::object();
      param.set("id", std::string(p.id));  // embind knows std::string, not string_view
      param.set("default", p.defaultValue);
      param.set("min", p.min);
      param.set("max", p.max);
      params.call<void>("push", param);
    }
    val row = val::object();
    row.set("id", std::string(spec.id));
    row.set("params", params);
    rows.call<void>("push", row);
  }
  return rows;
}

class JsNetwork {
 public:
  JsNetwork(const val& layers, const std::string& activation, const val& parameters, Loss loss,
            Initialization initialization, double seed)
      : network_(makeSpec(layers, activation, parameters, loss, initialization, seed)) {}

  std::size_t parameterCount() const { return network_.parameters().size(); }

  val train(const val& inputs, const val& targets, std::size_t steps, std::size_t batchSize,
            double learningRate, OptimizerKind optimizer) {
    const std::size_t n = readExamples(inputs, targets);
    if (batchSize < 1 || batchSize > n) throwRangeError("batchSize must lie in [1, examples]");
    losses_.resize(steps);
    network_.train(inputs_.data(), targets_.data(), n, {steps, batchSize, learningRate, optimizer},
                   losses_.data());
    return ownedCopy(losses_.data(), steps);
  }

  val predict(const val& inputs) {
    const std::size_t n = readInputs(inputs);
    outputs_.resize(n * network_.outputWidth());
    network_.predict(inputs_.data(), n, outputs_.data());
    return ownedCopy(outputs_.data(), outputs_.size());
  }

  val gradientNorms() const {
    return ownedCopy(network_.gradientNorms().data(), network_.gradientNorms().size());
  }

  val parameters() const { return ownedCopy(network_.parameters().data(), network_.parameters().size()); }

  // { deadFraction, mean, spread }: Float64Arrays, one entry per hidden layer.
  val statistics(const val& inputs) {
    const std::size_t n = readInputs(inputs);
    const std::size_t hidden = network_.hiddenLayers();
    statistics_.resize(hidden);
    network_.statistics(inputs_.data(), n, statistics_.data());
    std::vector<double> dead(hidden), mean(hidden), spread(hidden);
    for (std::size_t h = 0; h < hidden; ++h) {
      dead[h] = statistics_[h].deadFraction;
      mean[h] = statistics_[h].mean;
      spread[h] = statistics_[h].spread;
    }
    val result = val::object();
    result.set("deadFraction", ownedCopy(dead.data(), hidden));
    result.set("mean", ownedCopy(mean.data(), hidden));
    result.set("spread", ownedCopy(spread.data(), hidden));
    return result;
  }

 private:
  static NetworkSpec makeSpec(const val& layers, const std::string& activation, const val& parameters,
                              Loss loss, Initialization initialization, double seed) {
    const activations::ActivationSpec* row = activations::findActivation(activation);
    if (row == nullptr || row->kind != activations::Kind::elementwise) {
      throwRangeError("not an element-wise activation: " + activation);
    }
    NetworkSpec spec;
    spec.layers = emscripten::vecFromJSArray<std::size_t>(layers);
    copyFromJs(parameters, spec.activationParameters);
    const bool zeroWidth = std::find(spec.layers.begin(), spec.layers.end(), 0u) != spec.layers.end();
    if (spec.layers.size() < 2 || zeroWidth || spec.activationParameters.size() != row->parameters.size() ||
        !(seed >= 0 && seed < 0x1p53)) {
      throwRangeError("bad network: see trainer.js for what it checks");
    }
    spec.activation = row->stable;
    spec.loss = loss;
    spec.initialization = initialization;
    spec.seed = static_cast<std::uint64_t>(seed);
    return spec;
  }

  std::size_t readInputs(const val& inputs) {
    copyFromJs(inputs, inputs_);
    const std::size_t n = inputs_.size() / network_.inputWidth();
    if (n == 0 || n * network_.inputWidth() != inputs_.size()) throwRangeError("inputs: not n x layers[0]");
    return n;
  }

  std::size_t readExamples(const val& inputs, const val& targets) {
    const std::size_t n = readInputs(inputs);
    copyFromJs(targets, targets_);
    if (targets_.size() != n * network_.outputWidth()) throwRangeError("targets: not n x the last layer");
    return n;
  }

  Network network_;
  std::vector<double> inputs_, targets_, outputs_, losses_;
  std::vector<LayerStatistics> statistics_;
};

}  // namespace
}  // namespace trainer

EMSCRIPTEN_BINDINGS(trainer) {
  using namespace trainer;
  emscripten::enum_<Loss>("Loss")
      .value("mse", Loss::meanSquaredError)
      .value("bce", Loss::binaryCrossEntropy);
  emscripten::enum_<Initialization>("Initialization")
      .value("glorot", Initialization::glorot)
      .value("he", Initialization::he)
      .value("lecun", Initialization::lecun);
  emscripten::enum_<OptimizerKind>("Optimizer")
      .value("sgd", OptimizerKind::sgd)
      .value("momentum", OptimizerKind::momentum)
      .value("adam", OptimizerKind::adam);
  emscripten::function("elementwiseActivations", &elementwiseActivations);
  emscripten::class_<JsNetwork>("Network")
      .constructor<const val&, const std::string&, const val&, Loss, Initialization, double>()
      .property("parameterCount", &JsNetwork::parameterCount)
      .function("train", &JsNetwork::train)
      .function("predict", &JsNetwork::predict)
      .function("gradientNorms", &JsNetwork::gradientNorms)
      .function("parameters", &JsNetwork::parameters)
      .function("statistics", &JsNetwork::statistics);
}
