#pragma once
// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014;
// the generator that seeds xoshiro): 64-bit integer arithmetic only, so a seed gives the same
// stream natively and in wasm, and a double drawn from it is the same to the bit.

#include <cstdint>

namespace trainer {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }

  // Uniform on [0, 1): the top 53 bits, converted and scaled exactly.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; }

  // Uniform on [-limit, limit).
  double symmetric(double limit) { return limit * (2.0 * uniform() - 1.0); }

 private:
  std::uint64_t state_;
};

}  // namespace trainer
