// The only Emscripten-aware file: exposes the catalogue through embind, and the kernels and
// sampling through plain exported functions over heap buffers (the hot path, at the end). The
// catalogue crosses as plain numbers, booleans and enum names; its words (names,
// explanations, formulas, framework names) are the web side's (web/src/catalogue/). Input
// validation with friendly errors lives in web/src/engine.js; the checks here only keep a
// direct caller from reading or writing out of bounds.

#include <emscripten/bind.h>
#include <emscripten/em_macros.h>
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

}  // namespace
}  // namespace activations

EMSCRIPTEN_BINDINGS(activations) {
  emscripten::function("catalog", &activations::catalogToJs);
}

// The hot path, without embind: buffers this file owns (parameters, inputs, outputs, and
// sampled indices), which web/src/workspace.js reaches by their heap addresses. JS writes the
// inputs there with HEAPF64.set, calls a kernel by its row's index in catalog(), and copies
// the results out: no val, no string and, once the buffers have grown to a call's size, no
// allocation. The buffers only grow (growth may grow the wasm memory, so JS re-reads HEAPF64
// after a reserve call). Each kernel call returns false for a request the catalogue or the
// buffers cannot serve: nothing throws across this boundary, since a throw out of wasm skips
// the code that pops its stack.
namespace activations {
namespace {

std::vector<double> parameterBuffer, inputBuffer, outputBuffer;
std::vector<std::int32_t> indexBuffer;

template <class T>
T* reserve(std::vector<T>& buffer, std::size_t count) {
  if (buffer.size() < count) buffer.resize(count);
  return buffer.data();
}

const ActivationSpec* rowAt(std::size_t index, Kind kind) {
  const auto& rows = catalog();
  return index < rows.size() && rows[index].kind == kind ? &rows[index] : nullptr;
}

}  // namespace
}  // namespace activations

extern "C" {

EMSCRIPTEN_KEEPALIVE double* reserve_parameters(std::size_t count) {
  return activations::reserve(activations::parameterBuffer, count);
}

EMSCRIPTEN_KEEPALIVE double* reserve_inputs(std::size_t count) {
  return activations::reserve(activations::inputBuffer, count);
}

EMSCRIPTEN_KEEPALIVE double* reserve_outputs(std::size_t count) {
  return activations::reserve(activations::outputBuffer, count);
}

EMSCRIPTEN_KEEPALIVE std::int32_t* reserve_indices(std::size_t count) {
  return activations::reserve(activations::indexBuffer, count);
}

// Parameters, in the row's order, at the start of the parameter buffer; xs at the start of the
// input buffer; f(x) then f'(x), n each, in the output buffer.
EMSCRIPTEN_KEEPALIVE bool evaluate_elementwise(std::size_t row, bool naive, std::size_t n) {
  using namespace activations;
  const ActivationSpec* spec = rowAt(row, Kind::elementwise);
  if (spec == nullptr || spec->parameters.size() > parameterBuffer.size()) return false;
  const BatchKernel kernel = naive ? spec->naive : spec->stable;
  if (kernel == nullptr || n > inputBuffer.size() || n > outputBuffer.size() / 2) return false;
  double* values = outputBuffer.data();
  kernel(inputBuffer.data(), n, parameterBuffer.data(), values, values + n);
  return true;
}

// n logits at the start of the input buffer; the n outputs at the start of the output buffer.
EMSCRIPTEN_KEEPALIVE bool evaluate_vector(std::size_t row, bool naive, std::size_t n, double temperature) {
  using namespace activations;
  const ActivationSpec* spec = rowAt(row, Kind::vector);
  if (spec == nullptr) return false;
  const VectorKernel kernel = naive ? spec->vectorNaive : spec->vectorStable;
  if (kernel == nullptr || n > inputBuffer.size() || n > outputBuffer.size()) return false;
  kernel(inputBuffer.data(), n, temperature, outputBuffer.data());
  return true;
}

// A gated row's a g(b) over n pairs: a then b (n each) in the input buffer; f, df/da and
// df/db (n each) in the output buffer.
EMSCRIPTEN_KEEPALIVE bool evaluate_gated(std::size_t row, std::size_t n) {
  using namespace activations;
  const ActivationSpec* spec = rowAt(row, Kind::gated);
  if (spec == nullptr || n > inputBuffer.size() / 2 || n > outputBuffer.size() / 3) return false;
  const double* a = inputBuffer.data();
  double* values = outputBuffer.data();
  spec->gated(a, a + n, n, values, values + n, values + 2 * n);
  return true;
}

// Where a row's kinks lie for the parameters at the start of the parameter buffer (they move
// with them: softshrink's at +-lambd), one per kink in the output buffer.
EMSCRIPTEN_KEEPALIVE bool kink_positions(std::size_t row) {
  using namespace activations;
  const auto& rows = catalog();
  if (row >= rows.size()) return false;
  const ActivationSpec& spec = rows[row];
  if (spec.parameters.size() > parameterBuffer.size() || spec.kinks.size() > outputBuffer.size()) return false;
  for (std::size_t i = 0; i < spec.kinks.size(); ++i) outputBuffer[i] = spec.kinks[i].position(parameterBuffer.data());
  return true;
}

// n logits at the start of the input buffer; the n x n Jacobian, row-major, in the output buffer.
EMSCRIPTEN_KEEPALIVE bool softmax_jacobian(std::size_t n, double temperature) {
  using namespace activations;
  if (n > inputBuffer.size() || (n != 0 && n > outputBuffer.size() / n)) return false;
  softmaxJacobian(inputBuffer.data(), n, temperature, outputBuffer.data());
  return true;
}

// n logits at the start of the input buffer; the distribution in the output buffer.
EMSCRIPTEN_KEEPALIVE bool sampling_distribution(std::size_t n, double temperature, std::size_t topK, double topP,
                                                double minP) {
  using namespace activations;
  if (n > inputBuffer.size() || n > outputBuffer.size()) return false;
  samplingDistribution(inputBuffer.data(), n, temperature, topK, topP, minP, outputBuffer.data());
  return true;
}

// n probabilities at the start of the input buffer; `count` indices in the index buffer. The
// seed crosses as a double (an integer below 2^53, engine.js checks): no BigInt needed.
EMSCRIPTEN_KEEPALIVE bool sample_indices(std::size_t n, std::size_t count, double seed) {
  using namespace activations;
  if (n == 0 || n > inputBuffer.size() || count > indexBuffer.size() || !(seed >= 0.0 && seed < 0x1p64)) {
    return false;
  }
  sample(inputBuffer.data(), n, count, static_cast<std::uint64_t>(seed), indexBuffer.data());
  return true;
}

}  // extern "C"
