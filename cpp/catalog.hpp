#pragma once
// The activation catalogue: one row per activation, holding what the numbers need, typed:
// ids, parameters, range, properties, kinks and kernels. Names, explanations, formulas and
// framework names live on the web side (web/src/catalogue/), keyed by the same ids; adding an
// activation means a kernel, a row here, a reference function and its texts (CONTRIBUTING.md).

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "gated.hpp"
#include "value_and_derivative.hpp"

namespace activations {

// Evaluates one activation over n points, writing f(x) and f'(x).
using BatchKernel = void (*)(const double* xs, std::size_t n, const double* parameters,
                             double* values, double* derivatives);

// Evaluates a vector activation over n logits at a temperature.
using VectorKernel = void (*)(const double* logits, std::size_t n, double temperature,
                              double* outputs);

// Ids are string literals: static, and null-terminated (the bindings rely on it).
struct ParameterSpec {
  std::string_view id;
  double defaultValue = 0.0;
  double min = 0.0;  // min and max bound both the slider and the values the API accepts
  double max = 0.0;
  double step = 0.0;
};

// A named set of parameter values, in the row's parameter order.
struct Preset {
  std::string_view id;
  std::vector<double> values;
};

enum class Kind { elementwise, vector, gated };

enum class Family { classic, relu, smooth, hard, periodic, vector, gated };

// Where f flattens out (f' -> 0).
enum class Saturation { none, negative, positive, both };

enum class Side { left, right };

// Where a kink (or jump) lies, as a function of the row's parameters (in the row's order).
using KinkPosition = double (*)(const double* parameters);

// Where the function is not differentiable (or jumps), and which one-sided limits f(at) and
// f'(at) return.
struct Kink {
  KinkPosition position = nullptr;
  bool continuous = true;       // false: f jumps there, and f(at) is the limit from valueFrom
  Side valueFrom = Side::left;  // read only where f jumps
  Side derivativeFrom = Side::left;
};

constexpr double kSmooth = std::numeric_limits<double>::infinity();
constexpr double kJump = -1.0;

struct ActivationSpec {
  std::string_view id;
  Kind kind = Kind::elementwise;
  Family family = Family::classic;
  std::vector<ParameterSpec> parameters;
  std::vector<Preset> presets;
  // Closed bounds of the computed outputs at the default parameters (in floating point a
  // sigmoid does reach 0 and 1).
  double rangeMin = -std::numeric_limits<double>::infinity();
  double rangeMax = std::numeric_limits<double>::infinity();
  bool monotonic = false;    // non-decreasing, at the default parameters
  double continuity = kSmooth;  // k of C^k at the default parameters; kJump where f jumps
  bool zeroCentred = false;
  Saturation saturates = Saturation::none;
  // f' is bounded on the real line (false for exp and x^2: f' itself overflows at large x).
  bool boundedDerivative = true;
  // f' (sine: f as well) oscillates without a limit as x -> +-inf, so +-inf gives NaN there.
  bool periodic = false;
  std::vector<Kink> kinks;
  // The kernels matching `kind` are set; the naive one (the course notebook's formula) is null
  // where the notebook has none.
  BatchKernel stable = nullptr;
  BatchKernel naive = nullptr;
  VectorKernel vectorStable = nullptr;
  VectorKernel vectorNaive = nullptr;
  GatedKernel gated = nullptr;

  bool hasNaive() const { return naive != nullptr || vectorNaive != nullptr; }
  // The parameters' default values, in the row's order.
  std::vector<double> defaults() const;
};

const std::vector<ActivationSpec>& catalog();

// The row with this id, or nullptr.
const ActivationSpec* findActivation(std::string_view id);

const char* kindName(Kind kind);
const char* familyName(Family family);
const char* saturationName(Saturation saturation);
const char* sideName(Side side);

}  // namespace activations
