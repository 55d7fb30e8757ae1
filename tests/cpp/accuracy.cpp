#include "accuracy.hpp"

namespace testing {

std::vector<Measured> measureElementwise(const activations::ActivationSpec& spec) {
  std::vector<Measured> measured;
  for (const auto& row : elementwiseReference(std::string(spec.id))) {
    double value = 0.0;
    double derivative = 0.0;
    spec.stable(&row.x, 1, row.parameters.data(), &value, &derivative);
    measured.push_back({row, value, derivative});
  }
  return measured;
}

std::vector<GatedMeasured> measureGated(const activations::ActivationSpec& spec) {
  std::vector<GatedMeasured> measured;
  for (const auto& row : gatedReference(std::string(spec.id))) {
    GatedMeasured m{row, 0.0, 0.0, 0.0};
    spec.gated(&row.a, &row.b, 1, &m.value, &m.aDerivative, &m.bDerivative);
    measured.push_back(m);
  }
  return measured;
}

std::vector<VectorMeasured> measureVector() {
  std::vector<VectorMeasured> measured;
  for (const auto& row : vectorReference()) {
    const activations::ActivationSpec* spec = activations::findActivation(row.function);
    std::vector<double> outputs(row.logits.size());
    if (spec != nullptr) spec->vectorStable(row.logits.data(), row.logits.size(), row.temperature, outputs.data());
    measured.push_back({row, outputs});
  }
  return measured;
}

}  // namespace testing
