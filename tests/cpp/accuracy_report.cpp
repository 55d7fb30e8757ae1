// Prints, as JSON, the worst error of every catalogue function against the mpmath reference
// tables. Built natively and to wasm; scripts/accuracy-report.mjs turns both outputs into
// docs/ACCURACY.md.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>

#include "accuracy.hpp"
#include "ulp.hpp"

namespace {

// The targets: values within 4 ULP and derivatives within 8 ULP.
constexpr std::uint64_t kValueTarget = 4;
constexpr std::uint64_t kDerivativeTarget = 8;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct Summary {
  std::size_t points = 0;
  std::uint64_t maxUlp = 0;
  std::size_t overTarget = 0;
  double overTargetMaxAbsoluteInEpsilon = 0.0;  // largest |error| / eps among those points
  double overTargetMinX = std::numeric_limits<double>::infinity();  // where those points lie
  double overTargetMaxX = -std::numeric_limits<double>::infinity();

  void add(double x, double got, double want, std::uint64_t target) {
    const std::uint64_t ulps = testing::ulpDistance(got, want);
    ++points;
    maxUlp = std::max(maxUlp, ulps);
    if (ulps > target) {
      ++overTarget;
      overTargetMaxAbsoluteInEpsilon = std::max(overTargetMaxAbsoluteInEpsilon, std::fabs(got - want) / kEpsilon);
      overTargetMinX = std::min(overTargetMinX, x);
      overTargetMaxX = std::max(overTargetMaxX, x);
    }
  }
};

void print(const Summary& s) {
  std::cout << "{\"points\": " << s.points << ", \"maxUlp\": " << s.maxUlp
            << ", \"overTarget\": " << s.overTarget
            << ", \"overTargetMaxAbsoluteInEpsilon\": " << s.overTargetMaxAbsoluteInEpsilon;
  if (s.overTarget > 0) {
    std::cout << std::setprecision(6) << ", \"overTargetX\": [" << s.overTargetMinX << ", "
              << s.overTargetMaxX << "]" << std::setprecision(3);
  }
  std::cout << "}";
}

}  // namespace

int main() {
  std::cout.precision(3);
  std::cout << "{\n";
  bool first = true;
  for (const auto& spec : activations::catalog()) {
    if (spec.kind != activations::Kind::elementwise) continue;
    Summary value, derivative;
    for (const auto& m : testing::measureElementwise(spec)) {
      value.add(m.reference.x, m.value, m.reference.value, kValueTarget);
      derivative.add(m.reference.x, m.derivative, m.reference.derivative, kDerivativeTarget);
    }
    std::cout << (first ? "" : ",\n") << "  \"" << spec.id << "\": {\"value\": ";
    print(value);
    std::cout << ", \"derivative\": ";
    print(derivative);
    std::cout << "}";
    first = false;
  }
  std::map<std::string, Summary> vector;
  for (const auto& m : testing::measureVector()) {
    for (std::size_t i = 0; i < m.outputs.size(); ++i) {
      vector[m.reference.function].add(static_cast<double>(i), m.outputs[i], m.reference.outputs[i],
                                       kValueTarget + m.outputs.size() / 2);
    }
  }
  for (const auto& [id, summary] : vector) {
    std::cout << ",\n  \"" << id << "\": {\"value\": ";
    print(summary);
    std::cout << "}";
  }
  std::cout << "\n}\n";
  return 0;
}
