// The only Emscripten-aware file: exposes the catalogue, the batch kernels and sampling to JS.
// The catalogue crosses as plain numbers, booleans and enum names; its words (names,
// explanations, formulas, framework names) are the web side's (web/src/catalogue/).
// Each call crosses the boundary once per array: a typed array is copied into a reused
// buffer with one `set`, and results come back as owned copies (`slice`), never as live
// views into the wasm heap. Input validation with friendly errors lives in
// web/src/engine.js; the checks here only keep a direct caller from reading out of bounds.

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "sampling.hpp"
#include "softmax.hpp"

using emscripten::val;

namespace activations {
namespace {

[[noreturn]] void throwJs(const char* errorType, const std::string& message) {
  val::global(errorType).new_(message).throw_();
}

// Copies a Float64Array into `buffer`, reusing its storage: across calls of one size the
// heap does not grow.
void copyFromJs(const val& float64Array, std::vector<double>& buffer) {
  buffer.resize(float64Array["length"].as<std::size_t>());
  val(emscripten::typed_memory_view(buffer.size(), buffer.data())).call<void>("set", float64Array);
}

template <class T>
val ownedCopy(const T* data, std::size_t n) {
  return val(emscripten::typed_memory_view(n, data)).call<val>("slice");
}

template <class T, class Convert>
val arrayToJs(const std::vector<T>& items, Convert convert) {
  val array = val::array();
  for (const T& item : items) array.call<void>("push", convert(item));
  return array;
}

val parameterToJs(const ParameterSpec& p) {
  val o = val::object();
  o.set("id", p.id.data());
  o.set("default", p.defaultValue);
  o.set("min", p.min);
  o.set("max", p.max);
  o.set("step", p.step);
  return o;
}

val presetToJs(const Preset& preset) {
  val o = val::object();
  o.set("id", preset.id.data());
  o.set("values", arrayToJs(preset.values, [](double v) { return val(v); }));
  return o;
}

// Where the kink lies at the default parameters, and which one-sided limits f and f' take.
val kinkToJs(const Kink& kink, const std::vector<double>& defaults) {
  val o = val::object();
  o.set("position", kink.position(defaults.data()));
  o.set("value", kink.continuous ? "both" : sideName(kink.valueFrom));
  o.set("derivative", sideName(kink.derivativeFrom));
  return o;
}

val specToJs(const ActivationSpec& spec) {
  const std::vector<double> defaults = spec.defaults();
  val o = val::object();
  o.set("id", spec.id.data());
  o.set("kind", kindName(spec.kind));
  o.set("family", familyName(spec.family));
  o.set("params", arrayToJs(spec.parameters, parameterToJs));
  o.set("presets", arrayToJs(spec.presets, presetToJs));
  val range = val::object();
  range.set("min", spec.rangeMin);
  range.set("max", spec.rangeMax);
  o.set("range", range);
  o.set("monotonic", spec.monotonic);
  o.set("continuity", spec.continuity);
  o.set("zeroCentred", spec.zeroCentred);
  o.set("saturates", saturationName(spec.saturates));
  o.set("boundedDerivative", spec.boundedDerivative);
  o.set("periodic", spec.periodic);
  o.set("kinks", arrayToJs(spec.kinks, [&](const Kink& kink) { return kinkToJs(kink, defaults); }));
  o.set("hasNaive", spec.hasNaive());
  return o;
}

val catalogToJs() { return arrayToJs(catalog(), specToJs); }

std::vector<double> inputBuffer, gateBuffer, parameterBuffer, valueBuffer, derivativeBuffer, outputBuffer;
std::vector<std::int32_t> indexBuffer;

val evaluate(const std::string& id, const val& xs, const val& parameters, bool naive) {
  const ActivationSpec* spec = findActivation(id);
  if (spec == nullptr || spec->kind != Kind::elementwise) {
    throwJs("Error", "not an element-wise activation: " + id);
  }
  copyFromJs(parameters, parameterBuffer);
  if (parameterBuffer.size() != spec->parameters.size()) {
    throwJs("RangeError", id + " takes " + std::to_string(spec->parameters.size()) + " parameters");
  }
  const BatchKernel kernel = naive ? spec->naive : spec->stable;
  if (kernel == nullptr) throwJs("Error", id + " has no naive variant");
  copyFromJs(xs, inputBuffer);
  const std::size_t n = inputBuffer.size();
  valueBuffer.resize(n);
  derivativeBuffer.resize(n);
  kernel(inputBuffer.data(), n, parameterBuffer.data(), valueBuffer.data(), derivativeBuffer.data());
  val result = val::object();
  result.set("value", ownedCopy(valueBuffer.data(), n));
  result.set("derivative", ownedCopy(derivativeBuffer.data(), n));
  return result;
}

val evaluateVector(const std::string& id, const val& logits, double temperature, bool naive) {
  const ActivationSpec* spec = findActivation(id);
  if (spec == nullptr || spec->kind != Kind::vector) throwJs("Error", "not a vector activation: " + id);
  const VectorKernel kernel = naive ? spec->vectorNaive : spec->vectorStable;
  if (kernel == nullptr) throwJs("Error", id + " has no naive variant");
  copyFromJs(logits, inputBuffer);
  const std::size_t n = inputBuffer.size();
  outputBuffer.resize(n);
  kernel(inputBuffer.data(), n, temperature, outputBuffer.data());
  return ownedCopy(outputBuffer.data(), n);
}

// f(a; b) = a g(b) of a gated row, with df/da and df/db, for arrays a and b of one length.
val evaluateGated(const std::string& id, const val& a, const val& b) {
  const ActivationSpec* spec = findActivation(id);
  if (spec == nullptr || spec->kind != Kind::gated) throwJs("Error", "not a gated activation: " + id);
  copyFromJs(a, inputBuffer);
  copyFromJs(b, gateBuffer);
  const std::size_t n = inputBuffer.size();
  if (gateBuffer.size() != n) throwJs("RangeError", "a and b differ in length");
  valueBuffer.resize(n);
  derivativeBuffer.resize(n);
  outputBuffer.resize(n);
  spec->gated(inputBuffer.data(), gateBuffer.data(), n, valueBuffer.data(), derivativeBuffer.data(),
              outputBuffer.data());
  val result = val::object();
  result.set("value", ownedCopy(valueBuffer.data(), n));
  result.set("da", ownedCopy(derivativeBuffer.data(), n));
  result.set("db", ownedCopy(outputBuffer.data(), n));
  return result;
}

val softmaxJacobianToJs(const val& logits, double temperature) {
  copyFromJs(logits, inputBuffer);
  const std::size_t n = inputBuffer.size();
  outputBuffer.resize(n * n);
  softmaxJacobian(inputBuffer.data(), n, temperature, outputBuffer.data());
  return ownedCopy(outputBuffer.data(), n * n);
}

val samplingDistributionToJs(const val& logits, double temperature, std::size_t topK, double topP, double minP) {
  copyFromJs(logits, inputBuffer);
  const std::size_t n = inputBuffer.size();
  outputBuffer.resize(n);
  samplingDistribution(inputBuffer.data(), n, temperature, topK, topP, minP, outputBuffer.data());
  return ownedCopy(outputBuffer.data(), n);
}

// The seed crosses as a double (an integer below 2^53, engine.js checks): no BigInt needed.
val sampleToJs(const val& probabilities, std::size_t count, double seed) {
  copyFromJs(probabilities, inputBuffer);
  if (inputBuffer.empty()) throwJs("RangeError", "sample needs at least one probability");
  if (!(seed >= 0.0 && seed < 0x1p64)) throwJs("RangeError", "the seed must lie in [0, 2^64)");
  indexBuffer.resize(count);
  sample(inputBuffer.data(), inputBuffer.size(), count, static_cast<std::uint64_t>(seed), indexBuffer.data());
  return ownedCopy(indexBuffer.data(), count);
}

}  // namespace
}  // namespace activations

EMSCRIPTEN_BINDINGS(activations) {
  emscripten::function("catalog", &activations::catalogToJs);
  emscripten::function("evaluate", &activations::evaluate);
  emscripten::function("evaluateVector", &activations::evaluateVector);
  emscripten::function("evaluateGated", &activations::evaluateGated);
  emscripten::function("softmaxJacobian", &activations::softmaxJacobianToJs);
  emscripten::function("samplingDistribution", &activations::samplingDistributionToJs);
  emscripten::function("sample", &activations::sampleToJs);
}
