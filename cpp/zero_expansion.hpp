#pragma once
// f' next to a zero z of f', where any formula for f' is a sum of terms that cancel, kept
// accurate in relative terms down to z itself: f'(z + d) = d P(d) on a small window around z,
// P a polynomial. The offset d carries the whole of the cancellation, and it is exact before
// its one rounding: with z in double-double, t.hi - z.hi is exact next to z (Sterbenz), so d
// keeps its relative accuracy however close t comes to z. P(d) has no cancellation (P(0) =
// f''(z) != 0), so d P(d) costs ~3 ULP: d's rounding, Horner's, the product's. Plain
// arithmetic, no libm: the same bits in every build. The expansions themselves are generated
// (kernels/derivative_zeros.hpp).

#include <array>
#include <cstddef>

#include "double_double.hpp"

namespace activations {

template <std::size_t Terms>
struct ZeroExpansion {
  dd::DoubleDouble zero;
  double below;  // the window: -below < d < above
  double above;
  std::array<double, Terms> coefficients;  // P's, constant term first

  double offset(dd::DoubleDouble t) const { return (t.hi - zero.hi) + (t.lo - zero.lo); }

  bool covers(double d) const { return d > -below && d < above; }

  double derivative(double d) const {
    double p = coefficients[Terms - 1];
    for (std::size_t k = Terms - 1; k-- > 0;) p = p * d + coefficients[k];
    return d * p;
  }
};

}  // namespace activations
