#pragma once
// What both fuzz targets share: reading doubles out of libFuzzer's bytes, and stopping with
// a readable report when a property fails. The byte layouts are simple and fixed (see each
// target's header comment) so that fuzz/make-corpus.mjs can write meaningful seeds.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace fuzz {

// The double whose bits these are.
inline double asDouble(std::uint64_t bits) {
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// A number in [0, 1): the top 53 bits as a fraction.
inline double asFraction(std::uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1p-53; }

// Reads the input front to back; past the end every read gives zeros.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  std::uint8_t byte() { return position_ < size_ ? data_[position_++] : 0; }

  std::uint64_t bits() {
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= static_cast<std::uint64_t>(byte()) << (8 * i);
    return value;
  }

  // Any double, NaN, infinities and subnormals included: the next 8 bytes taken as its bits.
  double anyDouble() { return asDouble(bits()); }

  // Every remaining whole 8 bytes as a double, at most `limit` of them.
  std::vector<double> remainingDoubles(std::size_t limit) {
    std::vector<double> values;
    while (size_ - position_ >= 8 && values.size() < limit) values.push_back(anyDouble());
    return values;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t position_ = 0;
};

// Prints what failed, with every double in hex so the case can be replayed exactly, then
// aborts, which libFuzzer reports as a crash and saves the input.
template <class... Details>
[[noreturn]] void fail(const char* format, Details... details) {
  std::fprintf(stderr, "\nPROPERTY VIOLATED: ");
  std::fprintf(stderr, format, details...);
  std::fprintf(stderr, "\n");
  std::abort();
}

// NaN is equal to NaN here, and +0 differs from -0: "the same result".
inline bool sameBits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

}  // namespace fuzz
