#!/usr/bin/python3
"""Writes the reference tables the Catch2 suite checks the C++ kernels against.

Every expected value is computed with mpmath at 50 significant digits, then rounded once
to the nearest double, so a table entry is the correctly rounded true result. Doubles are
written in hexadecimal (float.hex) so they round-trip exactly through C++'s strtod.

Regenerate (needs Debian's python3-mpmath; the first `python3` on PATH may lack it):
    /usr/bin/python3 tests/reference/generate.py
"""
import csv
import math
import os
import random

import mpmath

mpmath.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805


def to_double(value):
    """Nearest double to an mpmath number: a 40-digit decimal string, which Python's
    float() rounds correctly (subnormals included)."""
    if mpmath.isnan(value):
        return math.nan
    if mpmath.isinf(value):
        return math.inf if value > 0 else -math.inf
    return float(mpmath.nstr(value, 40, min_fixed=1, max_fixed=0))


def sigmoid(x):
    e = mpmath.exp(-abs(x))
    value = 1 / (1 + e) if x >= 0 else e / (1 + e)
    return value, e / (1 + e) ** 2


def tanh(x):
    return mpmath.tanh(x), mpmath.sech(x) ** 2


def selu(alpha, scale):
    def f(x):
        if x > 0:
            return scale * x, mpmath.mpf(scale)
        return scale * alpha * mpmath.expm1(x), scale * alpha * mpmath.exp(x)
    return f


def relu(x):
    return (x, mpmath.mpf(1)) if x > 0 else (mpmath.mpf(0), mpmath.mpf(0))


def linear(x):
    return x, mpmath.mpf(1)


# Limits at +-inf, where mpmath cannot evaluate the formulas: {x: (value, derivative)}.
def limits(function_id, parameters):
    if function_id == "selu":
        alpha, scale = parameters
        return {math.inf: (math.inf, scale), -math.inf: (to_double(-mpmath.mpf(scale) * alpha), 0.0)}
    return {
        "linear": {math.inf: (math.inf, 1.0), -math.inf: (-math.inf, 1.0)},
        "relu": {math.inf: (math.inf, 1.0), -math.inf: (0.0, 0.0)},
        "sigmoid": {math.inf: (1.0, 0.0), -math.inf: (0.0, 0.0)},
        "tanh": {math.inf: (1.0, 0.0), -math.inf: (-1.0, 0.0)},
    }[function_id]


def sample_points(rng):
    """Where activations go wrong: the plotted range, both tails up to 1e4 and beyond,
    the neighbourhood of 0 down to subnormals, and the points where the notebook's
    formulas break (sigmoid' collapses from ~37, tanh overflows from ~710)."""
    points = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308,
              1.7976931348623157e308, -1.7976931348623157e308, 36.0, 37.0, 38.0, 709.0, 710.0,
              711.0, -745.0, -746.0, 1e4, -1e4]
    points += [-10 + 20 * i / 100 for i in range(101)]
    points += [sign * 10.0 ** rng.uniform(-310, 4) for _ in range(100) for sign in (1, -1)]
    points += [rng.uniform(-40, 40) for _ in range(100)]
    points += [rng.uniform(-800, 800) for _ in range(40)]
    return points


def elementwise_rows(rng):
    cases = [("linear", [], linear), ("relu", [], relu), ("sigmoid", [], sigmoid),
             ("tanh", [], tanh), ("selu", [SELU_ALPHA, SELU_SCALE], selu(SELU_ALPHA, SELU_SCALE)),
             ("selu", [3.0, 1.0], selu(3.0, 1.0))]
    points = sample_points(rng)
    for function_id, parameters, f in cases:
        for x in points:
            value, derivative = f(mpmath.mpf(x))
            yield function_id, parameters, x, to_double(value), to_double(derivative)
        for x, (value, derivative) in limits(function_id, parameters).items():
            yield function_id, parameters, x, value, derivative
        yield function_id, parameters, math.nan, math.nan, math.nan


def softmax_exact(logits, temperature):
    z = [mpmath.mpf(v) for v in logits]
    m = max(z)
    weights = [mpmath.exp((v - m) / temperature) for v in z]
    total = mpmath.fsum(weights)
    return [to_double(w / total) for w in weights]


def softmax_cases(rng):
    yield [-2, -1, 0, 1, 2], 1.0  # the notebook's two panels
    yield [-2, -1, 0, 1, 2], 2.0
    yield [1000, 1001], 1.0  # NaN in the notebook: exp(1000) overflows
    yield [-1000, 0, 1000], 1.0
    yield [-1e308, 1e308], 1.0
    yield [1.5, 1.5, 1.5, -3.0], 1.0  # ties
    yield [0.0, 1e-12], 1e-300  # tiny temperature: one-hot
    yield [1e300, -1e300, 0.0], 1e300  # huge temperature spread
    yield [3.0, 1.0, 0.2], 1e-2
    yield [3.0, 1.0, 0.2], 1e2
    for n in (1, 2, 10, 100):
        for temperature in (0.5, 1.0, 3.0):
            yield [rng.uniform(-50, 50) for _ in range(n)], temperature


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def hexes(values):
    return " ".join(float(v).hex() for v in values)


def main():
    rng = random.Random(20261127)
    write_csv("elementwise.csv", ["function", "parameters", "x", "value", "derivative"],
              ((f, hexes(p), float(x).hex(), float(v).hex(), float(d).hex())
               for f, p, x, v, d in elementwise_rows(rng)))
    write_csv("softmax.csv", ["temperature", "logits", "probabilities"],
              ((float(t).hex(), hexes(z), hexes(softmax_exact(z, t)))
               for z, t in softmax_cases(rng)))


if __name__ == "__main__":
    main()
