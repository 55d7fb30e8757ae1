#!/usr/bin/python3
"""Writes the reference tables the Catch2 suite checks the C++ kernels against.

Regenerate from the repository root (needs Debian's python3-mpmath; the first `python3` on
PATH may lack it; takes under a minute):

    /usr/bin/python3 tests/reference/generate.py

Files written (any other *.csv in elementwise/ is removed first):

  elementwise/<id>.csv  one per element-wise activation of the catalogue (linear ... threshold),
      header `parameters,x,value,derivative`. `parameters` holds the activation's parameters
      in the catalogue's order, space-separated (empty when it has none). The first block of
      rows is at the default parameters (2,000+ distinct x: the plotted range [-10, 10],
      log-uniform magnitudes 1e-310..1e4 and tails up to the largest double on both signs,
      +-0, subnormals, where naive formulas overflow, both sides of every kink or jump, ~100
      points around the zero of f' for silu, mish, gelu, gelu_tanh, see zero_points); then,
      for an activation with parameters, three other parameter sets of ~200 rows each, and
      for silu two more (beta = 0.01 and 10) with only the points around the zero. Within a
      block x ascends (-0 before +0) and the block ends with x = -inf, +inf (the limits) and
      NaN.
  vector.csv  header `function,temperature,logits,outputs` for softmax, log_softmax and
      softmin; logits and outputs are space-separated lists.

Rounding rule: every expected number is the exact mathematical result for the exact double
inputs (x, the parameters, the logits and temperature are taken as the exact real numbers the
doubles denote; the constants sqrt(2/pi), 0.044715, pi, e are the exact reals), evaluated with
mpmath at 50 significant digits with formulas free of cancellation, and rounded once to the
nearest double (ties to even; below half the smallest subnormal -> a zero of the result's
sign; at or beyond 2^1024 after rounding -> inf). Each number is recomputed at 70 digits,
and at up to 1000 while two precisions disagree or the result sits on a midpoint between two
doubles (silu(x) = x/2 + x^2/4 at a subnormal x: the x^2 term, invisible at 50 digits, breaks
the tie); what is still on a midpoint at 1000 digits is an exact tie (3.4 - 1.3), to even.
Conventions:
  * at a kink or jump, the catalogue's convention (which one-sided limit) decides;
  * at x = +-inf the value and derivative are the limits, with a zero limit written +0;
  * NaN in gives NaN out for value and derivative;
  * an exactly zero result carries a sign only at x = -0: the sign of the function just left
    of 0 (so linear, tanh, gelu, ... give -0 at -0; relu, hardshrink, ... give +0). Results that
    are not exactly zero but round to zero keep their sign (gelu(-40) -> -0).
Doubles are written in C99 hexadecimal as Python's float.hex() writes them with the trailing
zeros of the mantissa stripped ('0x1.8p+1', '0x1p+0', '-0x0p+0', 'inf', '-inf', 'nan'), which
strtod reads back exactly.
"""
import collections
import csv
import glob
import math
import os
import random
import time

import mpmath
from mpmath import mpf

from zero_expansions import WINDOWS

WORKING_DPS = 50
CONFIRMING_DPS = (70, 120, 250, 500, 1000)
mpmath.mp.dps = WORKING_DPS
HERE = os.path.dirname(os.path.abspath(__file__))
ELEMENTWISE_DIR = os.path.join(HERE, "elementwise")
GATED_DIR = os.path.join(HERE, "gated")
MAX_DOUBLE = 1.7976931348623157e308
MIN_SUBNORMAL = 5e-324
MIN_NORMAL = 2.2250738585072014e-308
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805


# ----------------------------------------------------------------------------------------
# Rounding and formatting

def to_double(value):
    """The double nearest to an mpmath number, rounded once, ties to even.

    Exact integer arithmetic on the mpf's mantissa and exponent: Python's int -> float and
    int / int are correctly rounded, subnormals included. (A 40-digit decimal string is not
    enough: exact midpoints between doubles such as 3.4 - 1.3 need more digits, and the
    decimal rounding then decides the tie instead of ties-to-even.)"""
    if mpmath.isnan(value):
        return math.nan
    if mpmath.isinf(value):
        return math.inf if value > 0 else -math.inf
    sign, mantissa, exponent, bits = mpf(value)._mpf_
    if not mantissa:
        return 0.0
    top = exponent + bits  # 2^(top-1) <= |value| < 2^top
    if top >= 1025:
        magnitude = math.inf
    elif top <= -1075:  # below half the smallest subnormal
        magnitude = 0.0
    else:
        try:
            magnitude = (float(mantissa << exponent) if exponent >= 0
                         else mantissa / (1 << -exponent))
        except OverflowError:
            magnitude = math.inf
    return -magnitude if sign else magnitude


def hexd(value):
    """float.hex() without the mantissa's trailing zeros: 3.0 -> '0x1.8p+1', -0.0 -> '-0x0p+0'."""
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        return value.hex()
    mantissa, exponent = value.hex().split("p")
    return mantissa.rstrip("0").rstrip(".") + "p" + exponent


def hexes(values):
    return " ".join(hexd(v) for v in values)


def same_doubles(a, b):
    return [hexd(v) for v in a] == [hexd(v) for v in b]


def near_midpoint(value):
    """Whether an mpf lies within a few units of the working precision of a midpoint between
    two adjacent doubles: there a rounding error of the computation (or a tiny term it dropped,
    like the x^2/4 of silu(x) = x/2 + x^2/4 + ... at a subnormal x) can decide the rounding."""
    if not mpmath.isfinite(value) or not value:
        return False
    def exact(double):  # inf stands for 2^1024, the next double there would be
        return mpf(double) if math.isfinite(double) else math.copysign(1, double) * mpf(2) ** 1024
    nearest = to_double(value)
    neighbours = [math.nextafter(nearest, math.inf), math.nextafter(nearest, -math.inf)]
    for neighbour in neighbours:
        if math.isinf(nearest) and math.isinf(neighbour):
            continue
        midpoint = (exact(nearest) + exact(neighbour)) / 2
        if abs(value - midpoint) <= abs(value) * mpmath.eps * 2 ** 20:
            return True
    return False


def confirmed(compute):
    """Runs compute() (which returns mpf numbers) at WORKING_DPS and again at higher precision
    until two consecutive precisions round to the same doubles and no result sits on a
    midpoint between doubles; returns those doubles. A result still on a midpoint at the
    highest precision is taken as an exact tie (3.4 - 1.3) and rounded to even."""
    previous = None
    for dps in (WORKING_DPS,) + CONFIRMING_DPS:
        with mpmath.workdps(dps):
            values = compute()
            doubles = [to_double(v) for v in values]
            tie = any(near_midpoint(v) for v in values)
        agreed = previous is not None and same_doubles(doubles, previous)
        if agreed and (not tie or dps == CONFIRMING_DPS[-1]):
            return doubles
        previous = doubles
    raise ArithmeticError("no agreement up to %d digits" % CONFIRMING_DPS[-1])


# ----------------------------------------------------------------------------------------
# Building blocks, accurate to the working precision over the whole real line

def sigmoid_of(t):
    """1/(1+e^-t) without cancellation: 1 - sigmoid_of(t) is sigmoid_of(-t)."""
    e = mpmath.exp(-abs(t))
    return 1 / (1 + e) if t >= 0 else e / (1 + e)


def softplus_of(t):
    """ln(1 + e^t) without cancellation or overflow."""
    if t > 0:
        return t + mpmath.log1p(mpmath.exp(-t))
    return mpmath.log1p(mpmath.exp(t))


def mills_ratio(t):
    """Phi(-t)/phi(t) for t >= 10^6 by its asymptotic series, which converges at once there."""
    inverse_square = 1 / (t * t)
    term, total, k = mpf(1), mpf(1), 1
    while abs(term) > mpmath.eps * 2 ** -10:
        term *= -(2 * k - 1) * inverse_square
        total += term
        k += 1
    return total / t


# ----------------------------------------------------------------------------------------
# The activations: each takes x and the parameters as mpf and returns (f(x), f'(x)).
# The definitions, kink conventions and limits are those of the catalogue spec.

def linear(x):
    return x, mpf(1)


def sigmoid(x):
    return sigmoid_of(x), sigmoid_of(x) * sigmoid_of(-x)


def tanh(x):
    return mpmath.tanh(x), mpmath.sech(x) ** 2  # sech^2, not 1 - tanh^2 (0 at 50 digits)


def softsign(x):
    return x / (1 + abs(x)), 1 / (1 + abs(x)) ** 2


def relu(x):
    return (x, mpf(1)) if x > 0 else (mpf(0), mpf(0))


def leaky_relu(x, slope):
    """leaky_relu (negative_slope) and prelu (weight): the kink at 0 takes the left slope."""
    return (x, mpf(1)) if x > 0 else (slope * x, slope)


def selu(x, alpha, scale):
    """selu; elu is selu with scale 1. The kink at 0 takes the left slope scale*alpha."""
    if x > 0:
        return scale * x, scale
    return scale * alpha * mpmath.expm1(x), scale * alpha * mpmath.exp(x)


def elu(x, alpha):
    return selu(x, alpha, mpf(1))


def celu(x, alpha):
    if x > 0:
        return x, mpf(1)
    return alpha * mpmath.expm1(x / alpha), mpmath.exp(x / alpha)


def silu(x, beta):
    t = beta * x
    s = sigmoid_of(t)
    return x * s, s * (1 + t * sigmoid_of(-t))


def mish(x):
    """With u = e^x: tanh(ln(1+u)) = n/(n+2), sech^2(ln(1+u)) = 4(n+1)/(n+2)^2, n = u(u+2),
    and n + 1 = (1+u)^2; no cancellation anywhere but at the zero of f'."""
    u = mpmath.exp(x)
    n = u * (u + 2)
    return x * n / (n + 2), n / (n + 2) + 4 * x * u * (1 + u) / (n + 2) ** 2


def gelu(x):
    """Phi from erfc (no cancellation in 1 + erf for x < 0). Beyond |x| = 10^6, where mpmath's
    erfc fails and an exp of the rounded (x/sqrt 2)^2 would carry an error of x^2 * 2^-prec in
    its exponent, Phi = phi * mills_ratio shares the factor phi, whose exponent -x^2/2 is exact."""
    pdf = mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
    if abs(x) > 10 ** 6:
        tail = pdf * mills_ratio(abs(x))
        cdf = tail if x < 0 else 1 - tail
    else:
        cdf = mpmath.erfc(-x / mpmath.sqrt(2)) / 2
    return x * cdf, cdf + x * pdf


def gelu_tanh(x):
    """(1 + tanh u)/2 = sigmoid(2u) and sech^2 u = 4 sigmoid(2u) sigmoid(-2u)."""
    c, k = mpmath.sqrt(2 / mpmath.pi), mpf("0.044715")  # the exact reals, at this precision
    u = c * (x + k * x ** 3)
    s = sigmoid_of(2 * u)
    return x * s, s + 2 * x * s * sigmoid_of(-2 * u) * c * (1 + 3 * k * x * x)


def softplus(x, beta, threshold):
    t = beta * x  # exact: 106 bits fit in the working precision
    if t <= threshold:
        return softplus_of(t) / beta, sigmoid_of(t)
    return x, mpf(1)


def logsigmoid(x):
    return -softplus_of(-x), sigmoid_of(-x)


def hardtanh(x, min_val, max_val):
    """Kinks: min_val takes the left derivative, max_val the right one (both 0)."""
    value = min_val if x < min_val else max_val if x > max_val else x
    return value, mpf(1) if min_val < x < max_val else mpf(0)


def relu6(x):
    return hardtanh(x, mpf(0), mpf(6))


def hardsigmoid(x):
    if x <= -3:
        return mpf(0), mpf(0)
    if x >= 3:
        return mpf(1), mpf(0)
    return x / 6 + mpf(1) / 2, mpf(1) / 6


def hardswish(x):
    """Kinks: -3 takes the right derivative (-1/2), 3 the left one (3/2)."""
    if x <= -3:
        value = mpf(0)
    elif x >= 3:
        value = x
    else:
        value = x * (x + 3) / 6
    derivative = mpf(0) if x < -3 else mpf(1) if x > 3 else x / 3 + mpf(1) / 2
    return value, derivative


def softshrink(x, lambd):
    if x > lambd:
        return x - lambd, mpf(1)
    if x < -lambd:
        return x + lambd, mpf(1)
    return mpf(0), mpf(0)


def hardshrink(x, lambd):
    """Jumps at +-lambd, where value and derivative are 0."""
    return (x, mpf(1)) if abs(x) > lambd else (mpf(0), mpf(0))


def tanhshrink(x):
    # x - tanh x ~ x^3/3 cancels about 2*log2(1/|x|) bits: carry them.
    extra = max(0, -2 * mpmath.mag(x)) + 20 if x else 0
    with mpmath.extraprec(extra):
        value = x - mpmath.tanh(x)
    return +value, mpmath.tanh(x) ** 2


def threshold(x, threshold_, value):
    """Jump at threshold, where the value is `value` and the derivative 0."""
    return (x, mpf(1)) if x > threshold_ else (value, mpf(0))


def exponential(x):
    e = mpmath.exp(x)
    return e, e


def gaussian(x):
    e = mpmath.exp(-x * x)
    return e, -2 * x * e


def rrelu(x, lower, upper):
    """torch.nn.RReLU in evaluation mode: leaky_relu with the slope (lower + upper) / 2."""
    return leaky_relu(x, (lower + upper) / 2)


def relu_squared(x):
    return (x * x, 2 * x) if x > 0 else (mpf(0), mpf(0))


def squareplus(x, b):
    """(x + s)/2 and (1 + x/s)/2, s = sqrt(x^2 + b); for x < 0 without the cancellation:
    b / (2 (s - x)) and b / (2 s (s - x))."""
    s = mpmath.sqrt(x * x + b)
    if x >= 0:
        return (x + s) / 2, (1 + x / s) / 2
    return b / (2 * (s - x)), b / (2 * s * (s - x))


def sparse_plus(x):
    if x <= -1:
        return mpf(0), mpf(0)
    if x >= 1:
        return x, mpf(1)
    return (x + 1) ** 2 / 4, (x + 1) / 2


def sparse_sigmoid(x):
    """Kinks: -1 and 1 take the flat pieces' derivative 0, as jax.nn writes them (x <= -1, x >= 1)."""
    if x <= -1:
        return mpf(0), mpf(0)
    if x >= 1:
        return mpf(1), mpf(0)
    return (x + 1) / 2, mpf(1) / 2


QUICK_GELU_BETA = 1.702  # the double nearest to 1.702, which every implementation multiplies by


def quick_gelu(x):
    return silu(x, mpf(QUICK_GELU_BETA))


def lisht(x):
    t = mpmath.tanh(x)
    return x * t, t + x * mpmath.sech(x) ** 2


def elish(x):
    if x >= 0:
        return silu(x, mpf(1))
    e = mpmath.exp(x)
    return mpmath.expm1(x) * e / (1 + e), e * (e * e + 2 * e - 1) / (1 + e) ** 2


def sine(x, w):
    return mpmath.sin(w * x), w * mpmath.cos(w * x)


def snake(x, a):
    """x + sin^2(ax)/a and 1 + sin(2ax); w x and 2ax are exact at the working precision and
    mpmath reduces the arguments of sin exactly."""
    return x + mpmath.sin(a * x) ** 2 / a, 1 + mpmath.sin(2 * a * x)


# ----------------------------------------------------------------------------------------
# The catalogue: id -> definition, parameters, kinks, zeros of f', limits at -inf and +inf.

INF = math.inf


def slope_limit(slope):
    """lim a*x at x -> -inf: 0 when a = 0 (not 0 * -inf)."""
    return -INF if slope > 0 else INF if slope < 0 else 0


NONE = lambda *p: ()  # noqa: E731
Activation = collections.namedtuple(
    "Activation", "function defaults extra kinks critical limits exact", defaults=(NONE,))
# function(x, *params) -> (value, derivative); defaults: parameter tuple; extra: other tuples;
# kinks(*params) -> exact kink / jump positions; critical(*params) -> starting guesses for the
# zeros of f'; limits(*params) -> ((f(-inf), f'(-inf)), (f(+inf), f'(+inf))), NaN where there
# is no limit; exact(*params) -> other exact positions to sample around (zeros of f or of f'
# that findroot cannot refine, such as the double zeros of snake').
NAN = math.nan

CATALOGUE = {
    "linear": Activation(linear, (), [], NONE, NONE, lambda: ((-INF, 1), (INF, 1))),
    "sigmoid": Activation(sigmoid, (), [], NONE, NONE, lambda: ((0, 0), (1, 0))),
    "tanh": Activation(tanh, (), [], NONE, NONE, lambda: ((-1, 0), (1, 0))),
    "softsign": Activation(softsign, (), [], NONE, NONE, lambda: ((-1, 0), (1, 0))),
    "relu": Activation(relu, (), [], lambda: (0,), NONE, lambda: ((0, 0), (INF, 1))),
    "leaky_relu": Activation(
        leaky_relu, (0.01,), [(0.2,), (0.3,), (0.0,)],  # Keras 3, Keras 2, relu
        lambda a: (0,), NONE, lambda a: ((slope_limit(a), a), (INF, 1))),
    "prelu": Activation(
        leaky_relu, (0.25,), [(-0.3,), (0.7,), (0.0,)],
        lambda w: (0,), NONE, lambda w: ((slope_limit(w), w), (INF, 1))),
    "relu6": Activation(relu6, (), [], lambda: (0, 6), NONE, lambda: ((0, 0), (6, 0))),
    "elu": Activation(
        elu, (1.0,), [(0.5,), (5.0,), (0.0,)],
        lambda a: (0,), NONE, lambda a: ((-mpf(a), 0), (INF, 1))),
    "celu": Activation(
        celu, (1.0,), [(0.5,), (3.3,), (0.01,)],
        lambda a: (0,), NONE, lambda a: ((-mpf(a), 0), (INF, 1))),
    "selu": Activation(
        selu, (SELU_ALPHA, SELU_SCALE), [(3.0, 1.0), (1.0, 1.0), (0.5, 2.0)],  # (3, 1): notebook
        lambda a, s: (0,), NONE, lambda a, s: ((-mpf(a) * s, 0), (INF, s))),
    "silu": Activation(
        silu, (1.0,), [(0.5,), (1.7,), (0.0,)],
        NONE, lambda b: (-1.28 / b,) if b else (),
        lambda b: ((0, 0), (INF, 1)) if b else ((-INF, 0.5), (INF, 0.5))),
    "mish": Activation(mish, (), [], NONE, lambda: (-1.19,), lambda: ((0, 0), (INF, 1))),
    "gelu": Activation(gelu, (), [], NONE, lambda: (-0.75,), lambda: ((0, 0), (INF, 1))),
    "gelu_tanh": Activation(
        gelu_tanh, (), [], NONE, lambda: (-0.75,), lambda: ((0, 0), (INF, 1))),
    "softplus": Activation(
        softplus, (1.0, 20.0), [(2.0, 20.0), (0.3, 20.0), (1.0, 5.0)],
        lambda b, t: (mpf(t) / b,), NONE, lambda b, t: ((0, 0), (INF, 1))),
    "logsigmoid": Activation(logsigmoid, (), [], NONE, NONE, lambda: ((-INF, 1), (0, 0))),
    "hardtanh": Activation(
        hardtanh, (-1.0, 1.0), [(-2.0, 3.0), (-0.5, 0.5), (0.0, 5.0)],
        lambda lo, hi: (lo, hi), NONE, lambda lo, hi: ((lo, 0), (hi, 0))),
    "hardsigmoid": Activation(
        hardsigmoid, (), [], lambda: (-3, 3), NONE, lambda: ((0, 0), (1, 0))),
    "hardswish": Activation(
        hardswish, (), [], lambda: (-3, 3), NONE, lambda: ((0, 0), (INF, 1))),
    "softshrink": Activation(
        softshrink, (0.5,), [(1.3,), (0.0,), (5.0,)],
        lambda l: (-l, l), NONE, lambda l: ((-INF, 1), (INF, 1))),
    "hardshrink": Activation(
        hardshrink, (0.5,), [(1.3,), (0.0,), (5.0,)],
        lambda l: (-l, l), NONE, lambda l: ((-INF, 1), (INF, 1))),
    "tanhshrink": Activation(tanhshrink, (), [], NONE, NONE, lambda: ((-INF, 1), (INF, 1))),
    "threshold": Activation(
        threshold, (0.5, 0.0), [(0.0, -1.0), (2.0, 1.0), (-2.5, 0.3)],
        lambda t, v: (t,), NONE, lambda t, v: ((v, 0), (INF, 1))),
    "exponential": Activation(exponential, (), [], NONE, NONE, lambda: ((0, 0), (INF, INF))),
    "gaussian": Activation(gaussian, (), [], NONE, NONE, lambda: ((0, 0), (0, 0))),
    "rrelu": Activation(
        rrelu, (0.125, 1 / 3), [(0.0, 0.0), (0.1, 0.3), (1.0, 1.0)],  # relu, a band, identity
        lambda lo, hi: (0,), NONE,
        lambda lo, hi: ((slope_limit(lo + hi), (mpf(lo) + hi) / 2), (INF, 1))),
    "relu_squared": Activation(
        relu_squared, (), [], lambda: (0,), NONE, lambda: ((0, 0), (INF, INF))),
    "squareplus": Activation(
        squareplus, (4.0,), [(1.0,), (0.01,), (20.0,)], NONE, NONE,
        lambda b: ((0, 0), (INF, 1))),
    "sparse_plus": Activation(
        sparse_plus, (), [], lambda: (-1, 1), NONE, lambda: ((0, 0), (INF, 1))),
    "sparse_sigmoid": Activation(
        sparse_sigmoid, (), [], lambda: (-1, 1), NONE, lambda: ((0, 0), (1, 0))),
    "quick_gelu": Activation(
        quick_gelu, (), [], NONE, lambda: (-1.28 / QUICK_GELU_BETA,), lambda: ((0, 0), (INF, 1))),
    "lisht": Activation(lisht, (), [], NONE, NONE, lambda: ((INF, -1), (INF, 1))),
    "elish": Activation(elish, (), [], NONE, lambda: (-0.88,), lambda: ((0, 0), (INF, 1))),
    "snake": Activation(
        snake, (1.0,), [(0.5,), (2.0,), (10.0,)], NONE, NONE,
        lambda a: ((-INF, NAN), (INF, NAN)),
        lambda a: [(k * mpmath.pi - mpmath.pi / 4) / a for k in (-3, 0, 1, 2, 10 ** 6)]),
    "sine": Activation(
        sine, (1.0,), [(0.5,), (3.0,), (30.0,)], NONE, NONE,
        lambda w: ((NAN, NAN), (NAN, NAN)),
        lambda w: [k * mpmath.pi / 2 / w for k in (-7, -2, -1, 1, 2, 3, 2 * 10 ** 6 + 1)]),
}

# Parameter sets whose block holds only the points around the zeros of f' (and the limits):
# silu's zero moves with beta, so the ends of its range join the extra sets above.
ZEROS_ONLY = {"silu": [(0.01,), (10.0,)]}


# ----------------------------------------------------------------------------------------
# Evaluating one row

def evaluate(activation, x, parameters):
    """(value, derivative) as doubles for the double x and the parameter doubles."""
    if math.isnan(x):
        return math.nan, math.nan
    if math.isinf(x):
        below, above = activation.limits(*parameters)
        return tuple(to_double(mpf(v)) for v in (above if x > 0 else below))  # NaN: no limit
    pair = tuple(confirmed(lambda: activation.function(mpf(x), *map(mpf, parameters))))
    if x == 0:  # an exact zero at +-0 takes the sign of f (of f') just on x's side of 0
        beside = activation.function(mpf(2) ** -2000 * math.copysign(1, x), *map(mpf, parameters))
        exact = activation.function(mpf(0), *map(mpf, parameters))
        pair = tuple(math.copysign(0.0, b) if e == 0 else p for p, e, b in zip(pair, exact, beside))
    return pair


def critical_points(activation, parameters):
    """The zeros of f', found with mpmath.findroot from the table's guesses."""
    derivative = lambda x: activation.function(x, *map(mpf, parameters))[1]  # noqa: E731
    with mpmath.workdps(WORKING_DPS + 10):
        return [mpmath.findroot(derivative, mpf(guess))
                for guess in activation.critical(*parameters)]


# ----------------------------------------------------------------------------------------
# Sample points

NAIVE_BREAKS = [s * v for v in (36.0, 37.0, 38.0, 709.0, 710.0, 711.0, 745.0, 746.0)
                for s in (1, -1)]
EXTREMES = [0.0, -0.0, MIN_SUBNORMAL, -MIN_SUBNORMAL, MIN_NORMAL, -MIN_NORMAL,
            MAX_DOUBLE, -MAX_DOUBLE]


def log_uniform(rng, low, high, count):
    """count magnitudes 10^U(low, high) on each sign."""
    return [s * 10.0 ** rng.uniform(low, high) for _ in range(count) for s in (1, -1)]


def default_points(rng):
    """Shared by every activation at its default parameters (2,026 distinct points)."""
    points = EXTREMES + NAIVE_BREAKS + [1e4, -1e4]
    points += [k / 32 for k in range(-320, 321)]  # the plotted range, on a grid...
    points += [rng.uniform(-10, 10) for _ in range(640)]  # ...and with full mantissas
    points += log_uniform(rng, -310, 4, 230)
    points += log_uniform(rng, 4, math.log10(MAX_DOUBLE), 50)
    points += [rng.uniform(-40, 40) for _ in range(100)]
    points += [rng.uniform(-800, 800) for _ in range(60)]
    return points


def extra_points(rng):
    """For another parameter set (~180 points before its kinks)."""
    points = EXTREMES + [36.0, 37.0, 38.0, 709.0, 710.0, 711.0, -745.0, -746.0]
    points += [k / 4 for k in range(-40, 41)]
    points += [rng.uniform(-10, 10) for _ in range(40)]
    points += log_uniform(rng, -310, 4, 15)
    points += log_uniform(rng, 4, math.log10(MAX_DOUBLE), 5)
    return points


def ulp_neighbours(centre, count):
    points, up, down = [centre], centre, centre
    for _ in range(count):
        up, down = math.nextafter(up, INF), math.nextafter(down, -INF)
        points += [up, down]
    return points


def around(position, offsets):
    """The double nearest to the exact real `position`, its 4 neighbours on each side, and the
    doubles nearest to position +- each offset."""
    centre = to_double(mpf(position))
    points = ulp_neighbours(centre, 4)
    for offset in offsets:
        points += [centre + offset, centre - offset]
    return points


KINK_OFFSETS = (1e-12, 1e-8, 1e-4)
ZERO_OFFSETS = tuple(10.0 ** -k for k in range(1, 13))
CRITICAL_OFFSETS = tuple(10.0 ** -k for k in range(2, 13))
ZERO_RANDOM_OFFSETS = 24  # on each side


def zero_points(function_id, zero, parameters):
    """Dense around a zero of f', where f' is a sum of terms that cancel: the double nearest to the
    zero and its 8 neighbours on each side, x at 1e-1 ... 1e-12 from it and at 24 distances on
    each side drawn log-uniformly from [1e-12, 1], and the 2 doubles either side of each edge of
    the kernel's expansion window (zero_expansions.WINDOWS). Its own generator, seeded by the id
    and parameters, leaves the other rows' random points as they were."""
    rng = random.Random("%s %s" % (function_id, hexes(parameters)))
    centre = to_double(mpf(zero))
    points = ulp_neighbours(centre, 8)
    for side in (1, -1):
        offsets = list(ZERO_OFFSETS) + [10 ** rng.uniform(-12, 0) for _ in range(ZERO_RANDOM_OFFSETS)]
        points += [centre + side * offset for offset in offsets]
    window = WINDOWS.get(function_id)
    if window:
        scale = window.scale(*parameters)
        for edge in (-window.below, window.above):
            points += ulp_neighbours(to_double(mpf(zero) + mpf(edge) / scale), 2)
    return points


def special_points(activation, parameters, function_id=None):
    points = []
    for kink in activation.kinks(*parameters):
        points += around(kink, KINK_OFFSETS)
    for zero in critical_points(activation, parameters):
        # A row whose kernel expands f' about its zero (zero_expansions.WINDOWS) gets dense
        # points there; other rows, and the gates of the gated tables, the critical offsets.
        if function_id in WINDOWS:
            points += zero_points(function_id, zero, parameters)
        else:
            points += around(zero, CRITICAL_OFFSETS)
    for position in activation.exact(*parameters):
        points += around(position, CRITICAL_OFFSETS)
    return points


def distinct_sorted(points):
    """Without repeats (-0 and +0 both kept), ascending, -0 before +0."""
    unique = {hexd(p): p for p in points if math.isfinite(p)}
    return sorted(unique.values(), key=lambda p: (p, math.copysign(1, p))) + [-INF, INF, math.nan]


# ----------------------------------------------------------------------------------------
# Element-wise tables

def elementwise_rows(function_id, activation, rng, shared_points):
    blocks = [(activation.defaults, shared_points)]
    blocks += [(parameters, extra_points(rng)) for parameters in activation.extra]
    blocks += [(parameters, []) for parameters in ZEROS_ONLY.get(function_id, ())]
    for parameters, points in blocks:
        points = distinct_sorted(points + special_points(activation, parameters, function_id))
        assert len(points) >= (2003 if parameters == activation.defaults else 100)
        for x in points:
            value, derivative = evaluate(activation, x, parameters)
            yield hexes(parameters), hexd(x), hexd(value), hexd(derivative)


def write_csv(path, header, rows):
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


# ----------------------------------------------------------------------------------------
# Gated functions: f(a; b) = a g(b), df/da = g(b), df/db = a g'(b), for the element-wise gates
# above at their defaults. A factor that is exactly 0 (a = 0, relu below 0, any gate's limit at
# b = -inf) makes the product 0 even when the other is infinite; otherwise an infinite factor
# gives an infinite product.

GATES = {"glu": "sigmoid", "reglu": "relu", "geglu": "gelu", "swiglu": "silu"}


def gate_of(gate_id, b):
    """(g(b), g'(b)) as exact mpf numbers, or the limits at +-inf; None for NaN."""
    activation = CATALOGUE[gate_id]
    if math.isinf(b):
        below, above = activation.limits(*activation.defaults)
        return tuple(mpf(v) for v in (above if b > 0 else below))
    return activation.function(mpf(b), *map(mpf, activation.defaults))


def gated_product(a, g):
    """a g for a double a (as an exact mpf where finite) and an mpf g."""
    if g == 0 or a == 0:
        return mpf(0)
    return mpf(a) * g if math.isfinite(a) else mpf(math.copysign(INF, a)) * mpmath.sign(g)


def gated_row(gate_id, a, b):
    if math.isnan(b):
        return math.nan, math.nan, math.nan
    if math.isnan(a):
        return math.nan, evaluate(CATALOGUE[gate_id], b, CATALOGUE[gate_id].defaults)[0], math.nan

    def compute():
        g, d = gate_of(gate_id, b)
        return gated_product(a, g), g, gated_product(a, d)
    return tuple(confirmed(compute))


GATED_A = [1.0, -1.0, 0.5, -2.5, 3.0, 1e10, -1e300, MAX_DOUBLE, 1e-300, -0.0, 0.0, 7.25, -123.5,
           2.0 ** 1000, MIN_SUBNORMAL]


def gated_points(rng, gate_id):
    """(a, b) pairs: b over the plotted range, the tails and the gate's kinks and zeros of g',
    a cycling through GATED_A and random magnitudes; then the pairs where g(b) underflows while
    a g(b) does not, and the infinities and NaN."""
    bs = EXTREMES + NAIVE_BREAKS + [k / 8 for k in range(-80, 81)]
    bs += [rng.uniform(-10, 10) for _ in range(300)]
    bs += log_uniform(rng, -310, 4, 100) + log_uniform(rng, 4, math.log10(MAX_DOUBLE), 20)
    bs += [rng.uniform(-40, 40) for _ in range(100)] + [rng.uniform(-800, 800) for _ in range(60)]
    bs += special_points(CATALOGUE[gate_id], CATALOGUE[gate_id].defaults)
    pairs = []
    for i, b in enumerate(distinct_sorted(bs)[:-3]):
        a = GATED_A[i % len(GATED_A)] if i % 3 else math.copysign(10.0 ** rng.uniform(-5, 300), rng.uniform(-1, 1))
        pairs.append((a, b))
    for b in (-37.5, -38.4, -39.0, -701.0, -708.5, -740.0, -745.1, -760.0, -1000.0, -1e4):
        pairs += [(a, b) for a in (1e300, -2.0 ** 1000, MAX_DOUBLE, 3.5, INF, -INF)]
    special = [0.0, -1.0, 2.0, INF, -INF, math.nan]
    pairs += [(a, b) for a in special for b in special]
    return pairs


def gated_rows(rng, gate_id):
    for a, b in gated_points(rng, gate_id):
        value, da, db = gated_row(gate_id, a, b)
        yield hexd(a), hexd(b), hexd(value), hexd(da), hexd(db)


# ----------------------------------------------------------------------------------------
# Vector functions

def softmax(logits, temperature):
    """e^((z_i - max)/T) / (1 + sum of the other terms): the largest term is exactly 1."""
    scaled = [(z - max(logits)) / temperature for z in logits]
    top = scaled.index(0)
    others = mpmath.fsum(mpmath.exp(s) for i, s in enumerate(scaled) if i != top)
    return [mpmath.exp(s) / (1 + others) for s in scaled]


def log_softmax(logits, temperature):
    """(z_i - max)/T - log1p(sum of the other terms): log1p keeps a tiny sum (log(1+tiny) would
    be 0 at any precision); below -max double the result is -inf."""
    scaled = [(z - max(logits)) / temperature for z in logits]
    top = scaled.index(0)
    others = mpmath.fsum(mpmath.exp(s) for i, s in enumerate(scaled) if i != top)
    return [s - mpmath.log1p(others) for s in scaled]


def softmin(logits, temperature):
    return softmax([-z for z in logits], temperature)


def sparsemax(logits, temperature):
    """max(s_i - tau, 0), s = (z - max)/T, tau = (s_1 + ... + s_k - 1)/k for the largest k with
    1 + k s_k > s_1 + ... + s_k (s sorted largest first)."""
    shifted = [(z - max(logits)) / temperature for z in logits]
    ordered = sorted(shifted, reverse=True)
    total, support, support_total = mpf(0), 0, mpf(0)
    for k, s_k in enumerate(ordered, 1):
        total += s_k
        if not 1 + k * s_k > total:
            break
        support, support_total = k, total
    tau = (support_total - 1) / support
    return [max(s - tau, mpf(0)) for s in shifted]


def entmax15(logits, temperature):
    """max(s_i - tau, 0)^2, s = (z - max)/(2T): tau_k = mean_k - sqrt((1 - ss_k)/k) over the k
    largest (ss_k the sum of their squared deviations from mean_k), and the support is the
    number of k with tau_k <= s_k (Peters et al. 2019, Algorithm 2)."""
    shifted = [(z - max(logits)) / (2 * temperature) for z in logits]
    ordered = sorted(shifted, reverse=True)
    taus = []
    for k in range(1, len(ordered) + 1):
        top = ordered[:k]
        mean = mpmath.fsum(top) / k
        spread = mpmath.fsum((s - mean) ** 2 for s in top)
        taus.append(mean - mpmath.sqrt(max((1 - spread) / k, mpf(0))))
    support = sum(1 for tau, s in zip(taus, ordered) if tau <= s)
    tau = taus[support - 1]
    return [max(s - tau, mpf(0)) ** 2 for s in shifted]


VECTOR_FUNCTIONS = {"softmax": softmax, "log_softmax": log_softmax, "softmin": softmin,
                    "sparsemax": sparsemax, "entmax15": entmax15}


def vector_cases(rng):
    cases = [
        ([-2, -1, 0, 1, 2], 1.0),  # the notebook's two panels
        ([-2, -1, 0, 1, 2], 2.0),
        ([1000, 1001], 1.0),  # NaN in the notebook: exp(1000) overflows
        ([-1000, 0, 1000], 1.0),
        ([-1e308, 1e308], 1.0),
        ([1.5, 1.5, 1.5, -3.0], 1.0),  # ties
        ([0.0, 1e-12], 1e-300),  # tiny temperature: one-hot
        ([1e300, -1e300, 0.0], 1e300),  # huge temperature spread
        ([3.0, 1.0, 0.2], 1e-2),
        ([3.0, 1.0, 0.2], 1e2),
        ([0.1, 0.2, 0.15, -0.3, 0.05], 1.0),  # supports of every size for the sparse maps
        ([0.1, 0.2, 0.15, -0.3, 0.05], 0.1),
        ([1.0, 1.0, 1.0, 0.0], 1.0),
        ([1.0, 0.0], 1.0),  # sparsemax: exactly (1, 0), its threshold on the second logit
        ([0.5, 0.0, -0.25, -2.0], 0.5),
    ]
    for n in (1, 2, 10, 100):
        for temperature in (0.5, 1.0, 3.0):
            cases.append(([rng.uniform(-50, 50) for _ in range(n)], temperature))
    return [([float(z) for z in logits], temperature) for logits, temperature in cases]


def vector_rows(rng):
    cases = vector_cases(rng)
    for name, function in VECTOR_FUNCTIONS.items():
        for logits, temperature in cases:
            outputs = confirmed(lambda: function([mpf(z) for z in logits], mpf(temperature)))
            yield name, hexd(temperature), hexes(logits), hexes(outputs)


# ----------------------------------------------------------------------------------------
# Self-check against independently known constants

def self_check():
    def f(function_id, x, parameters=None):
        activation = CATALOGUE[function_id]
        return evaluate(activation, x, activation.defaults if parameters is None else parameters)

    # Rounding and formatting.
    assert to_double(mpf(1) + mpf(2) ** -53) == 1.0  # tie -> even
    assert to_double(mpf(1) + 3 * mpf(2) ** -53) == 1.0 + 2.0 ** -51
    assert to_double(mpf(2) ** -1075) == 0.0 and to_double(mpf(2) ** -1075 * 1.5) == 5e-324
    assert hexd(to_double(-mpf(2) ** -1076)) == "-0x0p+0"
    assert to_double(mpf(2) ** 1024 - mpf(2) ** 970) == INF
    assert to_double(mpf(2) ** 1024 - mpf(2) ** 970 - mpf(2) ** 900) == MAX_DOUBLE
    assert to_double(mpf("0.1")) == 0.1 and to_double(mpf(3.4) - mpf(1.3)) == 3.4 - 1.3
    assert [hexd(v) for v in (3.0, -0.0, 0.0, 1.0)] == ["0x1.8p+1", "-0x0p+0", "0x0p+0", "0x1p+0"]

    # Known values: Phi(1), 1/(1+1/e), tanh(ln(1+e)), ln 2, ln(1+e), 1/e - 1, tanh 1, lambda*alpha.
    assert f("gelu", 1.0)[0] == 0.8413447460685429
    assert f("gelu", 0.0) == (0.0, 0.5) and f("gelu", -40.0)[0] == 0.0
    assert abs(f("gelu_tanh", 1.0)[0] - 0.841192) < 1e-6  # jax.nn.gelu(1.0)
    assert f("silu", 1.0)[0] == 0.7310585786300049 == f("sigmoid", 1.0)[0]
    assert f("sigmoid", 0.0) == (0.5, 0.25)
    assert f("mish", 1.0)[0] == 0.8650983882673103
    assert f("tanh", 1.0)[0] == 0.7615941559557649
    assert f("tanhshrink", 1.0)[0] == float("0.23840584404423511188054171739521")  # 1 - tanh 1
    assert f("softsign", 1.0) == (0.5, 0.25)
    assert f("hardswish", 1.0) == (2 / 3, 5 / 6)
    assert f("hardswish", -3.0) == (0.0, -0.5) and f("hardswish", 3.0) == (3.0, 1.5)
    assert f("logsigmoid", 0.0) == (-0.6931471805599453, 0.5)
    assert f("softplus", 0.0)[0] == 0.6931471805599453
    assert f("softplus", 1.0)[0] == 1.3132616875182228
    assert f("relu6", 7.0) == f("relu6", 6.0) == (6.0, 0.0) and f("relu6", 0.0) == (0.0, 0.0)
    assert f("elu", -1.0) == (-0.6321205588285577, 0.36787944117144233)
    assert f("selu", -INF)[0] == -1.7580993408473766
    assert f("leaky_relu", 0.0) == (0.0, 0.01) and f("prelu", -2.0) == (-0.5, 0.25)
    assert f("threshold", 0.5) == (0.0, 0.0) and f("threshold", 2.0, (2.0, 1.0)) == (1.0, 0.0)
    assert f("hardshrink", 0.5) == (0.0, 0.0) and f("softshrink", -0.5) == (0.0, 0.0)
    assert f("softshrink", 3.4, (1.3,))[0] == 3.4 - 1.3  # an exact tie, to even
    assert f("hardtanh", -1.0) == (-1.0, 0.0) and f("hardsigmoid", -3.0) == (0.0, 0.0)
    assert f("hardsigmoid", 3.0 - 2.0 ** -51)[1] == 1 / 6
    assert hexd(f("linear", -0.0)[0]) == "-0x0p+0" and hexd(f("relu", -0.0)[0]) == "0x0p+0"
    # silu(x) = x/2 + x^2/4 + ...: at x = 5 * 2^-1074, x/2 is a tie the x^2 term breaks upwards.
    assert f("silu", 5e-324 * 5) == (5e-324 * 3, 0.5) and f("gelu", 5e-324 * 5)[0] == 5e-324 * 3

    # The minimum of silu is at -(1 + W(1/e)), where silu = -W(1/e) = -0.27846454276107379...
    (zero,) = critical_points(CATALOGUE["silu"], (1.0,))
    assert abs(zero + 1 + mpmath.lambertw(mpmath.exp(-1))) < mpf(10) ** -45
    assert f("silu", to_double(zero))[0] == to_double(-mpmath.lambertw(mpmath.exp(-1)))
    (zero,) = critical_points(CATALOGUE["gelu"], ())
    assert abs(zero + 0.75179) < 1e-4 and abs(f("gelu", to_double(zero))[0] + 0.16997) < 1e-4
    (zero,) = critical_points(CATALOGUE["mish"], ())
    assert abs(zero + 1.1924) < 1e-4 and abs(f("mish", to_double(zero))[0] + 0.30884) < 1e-5

    # The hand-written limits agree with the functions far beyond the doubles (a zero there may
    # be the rounding of a tiny negative number; the limit is written +0).
    for activation in CATALOGUE.values():
        for parameters in [activation.defaults] + activation.extra:
            for sign, limit in zip((-1, 1), activation.limits(*parameters)):
                if any(math.isnan(v) for v in limit):
                    continue  # no limit: sin oscillates
                far = activation.function(sign * mpf(2) ** 5000, *map(mpf, parameters))
                assert [to_double(v) + 0.0 for v in far] == [to_double(mpf(v)) for v in limit]

    # Vector functions: softmax([1000, 1001]) = (1/(1+e), e/(1+e)); log_softmax of ties.
    pair = [mpf(1000), mpf(1001)]
    assert confirmed(lambda: softmax(pair, mpf(1))) == [0.2689414213699951, 0.7310585786300049]
    assert confirmed(lambda: softmin(pair, mpf(1))) == [0.7310585786300049, 0.2689414213699951]
    assert confirmed(lambda: log_softmax([mpf(3), mpf(3)], mpf(1))) == [-0.6931471805599453] * 2
    assert confirmed(lambda: log_softmax([mpf(-1e308), mpf(1e308)], mpf(1)))[0] == -INF


# ----------------------------------------------------------------------------------------

def main():
    started = time.time()
    self_check()
    rng = random.Random(20261127)
    shared_points = default_points(rng)
    os.makedirs(ELEMENTWISE_DIR, exist_ok=True)
    for stale in glob.glob(os.path.join(ELEMENTWISE_DIR, "*.csv")):
        os.remove(stale)
    for name in ("elementwise.csv", "softmax.csv"):  # the tables these files replaced
        if os.path.exists(os.path.join(HERE, name)):
            os.remove(os.path.join(HERE, name))
    for function_id, activation in CATALOGUE.items():
        count = write_csv(os.path.join(ELEMENTWISE_DIR, function_id + ".csv"),
                          ["parameters", "x", "value", "derivative"],
                          elementwise_rows(function_id, activation, rng, shared_points))
        print("elementwise/%s.csv: %d rows" % (function_id, count))
    os.makedirs(GATED_DIR, exist_ok=True)
    for gated_id, gate_id in GATES.items():
        count = write_csv(os.path.join(GATED_DIR, gated_id + ".csv"), ["a", "b", "value", "da", "db"],
                          gated_rows(rng, gate_id))
        print("gated/%s.csv: %d rows" % (gated_id, count))
    count = write_csv(os.path.join(HERE, "vector.csv"),
                      ["function", "temperature", "logits", "outputs"], vector_rows(rng))
    print("vector.csv: %d rows (%.0f s)" % (count, time.time() - started))


if __name__ == "__main__":
    main()
