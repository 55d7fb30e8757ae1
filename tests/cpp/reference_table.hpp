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

struct GatedReference {
  double a;
  double b;
  double value;  // correctly rounded a g(b)
  double aDerivative;  // g(b)
  double bDerivative;  // a g'(b)
};

struct VectorReference {
  std::string function;
  double temperature;
  std::vector<double> logits;
  std::vector<double> outputs;  // each correctly rounded
};

// The table of one element-wise activation, tests/reference/elementwise/<id>.csv.
std::vector<ElementwiseReference> elementwiseReference(const std::string& id);
// The table of one gated activation, tests/reference/gated/<id>.csv.
std::vector<GatedReference> gatedReference(const std::string& id);
const std::vector<VectorReference>& vectorReference();

}  // namespace testing
