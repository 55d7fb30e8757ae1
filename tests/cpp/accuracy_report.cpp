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
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accuracy.hpp"
#include "ulp.hpp"

namespace {

// The targets: values within 4 ULP and derivatives within 8 ULP; the softmax family
// within n/2 + 4 ULP for n logits; sparsemax and entmax15 within 8 ULP or 4 n eps absolute.
constexpr std::uint64_t kValueTarget = 4;
constexpr std::uint64_t kDerivativeTarget = 8;
constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

struct Summary {
  std::size_t points = 0;
  std::uint64_t maxUlp = 0;
  std::uint64_t target = 0;
  std::size_t overTarget = 0;
  double overTargetMaxAbsoluteInEpsilon = 0.0;  // largest |error| / eps among those points
  double overTargetMinX = std::numeric_limits<double>::infinity();  // where those points lie
  double overTargetMaxX = -std::numeric_limits<double>::infinity();

  explicit Summary(std::uint64_t target_ = 0) : target(target_) {}

  // A point within `absolute` of the reference is not over the target, whatever its ULPs; the
  // absolute error of a point over it is reported in units of scale * eps.
  void add(double x, double got, double want, std::uint64_t pointTarget, double absolute = 0.0, double scale = 1.0) {
    const std::uint64_t ulps = testing::ulpDistance(got, want);
    ++points;
    maxUlp = std::max(maxUlp, ulps);
    target = std::max(target, pointTarget);
    if (ulps > pointTarget && !(std::fabs(got - want) <= absolute)) {
      ++overTarget;
      overTargetMaxAbsoluteInEpsilon = std::max(overTargetMaxAbsoluteInEpsilon, std::fabs(got - want) / (kEpsilon * scale));
      overTargetMinX = std::min(overTargetMinX, x);
      overTargetMaxX = std::max(overTargetMaxX, x);
    }
  }
};

void print(const Summary& s) {
  std::cout << "{\"points\": " << s.points << ", \"maxUlp\": " << s.maxUlp << ", \"target\": " << s.target
            << ", \"overTarget\": " << s.overTarget
            << ", \"overTargetMaxAbsoluteInEpsilon\": " << s.overTargetMaxAbsoluteInEpsilon;
  if (s.overTarget > 0) {
    std::cout << std::setprecision(6) << ", \"overTargetX\": [" << s.overTargetMinX << ", "
              << s.overTargetMaxX << "]" << std::setprecision(3);
  }
  std::cout << "}";
}

using Summaries = std::vector<std::pair<const char*, Summary>>;

void printRow(bool first, std::string_view id, const char* kind, const Summaries& summaries) {
  std::cout << (first ? "" : ",\n") << "  \"" << id << "\": {\"kind\": \"" << kind << "\"";
  for (const auto& [name, summary] : summaries) {
    std::cout << ", \"" << name << "\": ";
    print(summary);
  }
  std::cout << "}";
}

Summaries elementwiseSummaries(const activations::ActivationSpec& spec) {
  Summary value(kValueTarget), derivative(kDerivativeTarget);
  for (const auto& m : testing::measureElementwise(spec)) {
    value.add(m.reference.x, m.value, m.reference.value, kValueTarget);
    derivative.add(m.reference.x, m.derivative, m.reference.derivative, kDerivativeTarget);
  }
  return {{"value", value}, {"derivative", derivative}};
}

// The x of a gated point is b, where the gate changes; df/db's absolute error is in units of
// |a| eps, since a g'(b) scales with a.
Summaries gatedSummaries(const activations::ActivationSpec& spec) {
  Summary value(kValueTarget), a(kValueTarget), b(kDerivativeTarget);
  for (const auto& m : testing::measureGated(spec)) {
    value.add(m.reference.b, m.value, m.reference.value, kValueTarget);
    a.add(m.reference.b, m.aDerivative, m.reference.aDerivative, kValueTarget);
    const double scale = std::isfinite(m.reference.a) && m.reference.a != 0.0 ? std::fabs(m.reference.a) : 1.0;
    b.add(m.reference.b, m.bDerivative, m.reference.bDerivative, kDerivativeTarget, 0.0, scale);
  }
  return {{"value", value}, {"da", a}, {"db", b}};
}

bool isSparseMap(std::string_view id) { return id == "sparsemax" || id == "entmax15"; }

}  // namespace

int main() {
  std::cout.precision(3);
  std::cout << "{\n";
  bool first = true;
  std::map<std::string, Summary> vector;
  for (const auto& m : testing::measureVector()) {
    const std::string& id = m.reference.function;
    const double n = static_cast<double>(m.outputs.size());
    for (std::size_t i = 0; i < m.outputs.size(); ++i) {
      const double x = static_cast<double>(i);
      if (isSparseMap(id)) {
        vector[id].add(x, m.outputs[i], m.reference.outputs[i], kDerivativeTarget, 4 * n * kEpsilon);
      } else {
        vector[id].add(x, m.outputs[i], m.reference.outputs[i], kValueTarget + m.outputs.size() / 2);
      }
    }
  }
  for (const auto& spec : activations::catalog()) {
    const char* kind = activations::kindName(spec.kind);
    if (spec.kind == activations::Kind::elementwise) printRow(first, spec.id, kind, elementwiseSummaries(spec));
    if (spec.kind == activations::Kind::gated) printRow(first, spec.id, kind, gatedSummaries(spec));
    if (spec.kind == activations::Kind::vector) printRow(first, spec.id, kind, {{"value", vector[std::string(spec.id)]}});
    first = false;
  }
  std::cout << "\n}\n";
  return 0;
}
