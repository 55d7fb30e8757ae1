#pragma once
// The mpmath reference tables of tests/reference/ (see generate.py there), read at run
// time in both the native and the wasm build.

#include <string>
#include <vector>

namespace testing {

struct ElementwiseReference {
  std::string function;
  std::vector<double> parameters;
  double x;
  double value;       // correctly rounded f(x)
  double derivative;  // correctly rounded f'(x)
};

struct SoftmaxReference {
  double temperature;
  std::vector<double> logits;
  std::vector<double> probabilities;  // each correctly rounded
};

const std::vector<ElementwiseReference>& elementwiseReference();
const std::vector<SoftmaxReference>& softmaxReference();

}  // namespace testing
