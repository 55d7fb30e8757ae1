#pragma once
// Gated linear units: f(a; b) = a g(b), where the second half of the input gates the first,
// as torch.nn.functional.glu splits it (Dauphin et al. 2017; Shazeer 2020 for the variants):
//   glu: g = sigmoid   reglu: g = relu   geglu: g = gelu (exact)   swiglu: g = silu (beta 1)
// with df/da = g(b) and df/db = a g'(b). The gates are the element-wise kernels.
// Where g(b) or g'(b) underflows (b below -700, or below -37 for gelu; sigmoid' above 700 too)
// a g(b) may still be a normal number when |a| is large, and a g(b) computed from a subnormal
// g(b) would keep none of its digits. There the gate is written as P(b) exp(q(b)), and with
// a = m 2^e (m in [0.5, 1)):
//   a g(b) = m P(b) exp(q(b) + e ln 2),
// exp's argument in double-double. A factor that is exactly 0 gives 0 even when the other is
// infinite: a = 0, or g(b) = 0 (relu below 0, any gate's limit at b = -inf).

#include <cstddef>

namespace activations {

// A gated activation f(a; b) = a g(b) over n pairs, with its partial derivatives
// df/da = g(b) and df/db = a g'(b).
using GatedKernel = void (*)(const double* a, const double* b, std::size_t n, double* values,
                             double* aDerivatives, double* bDerivatives);

namespace gated {

extern const GatedKernel glu;
extern const GatedKernel reglu;
extern const GatedKernel geglu;
extern const GatedKernel swiglu;

}  // namespace gated
}  // namespace activations
