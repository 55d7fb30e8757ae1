#pragma once
// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
// OOPSLA 2014; Vigna's splitmix64.c): a 64-bit counter advanced by the golden-ratio
// increment and hashed by two xor-shift-multiply rounds. Period 2^64, passes BigCrush, and
// uses only 64-bit integer arithmetic, so native code and wasm draw the same stream. Its
// published outputs for seed 1234567 (Rosetta Code, "Pseudo-random numbers/Splitmix64")
// are checked in tests/cpp/softmax_test.cpp and tests/js/sampling.test.mjs.

#include <cstdint>

namespace activations {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }

  // A double in [0, 1 - 2^-53], every multiple of 2^-53 equally likely: the top 53 bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; }

 private:
  std::uint64_t state_;
};

}  // namespace activations
