"""Times the course notebook's numpy formulas (shared/seed), copied as written: value and
derivative are two calls, f(x) and f(x, derivative=True), as the notebook plots them.
softplus, gelu and silu are not in the notebook: they are plain numpy of the same textbook
formulas as bench/plain.mjs (gelu in its tanh form: numpy has no erf).
Same command line as bench/native_bench.cpp (--input points.f64, little-endian doubles);
prints the same JSON.
Run with Debian's /usr/bin/python3, which has numpy."""
import json
import statistics
import sys
import time

import numpy as np


# ---- the notebook, verbatim
def linear(x, derivative=False):
    if derivative:
        return np.ones(len(x))
    return x


def relu(x, derivative=False):
    if derivative:
        return np.where(relu(x) > 0, 1, 0)
    return np.where(x > 0, x, 0)


def selu(x, alpha=3, derivative=False):
    if derivative:
        return np.where(selu(x) > 0, 1, alpha * np.exp(x))
    return np.where(x > 0, x, alpha * np.exp(x) - alpha)


def sigmoid(x, derivative=False):
    if derivative:
        return sigmoid(x) * (1 - sigmoid(x))
    return 1 / (1 + np.e ** (-x))


def tanh(x, derivative=False):  # ela já está implementada no numpy
    if derivative:
        return 1 - tanh(x)**2
    return (np.exp(x) - np.exp(-x))/(np.exp(x) + np.exp(-x))


def softmax(x, temperature=1):
    exps = np.exp(x/temperature)
    return exps/np.sum(exps)


# ---- not in the notebook: plain numpy, in the notebook's style
def softplus(x, derivative=False):
    if derivative:
        return 1 / (1 + np.exp(-x))
    return np.where(x > 20, x, np.log1p(np.exp(np.minimum(x, 20))))


def gelu(x, derivative=False):  # the tanh form: numpy has no erf
    c = np.sqrt(2 / np.pi)
    t = np.tanh(c * (x + 0.044715 * x**3))
    if derivative:
        return 0.5 * (1 + t) + 0.5 * x * (1 - t**2) * c * (1 + 3 * 0.044715 * x**2)
    return 0.5 * x * (1 + t)


def silu(x, derivative=False):
    s = 1 / (1 + np.exp(-x))
    if derivative:
        return s * (1 + x * (1 - s))
    return x * s


FUNCTIONS = {'linear': linear, 'relu': relu, 'selu': selu, 'sigmoid': sigmoid, 'tanh': tanh,
             'softplus': softplus, 'gelu': gelu, 'gelu_tanh': gelu, 'silu': silu}


def parse_args(argv):
    options = {'functions': [], 'softmax': [], 'input': None, 'runs': 1}
    for key, value in zip(argv[0::2], argv[1::2]):
        key = key.lstrip('-')
        if key == 'functions':
            options[key] = [item for item in value.split(',') if item]
        elif key == 'softmax':
            options[key] = [int(item) for item in value.split(',') if item]
        elif key == 'input':
            options[key] = value
        elif key == 'runs':
            options[key] = int(value)
    return options


def measure(label, n, runs, call):
    reps = max(1, 1_000_000 // n)
    per_element = []
    for run in range(-1, runs):  # run -1 warms up
        start = time.perf_counter_ns()
        for _ in range(reps):
            call()
        elapsed = time.perf_counter_ns() - start
        if run >= 0:
            per_element.append(elapsed / (reps * n))
    return {'fn': label, 'n': n, 'nsPerElement': statistics.median(per_element), 'runsNs': per_element}


def main():
    options = parse_args(sys.argv[1:])
    results = []
    xs = np.fromfile(options['input'], dtype='<f8')
    n = len(xs)
    for name in options['functions']:
        f = FUNCTIONS[name]
        results.append(measure(name, n, options['runs'], lambda: (f(xs), f(xs, derivative=True))))
    for m in options['softmax']:
        rows = [xs[start:start + m] for start in range(0, n - m + 1, m)]
        results.append(measure(f'softmax_{m}', n, options['runs'], lambda: [softmax(row) for row in rows]))
    print(json.dumps({'implementation': 'numpy', 'numpy': np.__version__, 'results': results}, indent=2))


if __name__ == '__main__':
    main()
