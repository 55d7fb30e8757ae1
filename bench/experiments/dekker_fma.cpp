// EXPERIMENT, linked only into bench/run.sh's "wasm-kernel-dekker" column, never shipped: wasm
// has no fused multiply-add, so std::fma in double_double.hpp (dd::product, dd::quotient) is
// musl's exact software fma, which dominates gelu, gelu_tanh, softplus, silu and softmax in
// wasm. This replaces it with Veltkamp-Dekker's exact product where that is exact (|a|, |b| <
// 2^995, a*b finite and either 0 from a zero factor or above 2^-900) and calls musl's fma
// (compiled from Emscripten's musl source as musl_fma) elsewhere.
// It is NOT a general fma: RN(p + c) + e is only exact for double_double.hpp's two patterns,
// c = -RN(a*b) (the product's error) and c = a with -q*b ~ a (the division remainder), whose
// results are representable. bench/compare_builds.mjs finds a module linked with it
// bit-identical to the shipped one on every reference point. The proposal it sizes is the
// same split, under #ifdef __wasm__, inside dd::product and dd::quotient.
#include <cmath>

extern "C" double musl_fma(double a, double b, double c);

extern "C" double fma(double a, double b, double c) {
  const double p = a * b;
  const double magnitude = std::fabs(p);
  const bool zeroFactor = a == 0.0 || b == 0.0;
  const bool exact = std::fabs(a) < 0x1p995 && std::fabs(b) < 0x1p995 && magnitude < 0x1p1020 &&
                     (zeroFactor || magnitude > 0x1p-900);
  if (!exact) return musl_fma(a, b, c);
  constexpr double kSplit = 134217729.0;  // 2^27 + 1: splits a double into two 26-bit halves
  const double ca = kSplit * a;
  const double aHigh = ca - (ca - a);
  const double aLow = a - aHigh;
  const double cb = kSplit * b;
  const double bHigh = cb - (cb - b);
  const double bLow = b - bHigh;
  const double error = ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
  return (p + c) + error;
}
