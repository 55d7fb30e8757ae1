#pragma once
// Weight initialisation: each weight uniform on [-limit, limit), biases 0. The uniform forms
// (Keras's glorot_uniform, he_uniform, lecun_uniform) need only a square root, which IEEE 754
// rounds correctly everywhere, where the normal forms would need log and cos from libm.
// A uniform on [-limit, limit] has variance limit^2 / 3, so:
//   Glorot/Xavier (Glorot and Bengio 2010): variance 2 / (fanIn + fanOut)
//   He (He et al. 2015, for ReLU):          variance 2 / fanIn
//   LeCun (LeCun et al. 1998, for SELU):    variance 1 / fanIn

#include <cmath>
#include <cstddef>

namespace trainer {

enum class Initialization { glorot, he, lecun };

inline double uniformLimit(Initialization scheme, std::size_t fanIn, std::size_t fanOut) {
  const double in = static_cast<double>(fanIn);
  switch (scheme) {
    case Initialization::he: return std::sqrt(6.0 / in);
    case Initialization::lecun: return std::sqrt(3.0 / in);
    case Initialization::glorot: break;
  }
  return std::sqrt(6.0 / (in + static_cast<double>(fanOut)));
}

}  // namespace trainer
