// libFuzzer target: every element-wise row of the catalogue, any parameters inside the row's
// [min, max], any doubles (NaN, infinities, subnormals, -0). Built with ASan and UBSan, so
// memory errors and undefined behaviour stop it too. Properties checked on every point:
//   1. NaN in, NaN out: f and f' are NaN exactly when x is NaN (parameters are never NaN);
//      a periodic row (sine, snake) may also give NaN at x = +-inf, where it has no limit.
//   2. At the default parameters, f(x) lies in the row's declared [rangeMin, rangeMax], the
//      range the catalogue states (it is declared at the defaults only: SELU's lower bound is
//      -scale * alpha, hardtanh's bounds are its parameters).
//   3. f'(x) is finite for every x that is not NaN, x = +-inf included, on a row whose f' is
//      bounded: each kernel returns the limit of f' there (0 or a constant slope), never
//      inf - inf. Where f' is unbounded (exponential, relu_squared) it may overflow to inf as
//      the true value does, but is never NaN. f itself may overflow to +-inf at a huge finite x
//      where the true value exceeds DBL_MAX (e.g. selu with scale 3 at x = 1e308, or linear at
//      x = +-inf), so only NaN is forbidden for f.
// The notebook's naive kernels run on the same points for memory safety only: they break by
// design.
//
// Input layout (fuzz/make-corpus.mjs writes seeds in it):
//   byte 0              which element-wise row, modulo their number, in catalogue order
//   9 bytes per param   a mode byte (mod 5: 0 default, 1 min, 2 max, 3 min + f (max - min) with
//                       f from the 8 value bytes, 4 the 8 value bytes as a double, clamped to
//                       [min, max], NaN giving the default), then the 8 value bytes
//   the rest            the points x, 8 bytes each (a double's bits, little-endian)

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "catalog.hpp"
#include "fuzz_input.hpp"

namespace {

using activations::ActivationSpec;
using activations::ParameterSpec;

// A batch longer than this adds nothing a shorter one lacks.
constexpr std::size_t kMaxPoints = 1024;

const std::vector<const ActivationSpec*>& elementwiseRows() {
  static const std::vector<const ActivationSpec*> rows = [] {
    std::vector<const ActivationSpec*> found;
    for (const auto& spec : activations::catalog()) {
      if (spec.kind == activations::Kind::elementwise) found.push_back(&spec);
    }
    return found;
  }();
  return rows;
}

double decodeParameter(fuzz::ByteReader& in, const ParameterSpec& p) {
  const int mode = in.byte() % 5;
  const std::uint64_t bits = in.bits();  // always read, so the layout does not depend on the mode
  switch (mode) {
    case 1:
      return p.min;
    case 2:
      return p.max;
    case 3:
      return std::min(p.max, p.min + fuzz::asFraction(bits) * (p.max - p.min));
    case 4: {
      const double raw = fuzz::asDouble(bits);
      return std::isnan(raw) ? p.defaultValue : std::clamp(raw, p.min, p.max);
    }
    default:
      return p.defaultValue;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const auto& rows = elementwiseRows();
  const ActivationSpec& spec = *rows[in.byte() % rows.size()];

  std::vector<double> parameters;
  bool atDefaults = true;
  for (const auto& p : spec.parameters) {
    parameters.push_back(decodeParameter(in, p));
    atDefaults = atDefaults && parameters.back() == p.defaultValue;
  }
  const double* params = parameters.empty() ? nullptr : parameters.data();

  const std::vector<double> xs = in.remainingDoubles(kMaxPoints);
  const std::size_t n = xs.size();
  std::vector<double> values(n), derivatives(n);
  // The naive kernel first, for memory safety only; the stable one then overwrites its results.
  if (spec.naive != nullptr) spec.naive(xs.data(), n, params, values.data(), derivatives.data());
  spec.stable(xs.data(), n, params, values.data(), derivatives.data());

  const double p0 = parameters.empty() ? 0.0 : parameters[0];
  const double p1 = parameters.size() < 2 ? 0.0 : parameters[1];
  for (std::size_t i = 0; i < n; ++i) {
    const double x = xs[i], f = values[i], d = derivatives[i];
    const bool nanIn = std::isnan(x);
    if (spec.periodic && std::isinf(x)) continue;
    if (std::isnan(f) != nanIn || std::isnan(d) != nanIn) {
      fuzz::fail("NaN iff x is NaN: %s(%a; %a, %a) = %a, f' = %a", spec.id.data(), x, p0, p1, f, d);
    }
    if (nanIn) continue;
    if (atDefaults && !(f >= spec.rangeMin && f <= spec.rangeMax)) {
      fuzz::fail("range [%a, %a]: %s(%a) = %a", spec.rangeMin, spec.rangeMax, spec.id.data(), x, f);
    }
    if (spec.boundedDerivative && !std::isfinite(d)) {
      fuzz::fail("finite derivative: %s'(%a; %a, %a) = %a", spec.id.data(), x, p0, p1, d);
    }
  }
  return 0;
}
