#pragma once
// Evaluates a catalogue row at every point of its reference table: shared by the Catch2
// suite, which asserts the tolerances, and accuracy_report, which summarises them.

#include <cstdint>
#include <string>
#include <vector>

#include "catalog.hpp"
#include "reference_table.hpp"

namespace testing {

struct Measured {
  ElementwiseReference reference;
  double value;       // what the kernel returned
  double derivative;
};

std::vector<Measured> measureElementwise(const activations::ActivationSpec& spec);

struct GatedMeasured {
  GatedReference reference;
  double value;  // what the kernel returned
  double aDerivative;
  double bDerivative;
};

std::vector<GatedMeasured> measureGated(const activations::ActivationSpec& spec);

struct VectorMeasured {
  VectorReference reference;
  std::vector<double> outputs;
};

std::vector<VectorMeasured> measureVector();

}  // namespace testing
