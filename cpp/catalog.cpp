#include "catalog.hpp"

#include <algorithm>

#include "naive.hpp"
#include "softmax.hpp"
#include "stable.hpp"

namespace activations {
namespace {

// One loop per activation with the point kernel inlined into it, so the compiler can
// vectorise it; the catalogue stores the instantiation.
template <PointKernel kernel>
void evaluateBatch(const double* xs, std::size_t n, const double* parameters, double* values,
                   double* derivatives) {
  for (std::size_t i = 0; i < n; ++i) {
    const ValueAndDerivative r = kernel(xs[i], parameters);
    values[i] = r.value;
    derivatives[i] = r.derivative;
  }
}

constexpr double kInf = std::numeric_limits<double>::infinity();

// The standard SELU constants (Klambauer et al. 2017), which make it self-normalising.
constexpr double kSeluAlpha = 1.6732632423543772;
constexpr double kSeluScale = 1.0507009873554805;

std::vector<ActivationSpec> buildCatalog() {
  std::vector<ActivationSpec> rows;
  rows.push_back({"linear", "Linear", Kind::elementwise, "classic", {}, {}, -kInf, kInf,
                  /*monotonic*/ true, kSmooth, /*zeroCentred*/ true, "none", {},
                  evaluateBatch<stable::linear>, evaluateBatch<naive::linear>});
  rows.push_back({"relu", "ReLU", Kind::elementwise, "relu", {}, {}, 0.0, kInf, true, 0.0, false,
                  "negative", {{0.0, "left"}}, evaluateBatch<stable::relu>,
                  evaluateBatch<naive::relu>});
  rows.push_back({"selu",
                  "SELU",
                  Kind::elementwise,
                  "relu",
                  {{"alpha", kSeluAlpha, 0.0, 5.0, 0.01}, {"scale", kSeluScale, 0.1, 3.0, 0.01}},
                  {{"standard", {kSeluAlpha, kSeluScale}}, {"notebook", {3.0, 1.0}}},
                  -kSeluScale * kSeluAlpha,
                  kInf,
                  true,
                  0.0,
                  true,
                  "negative",
                  {{0.0, "left"}},
                  evaluateBatch<stable::selu>,
                  evaluateBatch<naive::selu>});
  rows.push_back({"sigmoid", "Sigmoid", Kind::elementwise, "classic", {}, {}, 0.0, 1.0, true,
                  kSmooth, false, "both", {}, evaluateBatch<stable::sigmoid>,
                  evaluateBatch<naive::sigmoid>});
  rows.push_back({"tanh", "Tanh", Kind::elementwise, "classic", {}, {}, -1.0, 1.0, true, kSmooth,
                  true, "both", {}, evaluateBatch<stable::tanh>, evaluateBatch<naive::tanh>});
  // Temperature's slider spans 0.01..100; softmax() itself accepts any finite T > 0.
  rows.push_back({"softmax", "Softmax", Kind::vector, "vector",
                  {{"temperature", 1.0, 0.01, 100.0, 0.01}}, {}, 0.0, 1.0, true, kSmooth, false,
                  "both", {}, nullptr, nullptr, softmax, naive::softmax});
  return rows;
}

}  // namespace

const std::vector<ActivationSpec>& catalog() {
  static const std::vector<ActivationSpec> rows = buildCatalog();
  return rows;
}

const ActivationSpec* findActivation(const std::string& id) {
  const auto& rows = catalog();
  const auto it =
      std::find_if(rows.begin(), rows.end(), [&](const ActivationSpec& row) { return row.id == id; });
  return it == rows.end() ? nullptr : &*it;
}

}  // namespace activations
