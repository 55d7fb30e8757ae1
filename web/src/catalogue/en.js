// The English texts of every catalogue row, keyed by its id: name, explanation, convention
// note (what we follow where frameworks differ), and labels for its parameters and presets.
// pt.js mirrors it; tests/js/catalogue.test.mjs fails when an id, parameter or preset lacks a
// text in either, or a text names an id the catalogue does not have.

export default {
  families: {
    classic: 'Classic',
    relu: 'ReLU family',
    smooth: 'Smooth and self-gated',
    hard: 'Hard and shrink',
    periodic: 'Periodic',
    vector: 'Vector functions',
    gated: 'Gated linear units',
  },
  rows: {
    linear: {
      name: 'Linear (no activation)',
      explanation:
        'No activation at all: the output equals the input and the slope is 1 everywhere. Stacked linear ' +
        'layers collapse into one linear map, so a network without a non-linearity cannot learn curved ' +
        'decision boundaries. It is still the usual choice for the output of a regression network.',
      convention: 'All frameworks agree: the identity, with f′ = 1.',
    },
    sigmoid: {
      name: 'Sigmoid',
      explanation:
        'The sigmoid squeezes any input into the interval (0, 1). It was long the favourite for hidden ' +
        'layers, thanks to its neat probabilistic and biological readings; today it mostly produces the ' +
        'output of binary classifiers. Its slope is at most 0.25 and is tiny outside roughly [−2, 2]: ' +
        'multiplied through many layers it fades to almost nothing, the vanishing gradient problem that ' +
        'makes deep sigmoid networks slow or impossible to train.',
      convention: 'All frameworks agree: 1/(1 + e⁻ˣ).',
    },
    tanh: {
      name: 'Tanh',
      explanation:
        'The hyperbolic tangent has the sigmoid’s S shape but runs from −1 to 1 and is centred on zero. ' +
        'Its slope reaches 1 at the origin, four times the sigmoid’s peak, so its gradients are much ' +
        'larger, though they still vanish far from zero. It remains common inside recurrent cells such as' +
        ' the LSTM.',
      convention: 'All frameworks agree.',
    },
    softsign: {
      name: 'Softsign',
      explanation:
        'Softsign, x/(1 + |x|), has the S shape of tanh and the same range, (−1, 1), but it approaches ' +
        'its limits slowly, like 1/x, rather than exponentially. Its slope, 1/(1 + |x|)², is 1 at the ' +
        'origin and falls off gently: at x = 10 it is still about 0.008, while the slope of tanh is ' +
        'already below 10⁻⁸. It has been studied as a tanh that saturates less; it is cheap, but rarely ' +
        'chosen today.',
      convention: 'All frameworks agree: x/(1 + |x|).',
    },
    exponential: {
      name: 'Exponential',
      explanation:
        'The exponential eˣ as an activation: always positive, growing without bound, and equal to its ' +
        'own derivative. It is used where an output must be positive, such as a rate or a variance ' +
        'predicted as the exponential of a linear unit, and it sits inside softmax. In hidden layers it ' +
        'is risky: beyond x ≈ 709.8 it overflows double precision, and its gradient grows exactly as fast' +
        ' as the function.',
      convention: 'Keras’s exponential is exp(x); f and f′ overflow to ∞ together, beyond x ≈ 709.78.',
    },
    gaussian: {
      name: 'Gaussian',
      explanation:
        'The Gaussian bump exp(−x²) is 1 at the origin and falls to 0 on both sides. It is a radial basis' +
        ' function, the building block of RBF networks, whose units respond to how close an input is to a' +
        ' centre rather than to which side of a threshold it lies. Its slope −2x·exp(−x²) is largest in ' +
        'size at x = ±1/√2 ≈ ±0.71 and vanishes far from the origin on both sides.',
      convention:
        'exp(−x²), without the normal density’s 1/√(2π); none of PyTorch, Keras, JAX or TensorFlow ships ' +
        'it as an activation.',
    },
    relu: {
      name: 'ReLU',
      explanation:
        'ReLU keeps positive inputs and replaces negative ones with 0. It is the usual choice for hidden ' +
        'layers: cheap to compute, and its slope is a constant 1 for positive inputs, so gradients pass ' +
        'through unchanged. For negative inputs the slope is 0: a unit whose inputs stay negative stops ' +
        'learning (a “dead” ReLU). At exactly 0 we take the slope to be 0, as PyTorch does.',
      convention: 'relu′(0) = 0, as PyTorch, JAX and TensorFlow differentiate it.',
    },
    leaky_relu: {
      name: 'Leaky ReLU',
      explanation:
        'Leaky ReLU is ReLU with a small slope a for negative inputs instead of a flat 0, so a neuron ' +
        'whose inputs stay negative still gets some gradient and can recover: as long as a > 0, no unit ' +
        'dies. Frameworks disagree on the default slope: we follow PyTorch’s 0.01, while Keras and ' +
        'TensorFlow use 0.2 or 0.3, depending on the function. At exactly 0 we take the left slope, a.',
      convention:
        'Defaults differ: a = 0.01 in PyTorch and JAX, 0.2 in Keras’s leaky_relu and tf.nn.leaky_relu, ' +
        '0.3 in Keras’s LeakyReLU layer; Keras’s relu(negative_slope = a) is the same function. At 0 we ' +
        'take the left slope a, as PyTorch does (JAX takes 1).',
      parameters: {
        negative_slope: 'negative slope (a)',
      },
      presets: {
        pytorch: 'PyTorch and JAX (0.01)',
        keras: 'Keras and TensorFlow (0.2)',
        keras_layer: 'Keras LeakyReLU layer (0.3)',
      },
    },
    prelu: {
      name: 'PReLU',
      explanation:
        'PReLU (parametric ReLU) has the shape of Leaky ReLU, but its negative slope w is a weight that ' +
        'the network learns by backpropagation, one per layer or one per channel; PyTorch starts it at ' +
        '0.25. Move the slider to see its shapes: w = 0 gives ReLU, w = 1 the identity, and a negative w ' +
        'turns the left half upwards, so the function is no longer monotonic. Learning w costs almost ' +
        'nothing: for a negative input, the gradient with respect to w is just x.',
      convention:
        'One shared weight, initialised to 0.25 as in torch.nn.PReLU (Keras’s PReLU layer starts at 0) ' +
        'and learned in training.',
      parameters: {
        weight: 'weight (w)',
      },
    },
    rrelu: {
      name: 'RReLU (randomized)',
      explanation:
        'RReLU is a Leaky ReLU whose negative slope is random during training: each negative input draws ' +
        'its slope uniformly from [lower, upper], 1/8 to 1/3 by default, which acts as a regulariser. At ' +
        'evaluation time the slope is fixed at the average, (lower + upper)/2 ≈ 0.229, and that is the ' +
        'curve drawn here. It was proposed in a study of rectified units for image classification (Xu et ' +
        'al., 2015).',
      convention:
        'The evaluation mode of torch.nn.RReLU: the slope (lower + upper)/2. In training each negative ' +
        'input draws its slope from [lower, upper].',
      parameters: {
        lower: 'lower (l)',
        upper: 'upper (u)',
      },
    },
    relu6: {
      name: 'ReLU6',
      explanation:
        'ReLU6 is ReLU capped at 6: inputs between 0 and 6 pass unchanged, smaller ones become 0 and ' +
        'larger ones 6. A bounded output holds up well in low-precision arithmetic, which is why ' +
        'MobileNetV2 uses it. The slope is 1 strictly between 0 and 6 and 0 everywhere else, at both ' +
        'corners too, as in PyTorch: a unit stuck above 6 learns no more than one stuck below 0.',
      convention:
        'f′ = 0 at both corners, 0 and 6, as in PyTorch and JAX; Keras’s relu(max_value = 6) is the same ' +
        'function.',
    },
    relu_squared: {
      name: 'Squared ReLU',
      explanation:
        'Squared ReLU, max(0, x)², came out of an automated search for better Transformer feed-forward ' +
        'layers (the Primer architecture, So et al., 2021). It is 0 for negative inputs and grows like x²' +
        ' for positive ones. Its slope 2x is continuous, so unlike ReLU it has no corner at 0, but large ' +
        'inputs get large slopes, which can make training less stable.',
      convention: 'max(0, x)², whose slope 2x is unbounded; frameworks compose it from relu and a square.',
    },
    elu: {
      name: 'ELU',
      explanation:
        'ELU (exponential linear unit) is the identity for positive inputs and α(eˣ − 1) for negative ' +
        'ones, a curve that levels off at −α. Negative outputs pull the mean activation towards zero, and' +
        ' negative inputs keep a non-zero slope, so units do not die. With α = 1 the slope is continuous ' +
        'at 0; for other α it jumps from α to 1, and at exactly 0 we take the left value, α. The ' +
        'exponential makes it costlier than ReLU.',
      convention: 'α = 1 in every framework; at 0 we take the left slope α, as PyTorch does.',
      parameters: {
        alpha: 'α (alpha)',
      },
    },
    celu: {
      name: 'CELU',
      explanation:
        'CELU (continuously differentiable ELU) rescales ELU’s negative branch to α(exp(x/α) − 1). It ' +
        'still levels off at −α, but its slope at 0 is 1 from both sides for any α, so the derivative ' +
        'never jumps, unlike ELU’s when α ≠ 1. With α = 1 it is exactly ELU; a larger α stretches the ' +
        'negative branch, which then approaches −α more slowly.',
      convention: 'α = 1 in PyTorch, JAX and Keras 3.',
      parameters: {
        alpha: 'α (alpha)',
      },
    },
    selu: {
      name: 'SELU',
      explanation:
        'SELU (scaled exponential linear unit) is a scaled line for positive inputs and a scaled ' +
        'exponential that levels off at −scale·α for negative ones. Negative inputs keep a non-zero ' +
        'slope, so units do not die as they can with ReLU; with the standard constants (α ≈ 1.6733, scale' +
        ' ≈ 1.0507) the activations tend to keep zero mean and unit variance from layer to layer ' +
        '(“self-normalising”). The course notebook used α = 3 and scale = 1: try its preset.',
      convention:
        'The standard constants α ≈ 1.6733 and scale ≈ 1.0507, in every framework; the course notebook’s ' +
        'α = 3, scale = 1 is a preset.',
      parameters: {
        alpha: 'α (alpha)',
        scale: 'scale',
      },
      presets: {
        standard: 'Standard constants',
        notebook: 'Course notebook (α = 3, scale = 1)',
      },
    },
    silu: {
      name: 'SiLU / Swish',
      explanation:
        'SiLU multiplies the input by its own sigmoid, x·σ(βx), so the input gates itself. It is smooth, ' +
        'close to ReLU for large |x|, and dips slightly below zero (to about −0.28 near x ≈ −1.28 when β ' +
        '= 1), so it is not monotonic. An automated search at Google found it again and named it Swish; ' +
        'EfficientNet uses it. PyTorch’s SiLU and Keras’s swish fix β = 1, our default; β = 0 gives x/2, ' +
        'and a large β approaches ReLU.',
      convention:
        'β = 1 in PyTorch’s SiLU, Keras’s silu and swish and JAX’s silu; tf.nn.silu takes β, Swish’s ' +
        'trainable parameter, as an argument.',
      parameters: {
        beta: 'β (beta)',
      },
    },
    mish: {
      name: 'Mish',
      explanation:
        'Mish, x·tanh(softplus(x)), looks much like SiLU: smooth, unbounded above, bounded below, with a ' +
        'small dip to about −0.31 near x ≈ −1.19. It became known through the YOLOv4 object detector, ' +
        'which uses it in its backbone. Like SiLU and GELU, its slope overshoots 1 a little (up to about ' +
        '1.09) before settling at 1. The price is computation: each value needs an exponential, a ' +
        'logarithm and a tanh, where ReLU needs one comparison.',
      convention: 'All frameworks agree: x·tanh(softplus(x)).',
    },
    gelu: {
      name: 'GELU (exact, erf)',
      explanation:
        'GELU (Gaussian error linear unit) multiplies the input by Φ(x), the probability that a standard ' +
        'normal variable falls below x: large inputs pass almost unchanged, very negative ones are nearly' +
        ' zeroed, and in between the curve dips to about −0.17. It is the activation of BERT, GPT-2 and ' +
        'many later Transformers. This entry is the exact form, written with the error function erf; it ' +
        'is PyTorch’s default, while JAX defaults to the tanh approximation, listed separately.',
      convention:
        'The exact form, with erf: PyTorch’s nn.GELU() and the gelu of Keras and TensorFlow default to ' +
        'it; JAX’s jax.nn.gelu defaults to the tanh form (GELU, tanh approximation).',
    },
    gelu_tanh: {
      name: 'GELU (tanh approximation)',
      explanation:
        'This form of GELU replaces Φ(x) with ½(1 + tanh(√(2/π)·(x + 0.044715x³))), an approximation from' +
        ' the original GELU paper that avoids the error function. Google’s BERT code and OpenAI’s GPT-2 ' +
        'code use it, and it is JAX’s default; in PyTorch it is nn.GELU(approximate="tanh"). It stays ' +
        'within 0.0005 of the exact GELU and its slope within 0.001, so the two entries look the same ' +
        'here: compare the numbers, not the pictures.',
      convention:
        'JAX’s default gelu; in PyTorch GELU(approximate = "tanh"), in Keras and TensorFlow ' +
        'gelu(approximate = True).',
    },
    quick_gelu: {
      name: 'QuickGELU',
      explanation:
        'QuickGELU, x·σ(1.702x), approximates GELU with a single sigmoid: σ(1.702x) stays within about ' +
        '0.01 of the normal distribution function Φ(x). OpenAI trained CLIP with it, so models built on ' +
        'CLIP keep it. It is SiLU with β = 1.702: the same shape, a little sharper, with its minimum of ' +
        'about −0.164 near x ≈ −0.75.',
      convention:
        'As Hugging Face Transformers’ QuickGELUActivation; none of PyTorch, Keras, JAX or TensorFlow ' +
        'ships it (it is SiLU at β = 1.702).',
    },
    softplus: {
      name: 'Softplus',
      explanation:
        'Softplus, (1/β)·ln(1 + exp(βx)), is a smooth ReLU: always positive, near 0 for very negative ' +
        'inputs and near x for large ones; a larger β makes the bend sharper. Its derivative is the ' +
        'sigmoid σ(βx), so the gradient is never exactly 0 and no unit dies. As in PyTorch, once βx ' +
        'exceeds the threshold (20 by default) we return x itself: invisible at 20, but lower the ' +
        'threshold to see the jump this switch creates.',
      convention:
        'PyTorch returns x itself where βx > threshold (20), which leaves a jump of log(1 + ' +
        'e^−threshold)/β (2·10⁻⁹ at the defaults); Keras, JAX and TensorFlow compute log(1 + eˣ), without' +
        ' β or a threshold.',
      parameters: {
        beta: 'β (beta)',
        threshold: 'threshold for βx',
      },
    },
    squareplus: {
      name: 'Squareplus',
      explanation:
        'Squareplus, (x + √(x² + b))/2, is a smooth ReLU built from a square root alone: no exponential ' +
        'or logarithm, so it is cheap and never overflows. Like softplus it is positive, near 0 for very ' +
        'negative inputs and near x for large ones; b sets how round the bend is, and b → 0 gives ReLU. ' +
        'Its left tail is slow: for negative x it decays like b/(4|x|), not exponentially.',
      convention:
        'b = 4, as in Keras and JAX, which compute (x + √(x² + b))/2 as written: for very negative x that' +
        ' loses its digits, so we use the equal b/(2(√(x² + b) − x)) there.',
      parameters: {
        b: 'b (smoothness)',
      },
    },
    logsigmoid: {
      name: 'LogSigmoid',
      explanation:
        'LogSigmoid is the logarithm of the sigmoid, ln σ(x) = −softplus(−x): always negative, near 0 for' +
        ' large inputs and near the line y = x for very negative ones. Its slope, σ(−x) = 1 − σ(x), falls' +
        ' from 1 to 0 as x grows. It sits inside losses for binary labels, such as binary cross-entropy ' +
        'computed from logits. Taking log(sigmoid(x)) in two steps breaks in the negative tail, where the' +
        ' sigmoid rounds to 0 and its logarithm to −∞; the softplus form stays accurate.',
      convention: 'All frameworks agree: −softplus(−x).',
    },
    lisht: {
      name: 'LiSHT',
      explanation:
        'LiSHT, x·tanh(x), is an even function: it treats x and −x alike, is never negative and grows ' +
        'like |x| on both sides. Unlike ReLU its slope does not vanish for negative inputs (it tends to ' +
        '−1), so no unit dies, and near 0 it behaves like x². It was proposed for image and sentiment ' +
        'classifiers (Roy et al., 2019).',
      convention: 'x·tanh(x), as the paper defines it; none of PyTorch, Keras, JAX or TensorFlow ships it.',
    },
    elish: {
      name: 'ELiSH',
      explanation:
        'ELiSH joins SiLU for positive inputs to an ELU-like curve for negative ones: x·σ(x) for x ≥ 0 ' +
        'and (eˣ − 1)·σ(x) below 0. It dips to about −0.172 near x ≈ −0.88 and then rises back towards 0,' +
        ' so, like SiLU, it is not monotonic. Its slope is 1/2 at 0 from both sides. It was proposed in a' +
        ' search for activations by Basirat and Roth (2018).',
      convention:
        'As the paper defines it; f′ is continuous at 0 (1/2 from both sides). None of PyTorch, Keras, ' +
        'JAX or TensorFlow ships it.',
    },
    hardtanh: {
      name: 'Hardtanh',
      explanation:
        'Hardtanh is a piecewise-linear stand-in for tanh: the identity between min and max (−1 and 1 by ' +
        'default), clipped to those values outside. It costs two comparisons, and ReLU6 is the case min =' +
        ' 0, max = 6. Its slope is 1 strictly inside the interval and 0 outside and at both corners, so a' +
        ' unit pushed into a flat part gets no gradient at all: a harsher form of the saturation of tanh.',
      convention:
        'f′ = 0 at both corners, as in PyTorch; the hard_tanh of Keras and JAX fixes the bounds at −1 and' +
        ' 1.',
      parameters: {
        min_val: 'min',
        max_val: 'max',
      },
    },
    hardsigmoid: {
      name: 'Hardsigmoid',
      explanation:
        'Hardsigmoid replaces the sigmoid with three straight pieces: 0 up to x = −3, the line x/6 + 1/2 ' +
        'between −3 and 3, and 1 from 3 on. It is cheap, which matters on phones: MobileNetV3 uses it in ' +
        'its squeeze-and-excitation blocks. Definitions differ: we follow PyTorch and Keras 3, relu6(x + ' +
        '3)/6, while older Keras used 0.2x + 0.5, which saturates at x = ±2.5. The slope is 1/6 strictly ' +
        'inside (−3, 3) and 0 elsewhere, including at ±3.',
      convention:
        'relu6(x + 3)/6, as in PyTorch, JAX and Keras 3; Keras 2 (tf.keras up to TensorFlow 2.15) used ' +
        'clip(0.2x + 0.5, 0, 1), which saturates at ±2.5.',
    },
    hardswish: {
      name: 'Hardswish',
      explanation:
        'Hardswish, x·relu6(x + 3)/6, is a cheap imitation of SiLU/Swish: 0 up to −3, the identity from 3' +
        ' on, and the parabola x(x + 3)/6 in between, which dips to −0.375 at x = −1.5. MobileNetV3 ' +
        'introduced it to keep most of the benefit of Swish at a lower cost on phones. The slope jumps at' +
        ' both ends of the parabola; we take the inner value, as PyTorch does: f′(−3) = −1/2 and f′(3) = ' +
        '3/2, and between 1.5 and 3 the slope is above 1.',
      convention:
        'f′(−3) = −1/2 and f′(3) = 3/2, the inner values, as PyTorch’s backward computes them; Keras and ' +
        'JAX call it hard_silu or hard_swish.',
    },
    sparse_plus: {
      name: 'SparsePlus',
      explanation:
        'SparsePlus is a softplus made exactly sparse: 0 for x ≤ −1, the parabola (x + 1)²/4 between −1 ' +
        'and 1, and x from 1 on. The pieces meet with equal slopes, so the derivative is continuous, yet ' +
        'every input below −1 gives exactly 0 and no gradient. Its derivative is SparseSigmoid. Both come' +
        ' from the theory of Fenchel–Young losses (Blondel et al., 2020).',
      convention: 'As jax.nn.sparse_plus and Keras 3: the parabola on the open interval (−1, 1).',
    },
    sparse_sigmoid: {
      name: 'SparseSigmoid',
      explanation:
        'SparseSigmoid replaces the sigmoid with a straight ramp: 0 up to −1, (x + 1)/2 between −1 and 1,' +
        ' and 1 from 1 on. It is the derivative of SparsePlus. Like Hardsigmoid it reaches 0 and 1 ' +
        'exactly, but its ramp is steeper, slope 1/2, over a narrower band. Outside (−1, 1) the slope is ' +
        '0, so no gradient flows there.',
      convention:
        'At x = ±1 we take the flat pieces’ slope 0, as the x ≤ −1 and x ≥ 1 branches of Keras 3 give.',
    },
    softshrink: {
      name: 'Softshrink',
      explanation:
        'Softshrink sets every input between −λ and λ to 0 and moves the others λ closer to zero: x − λ ' +
        'above λ, x + λ below −λ. This is soft thresholding, the step that removes small coefficients in ' +
        'sparse coding and wavelet denoising (the proximal operator of the L1 penalty λ|x|). The curve is' +
        ' continuous, but its slope jumps between 0 and 1 at ±λ; at exactly ±λ we take the slope 0 of the' +
        ' flat middle part.',
      convention: 'λ = 0.5, called lambd in PyTorch and threshold in Keras 3.',
      parameters: {
        lambd: 'λ (lambda)',
      },
    },
    hardshrink: {
      name: 'Hardshrink',
      explanation:
        'Hardshrink keeps an input unchanged when |x| > λ and sets it to 0 otherwise: hard thresholding, ' +
        'which drops small values without shrinking the large ones. Unlike Softshrink it jumps, by λ, at ' +
        'x = ±λ; there we take the value 0 and the slope 0, as PyTorch does. The derivative is only ever ' +
        '1 or 0, so an input that falls in the zeroed band gets no gradient at all.',
      convention: 'λ = 0.5 in PyTorch and Keras 3; f = 0 on the closed interval [−λ, λ].',
      parameters: {
        lambd: 'λ (lambda)',
      },
    },
    tanhshrink: {
      name: 'Tanhshrink',
      explanation:
        'Tanhshrink is x − tanh x: almost flat near the origin, where it behaves like x³/3, and close to ' +
        'the lines x − 1 and x + 1 for large positive and negative inputs. Its slope, tanh² x, is 0 at ' +
        'the origin and approaches 1 far from it: small inputs are suppressed and large ones pass, a ' +
        'smooth relative of the shrink functions. PyTorch provides it, but modern networks rarely use it.',
      convention: 'All frameworks agree: x − tanh x.',
    },
    threshold: {
      name: 'Threshold',
      explanation:
        'Threshold passes x through when it is above the threshold θ and replaces it with a fixed value v' +
        ' otherwise; with θ = 0 and v = 0 it is ReLU. Unless v = θ the function jumps at θ, and at ' +
        'exactly θ it takes the value v, with slope 0. Its derivative is 1 above θ and 0 below, so ' +
        'backpropagation never sees the jump, however large it is.',
      convention:
        'PyTorch’s nn.Threshold and Keras 3’s threshold take both arguments without defaults; ours are θ ' +
        '= 0.5 and v = 0. Both return v at x = θ.',
      parameters: {
        threshold: 'threshold (θ)',
        value: 'value (v)',
      },
    },
    snake: {
      name: 'Snake',
      explanation:
        'Snake, x + sin²(ax)/a, adds a periodic ripple to the identity. It was proposed for learning ' +
        'periodic patterns, such as seasonal series, which ReLU and tanh networks cannot extrapolate ' +
        '(Ziyin et al., 2020); audio models such as BigVGAN use it. Its slope 1 + sin(2ax) swings between' +
        ' 0 and 2, so the function never decreases. The frequency a sets the ripple’s period, π/a; as a →' +
        ' 0 Snake tends to the identity.',
      convention:
        'a = 1; f′ has no limit at ±∞ (it oscillates), so ±∞ give NaN there. Audio models learn one a per' +
        ' channel.',
      parameters: {
        a: 'a (frequency)',
      },
    },
    sine: {
      name: 'Sine',
      explanation:
        'The sine sin(w·x) as an activation is the heart of SIREN networks (Sitzmann et al., 2020), which' +
        ' represent images, sounds and shapes as continuous functions of their coordinates. A periodic ' +
        'activation captures fine detail, and its derivatives are sines again, so the derivatives of the ' +
        'fitted signal are well behaved too. The frequency w matters: SIREN’s first layer uses w = 30.',
      convention:
        'sin(w·x), with w·x reduced exactly for any x; at ±∞ there is no limit, so the result is NaN.',
      parameters: {
        w: 'w (frequency)',
      },
    },
    softmax: {
      name: 'Softmax',
      explanation:
        'Softmax turns a vector of logits into probabilities: it exponentiates each one and divides by ' +
        'the sum, so the outputs are positive and add up to 1. It ends multi-class classifiers and weighs' +
        ' the values in Transformer attention. Each output depends on every input: ∂yᵢ/∂zⱼ = yᵢ(δᵢⱼ − ' +
        'yⱼ)/T. Adding the same constant to every logit changes nothing, which is why careful code ' +
        'subtracts the largest logit before exponentiating.',
      convention:
        'Softmax of z/T along the last axis, as nn.Softmax(dim = −1) of the scaled logits; the frameworks' +
        ' take no temperature.',
      parameters: {
        temperature: 'temperature (T)',
      },
    },
    log_softmax: {
      name: 'LogSoftmax',
      explanation:
        'LogSoftmax gives the logarithm of each softmax probability, zᵢ/T − ln Σⱼ exp(zⱼ/T), so its ' +
        'outputs are never positive. Cross-entropy losses use it for numerical stability: softmax ' +
        'followed by a logarithm can round a tiny probability to 0 and its logarithm to −∞, while this ' +
        'form, computed after subtracting the largest logit, stays finite. PyTorch’s CrossEntropyLoss ' +
        'applies LogSoftmax and then the negative log-likelihood.',
      convention: 'log softmax(z/T), computed by log-sum-exp after subtracting the largest logit.',
      parameters: {
        temperature: 'temperature (T)',
      },
    },
    softmin: {
      name: 'Softmin',
      explanation:
        'Softmin is softmax applied to the negated logits, softmax(−z): the smallest value gets the ' +
        'largest probability. It suits scores where lower is better, such as distances or costs, turning ' +
        'them into weights that add up to 1. The temperature works as in softmax: a small T puts almost ' +
        'all the weight on the minimum, a large T spreads it evenly. PyTorch provides it as nn.Softmin.',
      convention: 'softmax(−z/T), as PyTorch’s nn.Softmin; the other frameworks have no softmin.',
      parameters: {
        temperature: 'temperature (T)',
      },
    },
    sparsemax: {
      name: 'Sparsemax',
      explanation:
        'Sparsemax turns logits into probabilities, like softmax, but by a Euclidean projection onto the ' +
        'probability simplex, so small logits get probability exactly 0. It subtracts one threshold τ ' +
        'from every logit and clips at 0, with τ chosen so the outputs sum to 1. The result is sparse and' +
        ' easy to read, which suits attention over many items and multi-label outputs (Martins and ' +
        'Astudillo, 2016).',
      convention: 'sparsemax(z/T); Keras 3’s sparsemax has no temperature (T = 1).',
      parameters: {
        temperature: 'temperature (T)',
      },
    },
    entmax15: {
      name: '1.5-entmax',
      explanation:
        '1.5-entmax lies between softmax and sparsemax: it squares a thresholded line, pᵢ = max(zᵢ/2 − τ,' +
        ' 0)², so its probabilities fall smoothly to exactly 0. In the entmax family softmax is α = 1 and' +
        ' sparsemax α = 2; α = 1.5 keeps the sparsity with smoother gradients, and it has served as ' +
        'sparse attention in Transformers (Peters et al., 2019; Correia et al., 2019).',
      convention:
        'The exact sort-based algorithm of the entmax package, applied to z/T; none of PyTorch, Keras, ' +
        'JAX or TensorFlow ships it.',
      parameters: {
        temperature: 'temperature (T)',
      },
    },
    glu: {
      name: 'GLU (gated linear unit)',
      explanation:
        'A gated linear unit splits its input into two halves a and b and returns a·σ(b): the second half' +
        ' decides, through a sigmoid gate, how much of the first passes. It was introduced for ' +
        'convolutional language models (Dauphin et al., 2017). The output is half the size of the input, ' +
        'and the gradient reaches a without passing through a non-linearity, which eases training of deep' +
        ' stacks.',
      convention: 'As torch.nn.functional.glu: the first half of the input is a, the second half the gate b.',
    },
    reglu: {
      name: 'ReGLU',
      explanation:
        'ReGLU gates with a ReLU instead of a sigmoid: a·max(0, b). Where b ≤ 0 both the output and its ' +
        'gradient are 0; elsewhere the output is the product a·b. It is one of the GLU variants that ' +
        'Shazeer (2020) tried in Transformer feed-forward layers, where the gated variants beat the plain' +
        ' ReLU layer of the same size.',
      convention: 'a·relu(b) with relu′(0) = 0; the frameworks leave it to be written by hand.',
    },
    geglu: {
      name: 'GEGLU',
      explanation:
        'GEGLU gates with GELU: a·GELU(b). It was among the best of Shazeer’s (2020) GLU variants in ' +
        'Transformer feed-forward layers, and models such as T5 v1.1 and the transformer blocks of Stable' +
        ' Diffusion use it. Because GELU dips below 0 for negative b, the gate can also flip the sign of ' +
        'a, slightly.',
      convention: 'With the exact, erf-based GELU; some implementations use the tanh form.',
    },
    swiglu: {
      name: 'SwiGLU',
      explanation:
        'SwiGLU gates with SiLU (Swish): a·b·σ(b). It is the feed-forward activation of PaLM and of the ' +
        'Llama and Mistral model families, which compute two projections of the same input and multiply ' +
        'one by the SiLU of the other. In Shazeer’s (2020) experiments it beat ReLU and GELU layers at ' +
        'the same cost.',
      convention: 'With SiLU, Swish at β = 1, as Llama’s feed-forward layers use it.',
    },
  },
};
