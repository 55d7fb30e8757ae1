#pragma once
// Distance in units in the last place between two doubles: how many representable doubles
// lie between them. Both zeros count as one point; two NaNs are 0 apart, and a NaN is
// infinitely far from any number.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace testing {

inline std::uint64_t ulpDistance(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) {
    return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<std::uint64_t>::max();
  }
  // Map the sign-magnitude bit pattern onto a line where adjacent doubles are adjacent
  // integers and -0 meets +0.
  auto ordinal = [](double v) {
    std::int64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
  };
  const std::int64_t ia = ordinal(a);
  const std::int64_t ib = ordinal(b);
  return ia > ib ? static_cast<std::uint64_t>(ia) - static_cast<std::uint64_t>(ib)
                 : static_cast<std::uint64_t>(ib) - static_cast<std::uint64_t>(ia);
}

}  // namespace testing
