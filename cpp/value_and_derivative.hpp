#pragma once

namespace activations {

// What every element-wise kernel returns: f(x) and f'(x), computed together so the
// derivative can share the forward pass's intermediate values.
struct ValueAndDerivative {
  double value;
  double derivative;
};

// Every kernel has this shape; `parameters` holds the activation's parameters in the
// order its catalogue row declares them (unused by parameterless activations).
using PointKernel = ValueAndDerivative (*)(double x, const double* parameters);

}  // namespace activations
