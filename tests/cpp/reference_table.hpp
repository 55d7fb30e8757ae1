#pragma once
// The mpmath reference tables of tests/reference/ (see generate.py there), read at run
// time in both the native and the wasm build.

#include <string>
#include <vector>

namespace testing {

struct ElementwiseReference {
  std::vector<double> parameters;  // in the catalogue row's order
  double x;
  double value;       // correctly rounded f(x)
  double derivative;  // correctly rounded f'(x)
};

struct VectorReference {
  std::string function;
  double temperature;
  std::vector<double> logits;
  std::vector<double> outputs;  // each correctly rounded
};

// The table of one element-wise activation, tests/reference/elementwise/<id>.csv.
std::vector<ElementwiseReference> elementwiseReference(const std::string& id);
const std::vector<VectorReference>& vectorReference();

}  // namespace testing
