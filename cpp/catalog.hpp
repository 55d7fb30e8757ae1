#pragma once
// The activation catalogue: one row per activation, the single source of truth for ids,
// parameters, properties and kernels. The web page builds its picker, sliders and property
// table from these rows; adding an activation means adding a row here and its texts in
// each language file.

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace activations {

// Evaluates one activation over n points, writing f(x) and f'(x).
using BatchKernel = void (*)(const double* xs, std::size_t n, const double* parameters,
                             double* values, double* derivatives);

// Evaluates a vector activation over n logits at a temperature.
using VectorKernel = void (*)(const double* logits, std::size_t n, double temperature,
                              double* outputs);

struct ParameterSpec {
  std::string id;
  double defaultValue;
  double min;  // min and max bound both the slider and the values the API accepts
  double max;
  double step;
};

// A named set of parameter values, in the row's parameter order.
struct Preset {
  std::string id;
  std::vector<double> values;
};

// Where the function is not differentiable (or jumps), and which one-sided limits f(at) and
// f'(at) return.
struct Kink {
  std::string at;              // a number, or a parameter: "0", "-3", "-lambd", "threshold/beta"
  std::string valueFrom;       // "both" where f is continuous there, else "left" or "right"
  std::string derivativeFrom;  // "left" or "right"
};

enum class Kind { elementwise, vector };

constexpr double kSmooth = std::numeric_limits<double>::infinity();

struct ActivationSpec {
  std::string id;
  std::string name;
  Kind kind;
  std::string family;
  std::vector<ParameterSpec> parameters;
  std::vector<Preset> presets;
  // Closed bounds of the computed outputs at the default parameters (in floating point a
  // sigmoid does reach 0 and 1).
  double rangeMin;
  double rangeMax;
  bool monotonic;      // non-decreasing, at the default parameters
  double continuity;   // k of C^k at the default parameters; kSmooth for C-infinity; -1 for a jump
  bool zeroCentred;
  std::string saturates;  // where f flattens out: "none", "negative", "positive" or "both"
  std::vector<Kink> kinks;
  // Presentation MathML of f and f' (for vector rows: y_i and dy_i/dz_j).
  std::string valueFormula;
  std::string derivativeFormula;
  // The framework convention followed, where frameworks differ.
  std::string follows;
  // The pair matching `kind` is set; the naive one (the course notebook's formula) is null
  // where the notebook has none.
  BatchKernel stable = nullptr;
  BatchKernel naive = nullptr;
  VectorKernel vectorStable = nullptr;
  VectorKernel vectorNaive = nullptr;

  bool hasNaive() const { return naive != nullptr || vectorNaive != nullptr; }
};

const std::vector<ActivationSpec>& catalog();

// The row with this id, or nullptr.
const ActivationSpec* findActivation(const std::string& id);

// Where a kink lies for the given parameter values (in the row's order).
double kinkPosition(const ActivationSpec& spec, const Kink& kink, const double* parameters);

}  // namespace activations
