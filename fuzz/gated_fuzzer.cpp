// libFuzzer target: the gated rows (glu, reglu, geglu, swiglu), f(a; b) = a g(b), for any
// pairs of doubles (NaN, infinities, subnormals, -0, +-DBL_MAX). Built with ASan and UBSan.
// Properties checked on every pair:
//   1. NaN out only from NaN in: f and df/db are NaN exactly when a or b is NaN, df/da = g(b)
//      exactly when b is NaN (a factor that is exactly 0 makes a product 0, even times inf).
//   2. df/da is the gate's own element-wise kernel g(b), bit for bit.
//   3. Where a g(b) and a g'(b) are normal numbers computed from a normal g(b) (or g'(b)), the
//      kernel agrees with that one product within 4 ULP: the scaled tails, taken where g(b)
//      might have underflowed, must not move a result the plain product gets right.
//
// Input layout (fuzz/make-corpus.mjs writes seeds in it):
//   byte 0     which gated row, modulo their number, in catalogue order
//   the rest   pairs (a, b), 16 bytes each (two doubles' bits, little-endian)

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "catalog.hpp"
#include "fuzz_input.hpp"
#include "ulp.hpp"

namespace {

using activations::ActivationSpec;

constexpr std::size_t kMaxPairs = 512;
constexpr double kMinNormal = std::numeric_limits<double>::min();

struct GatedRow {
  const ActivationSpec* gated;
  const ActivationSpec* gate;
};

const std::vector<GatedRow>& gatedRows() {
  static const std::vector<GatedRow> rows = {
      {activations::findActivation("glu"), activations::findActivation("sigmoid")},
      {activations::findActivation("reglu"), activations::findActivation("relu")},
      {activations::findActivation("geglu"), activations::findActivation("gelu")},
      {activations::findActivation("swiglu"), activations::findActivation("silu")},
  };
  return rows;
}

bool normal(double v) { return std::isfinite(v) && std::fabs(v) >= kMinNormal; }

// `got` agrees with the plain product a g when both g and a g are normal numbers.
void checkAgainstProduct(const char* what, const ActivationSpec& spec, double a, double b, double g, double got) {
  const double product = a * g;
  if (!normal(g) || !normal(product) || !std::isfinite(a)) return;
  if (testing::ulpDistance(got, product) > 4) {
    fuzz::fail("%s: %s(%a; %a) = %a, but a g = %a * %a = %a", what, spec.id.data(), a, b, got, a, g, product);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::ByteReader in(data, size);
  const GatedRow& row = gatedRows()[in.byte() % gatedRows().size()];
  const std::vector<double> pairs = in.remainingDoubles(2 * kMaxPairs);
  const std::size_t n = pairs.size() / 2;
  std::vector<double> a(n), b(n), value(n), da(n), db(n), g(n), dg(n);
  for (std::size_t i = 0; i < n; ++i) {
    a[i] = pairs[2 * i];
    b[i] = pairs[2 * i + 1];
  }
  row.gated->gated(a.data(), b.data(), n, value.data(), da.data(), db.data());
  row.gate->stable(b.data(), n, row.gate->defaults().data(), g.data(), dg.data());

  for (std::size_t i = 0; i < n; ++i) {
    const bool nanIn = std::isnan(a[i]) || std::isnan(b[i]);
    if (std::isnan(value[i]) != nanIn || std::isnan(db[i]) != nanIn || std::isnan(da[i]) != std::isnan(b[i])) {
      fuzz::fail("NaN iff NaN in: %s(%a; %a) = %a, da %a, db %a", row.gated->id.data(), a[i], b[i], value[i], da[i], db[i]);
    }
    if (!fuzz::sameBits(da[i], g[i])) {
      fuzz::fail("da is g(b): %s(%a; %a): da %a, g %a", row.gated->id.data(), a[i], b[i], da[i], g[i]);
    }
    checkAgainstProduct("value", *row.gated, a[i], b[i], g[i], value[i]);
    checkAgainstProduct("df/db", *row.gated, a[i], b[i], dg[i], db[i]);
  }
  return 0;
}
