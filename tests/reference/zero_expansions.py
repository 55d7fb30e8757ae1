#!/usr/bin/python3
"""Writes cpp/kernels/derivative_zeros.hpp: f' of silu, mish, gelu and gelu_tanh next to the zero
of f', as d P(d) with d the offset from the zero, for the kernels in cpp/kernels/smooth.hpp.

Regenerate from the repository root (needs Debian's python3-mpmath; about a minute):

    /usr/bin/python3 tests/reference/zero_expansions.py

then rebuild, and regenerate the reference tables (generate.py places points at the windows'
edges, read from WINDOWS below) and docs/ACCURACY.md.

Why: next to its zero, f' is a sum of terms that cancel, so any formula built from libm's exp,
erfc or tanh keeps only their absolute accuracy (a fraction of eps) while |f'| goes to 0. A
polynomial in d = x - z, with z held in double-double, keeps f' accurate in relative terms
however close x comes to z (d is rounded once), and, being plain arithmetic, gives the same bits
in every build (libm's functions differ between glibc and musl).

How: P(d) = f'(z + d) / d, analytic on the window, is interpolated at Chebyshev nodes at 80
digits (near-minimax: for the same accuracy a Taylor series about z needs 20-40% more terms),
converted to powers of d; the degree is the smallest that keeps |d P(d) / f'(z + d) - 1| below
2^-57 (a sixteenth of an ULP) on a dense grid. Rounding the coefficients to doubles adds up to
2^-54 (the constant term's rounding: P(0) = f''(z)); the header quotes the rounded polynomial's
worst relative error.
The mpmath definitions of f' are generate.py's, the ones the reference tables come from.
"""
import collections
import os

import mpmath
from mpmath import mpf

Window = collections.namedtuple("Window", "variable below above scale reason")
# The polynomial serves d in (-below, above). d is measured in `variable`; scale(*parameters) is
# d(variable)/dx, so that generate.py can place points at the edges in x. Each window covers,
# with room, where the kernel's direct formula (smooth.hpp) loses more than 5 ULP to the
# cancellation; `reason` quotes that formula's worst error outside the window, measured against
# mpmath on 120,000+ random points (x in [-15, 5], within 1 of the zero, at 1e-16..1 from it,
# magnitudes 1e-310..1e3), silu at beta = 0.01, 0.5, 1, 1.7, 3.3 and 10.
WINDOWS = {
    # silu'(x) = h(u), u = beta x, depends on u alone: one expansion serves every beta.
    # The direct e (1 + u + e) / (1 + e)^2 is within 5 ULP from 0.07 of the zero on.
    "silu": Window("u = beta x", 0.125, 0.125, lambda beta: beta,
                   "outside, e (1 + u + e) / (1 + e)^2: <= 6 ULP"),
    # e B / (n + 2)^2: within 5 ULP from 0.1 of the zero on.
    "mish": Window("x", 0.15, 0.15, lambda: 1, "outside, e B / (n + 2)^2: <= 5 ULP"),
    # No form removes GELU's cancellation (Phi(x) - Phi(z) has no closed form), so its window is
    # wide: the direct Phi(x) + x phi(x) loses more than 5 ULP out to 0.5 below the zero and
    # 0.24 above it.
    "gelu": Window("x", 0.55, 0.25, lambda: 1, "outside, Phi + x phi: <= 5 ULP"),
    # e (1 + x v' + e) / (1 + e)^2: within 5 ULP from 0.07 of the zero on.
    "gelu_tanh": Window("x", 0.125, 0.125, lambda: 1,
                        "outside, e (1 + x v' + e) / (1 + e)^2: <= 6 ULP"),
}

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = os.path.join(HERE, "..", "..", "cpp", "kernels", "derivative_zeros.hpp")
DIGITS = 80
TARGET_BITS = 57
GRID = 4000


def chebyshev_in_powers(function, low, high, degree):
    """The polynomial interpolating function at degree + 1 Chebyshev nodes of [low, high], as
    coefficients of powers of the variable (constant first)."""
    count = degree + 1
    middle, half = (low + high) / 2, (high - low) / 2
    angles = [mpmath.pi * (k + mpf(1) / 2) / count for k in range(count)]
    values = [function(middle + half * mpmath.cos(a)) for a in angles]
    weights = [2 * mpmath.fsum(v * mpmath.cos(j * a) for v, a in zip(values, angles)) / count
               for j in range(count)]
    weights[0] /= 2
    # sum_j weights[j] T_j(s), s = (d - middle) / half, by the recurrence on polynomials in d.
    s = [-middle / half, 1 / half]
    previous, current = [mpf(1)], s
    total = [weights[0]] + [mpf(0)] * degree
    for j in range(1, count):
        if j > 1:
            product = [mpf(0)] * (len(current) + 1)
            for i, c in enumerate(current):
                product[i] += 2 * s[0] * c
                product[i + 1] += 2 * s[1] * c
            for i, c in enumerate(previous):
                product[i] -= c
            previous, current = current, product
        for i, c in enumerate(current):
            total[i] += weights[j] * c
    return total


def expansion(activation_id, generate):
    """(zero as an mpf, the degree, the coefficients as doubles, the rounded polynomial's worst
    relative error)."""
    activation = generate.CATALOGUE[activation_id]
    window = WINDOWS[activation_id]
    parameters = tuple(map(mpf, activation.defaults))  # silu: beta = 1, so u = x
    (zero,) = generate.critical_points(activation, activation.defaults)

    def derivative(x):
        return activation.function(x, *parameters)[1]

    with mpmath.workdps(DIGITS):
        zero = mpmath.findroot(derivative, zero)
        curvature = mpmath.diff(derivative, zero)
        # The middle Chebyshev node is cos(pi/2), about 1e-80 rather than 0: take P's limit there.
        quotient = lambda d: derivative(zero + d) / d if abs(d) > 1e-40 else curvature  # noqa: E731
        low, high = -mpf(window.below), mpf(window.above)
        grid = [low + (high - low) * k / GRID for k in range(GRID + 1)]
        grid = [d for d in grid if d] + [mpf(10) ** -k * s for k in range(1, 30) for s in (-1, 1)]
        exact = {d: quotient(d) for d in grid}

        def worst(coefficients):
            return max(abs(mpmath.polyval(coefficients[::-1], d) / exact[d] - 1) for d in grid)

        for degree in range(2, 40):
            coefficients = chebyshev_in_powers(quotient, low, high, degree)
            if worst(coefficients) < mpf(2) ** -TARGET_BITS:
                rounded = [float(c) for c in coefficients]
                return zero, degree, rounded, worst([mpf(c) for c in rounded])
    raise ArithmeticError("no degree below 40 reaches 2^-%d for %s" % (TARGET_BITS, activation_id))


NAMES = {"silu": "kSilu", "mish": "kMish", "gelu": "kGelu", "gelu_tanh": "kGeluTanh"}


def header(expansions):
    lines = [
        "#pragma once",
        "// Generated by tests/reference/zero_expansions.py (see its docstring for the method): do not",
        "// edit; run `/usr/bin/python3 tests/reference/zero_expansions.py` instead. f' next to the zero z",
        "// of f' is d P(d), d the offset from z, for d inside the window (-below, above); P interpolates",
        "// f'(z + d) / d at Chebyshev nodes (mpmath, %d digits), its coefficients rounded to doubles."
        % DIGITS,
        "",
        '#include "../zero_expansion.hpp"',
        "",
        "namespace activations::zeros {",
    ]
    for activation_id, (zero, degree, coefficients, worst) in expansions.items():
        window = WINDOWS[activation_id]
        hi = float(zero)
        lo = float(zero - mpf(hi))
        lines += [
            "",
            "// %s: z = %s in %s; degree %d, |d P(d) / f' - 1| <= 2^%.1f on the window;"
            % (activation_id, mpmath.nstr(zero, 20), window.variable, degree,
               float(mpmath.log(worst, 2))),
            "// %s." % window.reason,
            "constexpr ZeroExpansion<%d> %s = {{%r, %r}, %r, %r, {"
            % (degree + 1, NAMES[activation_id], hi, lo, window.below, window.above),
        ]
        lines += ["    " + " ".join("%r," % c for c in coefficients[k:k + 4])
                  for k in range(0, len(coefficients), 4)]
        lines[-1] = lines[-1][:-1] + "}};"
    lines += ["", "}  // namespace activations::zeros", ""]
    return "\n".join(lines)


def main():
    import generate  # here, not above: generate.py imports WINDOWS from this module

    expansions = {activation_id: expansion(activation_id, generate) for activation_id in WINDOWS}
    with open(HEADER, "w") as out:
        out.write(header(expansions))
    for activation_id, (zero, degree, _, worst) in expansions.items():
        print("%s: zero %s, degree %d, relative error 2^%.1f"
              % (activation_id, mpmath.nstr(zero, 17), degree, float(mpmath.log(worst, 2))))
    print("wrote", os.path.relpath(HEADER))


if __name__ == "__main__":
    main()
