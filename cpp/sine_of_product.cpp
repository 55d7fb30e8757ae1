#include "sine_of_product.hpp"

#include <cmath>
#include <cstdint>

namespace activations {
namespace {

// __extension__: a GCC and Clang type (wasm too), which -Wpedantic would flag.
__extension__ typedef unsigned __int128 Uint128;

// The first 64 * 37 bits of 1/2pi after the binary point, most significant first: enough for
// E + 256 with E up to 2 * 1024 - 106 (written by mpmath: floor(2^2368 / 2pi)).
constexpr std::uint64_t kInverseTwoPi[] = {
    0x28be60db9391054aULL, 0x7f09d5f47d4d3770ULL, 0x36d8a5664f10e410ULL, 0x7f9458eaf7aef158ULL,
    0x6dc91b8e909374b8ULL, 0x01924bba82746487ULL, 0x3f877ac72c4a69cfULL, 0xba208d7d4baed121ULL,
    0x3a671c09ad17df90ULL, 0x4e64758e60d4ce7dULL, 0x272117e2ef7e4a0eULL, 0xc7fe25fff7816603ULL,
    0xfbcbc462d6829b47ULL, 0xdb4d9fb3c9f2c26dULL, 0xd3d18fd9a797fa8bULL, 0x5d49eeb1faf97c5eULL,
    0xcf41ce7de294a4baULL, 0x9afed7ec47e35742ULL, 0x1580cc11bf1edaeaULL, 0xfc33ef0826bd0d87ULL,
    0x6a78e45857b986c2ULL, 0x19666157c5281a10ULL, 0x237ff620135cc9ccULL, 0x41818555b29cea32ULL,
    0x58389ef0231ad1f1ULL, 0x0670d9f3773a024aULL, 0xa0d6711da2e58729ULL, 0xb76bd13455c6414fULL,
    0xa97fc1c14fdf8cfaULL, 0x0cb0b793e60c9f6eULL, 0xf0cf49bbdac797beULL, 0x27ce87cd72bc9fc7ULL,
    0x61fc48641f1f091aULL, 0xbe9bb55dcb4c10ceULL, 0xc571852d674670f0ULL, 0xb12b50534b174003ULL,
    0x119f618b5c78e6b1ULL};
constexpr int kTableBits = 64 * 37;

// The 64 bits of 1/2pi at positions first .. first + 63 (position 1 is the first after the
// point); positions before 1 are the zero integer part, positions past the table are dropped.
std::uint64_t bitsFrom(int first) {
  std::uint64_t out = 0;
  for (int k = 0; k < 64; ++k) {
    const int position = first + k;
    if (position < 1 || position > kTableBits) continue;
    const int index = position - 1;
    const std::uint64_t bit = (kInverseTwoPi[index / 64] >> (63 - index % 64)) & 1U;
    out |= bit << (63 - k);
  }
  return out;
}

// a 53-bit integer m and an exponent e with |v| = m 2^e, for a finite v != 0.
std::uint64_t integerMantissa(double v, int& exponent) {
  const double fraction = std::frexp(std::fabs(v), &exponent);
  exponent -= 53;
  return static_cast<std::uint64_t>(std::ldexp(fraction, 53));
}

}  // namespace

dd::DoubleDouble reducedTurn(double a, double x) {
  int ea = 0, ex = 0;
  const Uint128 m = static_cast<Uint128>(integerMantissa(a, ea)) * integerMantissa(x, ex);
  const int e = ea + ex;
  // W = bits e + 1 .. e + 256 of 1/2pi as four 64-bit limbs, w[3] the most significant.
  std::uint64_t w[4];
  for (int limb = 0; limb < 4; ++limb) w[limb] = bitsFrom(e + 1 + 64 * (3 - limb));
  // (m W) mod 2^256, limb by limb: the top two limbs are the turn's first 128 bits.
  const std::uint64_t mLimbs[2] = {static_cast<std::uint64_t>(m), static_cast<std::uint64_t>(m >> 64)};
  std::uint64_t r[4] = {0, 0, 0, 0};
  for (int i = 0; i < 2; ++i) {
    std::uint64_t carry = 0;
    for (int j = 0; i + j < 4; ++j) {
      const Uint128 t = static_cast<Uint128>(mLimbs[i]) * w[j] + r[i + j] + carry;
      r[i + j] = static_cast<std::uint64_t>(t);
      carry = static_cast<std::uint64_t>(t >> 64);
    }
  }
  const Uint128 turn = (static_cast<Uint128>(r[3]) << 64) | r[2];
  // Its top 53 bits, exact as a double, and the next 64, rounded once.
  const double hi = std::ldexp(static_cast<double>(static_cast<std::uint64_t>(turn >> 75)), -53);
  const double lo = std::ldexp(static_cast<double>(static_cast<std::uint64_t>(turn >> 11)), -117);
  const dd::DoubleDouble centred = dd::sum(hi >= 0.5 ? hi - 1.0 : hi, lo);  // hi - 1 is exact
  const bool negative = std::signbit(a) != std::signbit(x);
  return negative ? dd::DoubleDouble{-centred.hi, -centred.lo} : centred;
}

}  // namespace activations
