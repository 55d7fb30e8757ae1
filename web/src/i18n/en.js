// Every English string the page shows. pt.js mirrors these keys; a test checks they match.
import { formatNumber } from '../format.js';

// An amount of information in nats, the unit's number following the language's plural rules.
const plurals = new Intl.PluralRules('en');
const nats = (value) => `${formatNumber(value, 'en', 4)} ${plurals.select(Number(value.toPrecision(4))) === 'one' ? 'nat' : 'nats'}`;

export default {
  htmlLang: 'en',
  title: 'Activation functions',
  loadError: 'The WebAssembly module could not be loaded. Reload the page to try again.',
  views: { functions: 'Functions', softmax: 'Softmax' },
  viewsLabel: 'Views',
  presentEnter: 'Present',
  presentLeave: 'Leave presentation',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkCopyFailed: 'Copying failed: copy the address bar instead.',
  embedOpen: 'Embed',
  languageLabel: 'Language',
  controlsLabel: 'Controls',
  legendLabel: 'Legend',
  changeFunction: 'Change…',
  compareAdd: '+ Compare with…',
  compareFull: 'Four functions compared',
  compareRemove: (name) => `Remove ${name} from the comparison`,
  reset: 'Reset',
  presets: {
    standard: 'Standard constants',
    notebook: 'Notebook (α = 3, scale = 1)',
    pytorch: 'PyTorch (0.01)',
    keras: 'Keras (0.2)',
  },
  parameterNames: {
    alpha: 'α (alpha)',
    scale: 'scale',
    negative_slope: 'negative slope (a)',
    weight: 'weight (w)',
    beta: 'β (beta)',
    threshold: 'threshold (θ)',
    value: 'value (v)',
    min_val: 'min',
    max_val: 'max',
    lambd: 'λ (lambda)',
    temperature: 'temperature (T)',
  },
  families: {
    classic: 'Classic',
    relu: 'ReLU family',
    smooth: 'Smooth and self-gated',
    hard: 'Hard and shrink',
    vector: 'Vector functions',
  },
  galleryChoose: 'Choose a function',
  galleryAdd: 'Add a function to compare',
  searchLabel: 'Search by name',
  searchPlaceholder: 'Search, e.g. swish or tangente',
  searchNothing: (query) => `No function is called “${query}”.`,
  close: 'Close',
  viewLegend: 'View',
  xMinLabel: 'x from',
  xMaxLabel: 'x to',
  yMinLabel: 'y from',
  yMaxLabel: 'y to',
  logScaleLabel: 'Log |y|',
  naiveLabel: 'Notebook’s formula',
  yFixedLabel: 'Fixed y',
  fitLabel: 'Fit y',
  fitModes: { auto: 'Readable (auto)', all: 'Whole curves' },
  axisTitles: { value: 'f(x)', derivative: 'f′(x)' },
  axisTitlesLog: { value: '|f(x)|', derivative: '|f′(x)|' },
  chartTitles: {
    value: (names) => `${names}: f(x)`,
    derivative: (names) => `${names}: f′(x)`,
  },
  chartDescription: (what, from, to, low, high) => `Line chart of ${what} for x from ${from} to ${to}; y from ${low} to ${high}.`,
  naiveLegend: 'Course notebook’s formula',
  naiveUnavailable: 'The course notebook has no formula of its own for this function.',
  naiveAgrees: 'Over this range the notebook’s formula agrees with the accurate one.',
  naiveBreaks: (what, intervals) => `The notebook’s ${what} breaks for x in ${intervals}.`,
  naiveMeaning: 'In the shaded bands it returns NaN, or a derivative of exactly 0 where the true value is not 0.',
  naiveWhat: { value: 'formula', derivative: 'derivative' },
  probeLabel: 'Probe x',
  panesLabel: 'About this function',
  panes: { explanation: 'Explanation', formula: 'Formula', properties: 'Properties', layers: 'Through layers', data: 'Data' },
  properties: {
    range: 'Output range',
    rangeAtDefaults: 'Output range (default parameters)',
    monotonic: 'Monotonic',
    continuity: 'Smoothness',
    zeroCentred: 'Zero-centred',
    saturates: 'Saturates',
    follows: 'Convention',
  },
  yes: 'yes',
  no: 'no',
  continuity: (k) => (k === Infinity ? 'smooth (C∞)' : k < 0 ? 'jumps (not continuous)' : `C${k}`),
  saturation: { none: 'no', negative: 'for x → −∞', positive: 'for x → +∞', both: 'on both sides' },
  depthExplanation:
    'Stack the function in N layers (with identity weights) and start at the probe’s x: the gradient that ' +
    'reaches the input is the product of the derivatives met on the way. Factors below 1, like the ' +
    'sigmoid’s (at most 1/4), shrink it geometrically; this is why deep sigmoid networks stopped learning.',
  depthLabel: 'Layers',
  depthCaption: (x) => `Gradient reaching x = ${x} after each layer`,
  depthAxis: 'layers',
  depthGradientAxis: '|gradient|',
  depthReadout: (name, layers, gradient) => `${name}: ${gradient} after ${layers} layers`,
  dataHint: 'Every point of the interval at an even spacing; the CSV holds every point drawn.',
  exportPng: (what) => `PNG: ${what}`,
  exportCsv: (what) => `CSV: ${what}`,
  chartNames: {
    value: 'f(x)',
    derivative: 'f′(x)',
    data: 'f and f′',
    layers: 'gradient through layers',
    vector: 'bars',
    jacobian: 'Jacobian',
  },
  columns: { x: 'x', logit: 'logit', layers: 'layers' },
  functions: {
    linear: {
      name: 'Linear (no activation)',
      explanation:
        'No activation at all: the output equals the input and the slope is 1 everywhere. Stacked linear ' +
        'layers collapse into one linear map, so a network without a non-linearity cannot learn curved ' +
        'decision boundaries. It is still the usual choice for the output of a regression network.',
    },
    relu: {
      name: 'ReLU',
      explanation:
        'ReLU keeps positive inputs and replaces negative ones with 0. It is the usual choice for hidden ' +
        'layers: cheap to compute, and its slope is a constant 1 for positive inputs, so gradients pass ' +
        'through unchanged. For negative inputs the slope is 0: a unit whose inputs stay negative stops ' +
        'learning (a “dead” ReLU). At exactly 0 we take the slope to be 0, as PyTorch does.',
    },
    selu: {
      name: 'SELU',
      explanation:
        'SELU (scaled exponential linear unit) is a scaled line for positive inputs and a scaled exponential ' +
        'that levels off at −scale·α for negative ones. Negative inputs keep a non-zero slope, so units do ' +
        'not die as they can with ReLU; with the standard constants (α ≈ 1.6733, scale ≈ 1.0507) the ' +
        'activations tend to keep zero mean and unit variance from layer to layer (“self-normalising”). ' +
        'The course notebook used α = 3 and scale = 1: try its preset.',
    },
    sigmoid: {
      name: 'Sigmoid',
      explanation:
        'The sigmoid squeezes any input into the interval (0, 1). It was long the favourite for hidden ' +
        'layers, thanks to its neat probabilistic and biological readings; today it mostly produces the ' +
        'output of binary classifiers. Its slope is at most 0.25 and is tiny outside roughly [−2, 2]: ' +
        'multiplied through many layers it fades to almost nothing, the vanishing gradient problem that ' +
        'makes deep sigmoid networks slow or impossible to train.',
    },
    tanh: {
      name: 'Tanh',
      explanation:
        'The hyperbolic tangent has the sigmoid’s S shape but runs from −1 to 1 and is centred on zero. ' +
        'Its slope reaches 1 at the origin, four times the sigmoid’s peak, so its gradients are much larger, ' +
        'though they still vanish far from zero. It remains common inside recurrent cells such as the LSTM.',
    },
    softsign: {
      name: 'Softsign',
      explanation:
        'Softsign, x/(1 + |x|), has the S shape of tanh and the same range, (−1, 1), but it approaches its ' +
        'limits slowly, like 1/x, rather than exponentially. Its slope, 1/(1 + |x|)², is 1 at the origin and ' +
        'falls off gently: at x = 10 it is still about 0.008, while the slope of tanh is already below 10⁻⁸. ' +
        'It has been studied as a tanh that saturates less; it is cheap, but rarely chosen today.',
    },
    leaky_relu: {
      name: 'Leaky ReLU',
      explanation:
        'Leaky ReLU is ReLU with a small slope a for negative inputs instead of a flat 0, so a neuron whose ' +
        'inputs stay negative still gets some gradient and can recover: as long as a > 0, no unit dies. ' +
        'Frameworks disagree on the default slope: we follow PyTorch’s 0.01, while Keras and TensorFlow use ' +
        '0.2 or 0.3, depending on the function. At exactly 0 we take the left slope, a.',
    },
    prelu: {
      name: 'PReLU',
      explanation:
        'PReLU (parametric ReLU) has the shape of Leaky ReLU, but its negative slope w is a weight that the ' +
        'network learns by backpropagation, one per layer or one per channel; PyTorch starts it at 0.25. Move ' +
        'the slider to see its shapes: w = 0 gives ReLU, w = 1 the identity, and a negative w turns the left ' +
        'half upwards, so the function is no longer monotonic. Learning w costs almost nothing: for a negative ' +
        'input, the gradient with respect to w is just x.',
    },
    relu6: {
      name: 'ReLU6',
      explanation:
        'ReLU6 is ReLU capped at 6: inputs between 0 and 6 pass unchanged, smaller ones become 0 and larger ' +
        'ones 6. A bounded output holds up well in low-precision arithmetic, which is why MobileNetV2 uses it. ' +
        'The slope is 1 strictly between 0 and 6 and 0 everywhere else, at both corners too, as in PyTorch: ' +
        'a unit stuck above 6 learns no more than one stuck below 0.',
    },
    elu: {
      name: 'ELU',
      explanation:
        'ELU (exponential linear unit) is the identity for positive inputs and α(eˣ − 1) for negative ones, ' +
        'a curve that levels off at −α. Negative outputs pull the mean activation towards zero, and negative ' +
        'inputs keep a non-zero slope, so units do not die. With α = 1 the slope is continuous at 0; for ' +
        'other α it jumps from α to 1, and at exactly 0 we take the left value, α. The exponential makes it ' +
        'costlier than ReLU.',
    },
    celu: {
      name: 'CELU',
      explanation:
        'CELU (continuously differentiable ELU) rescales ELU’s negative branch to α(exp(x/α) − 1). It still ' +
        'levels off at −α, but its slope at 0 is 1 from both sides for any α, so the derivative never jumps, ' +
        'unlike ELU’s when α ≠ 1. With α = 1 it is exactly ELU; a larger α stretches the negative branch, ' +
        'which then approaches −α more slowly.',
    },
    silu: {
      name: 'SiLU / Swish',
      explanation:
        'SiLU multiplies the input by its own sigmoid, x·σ(βx), so the input gates itself. It is smooth, ' +
        'close to ReLU for large |x|, and dips slightly below zero (to about −0.28 near x ≈ −1.28 when β = 1), ' +
        'so it is not monotonic. An automated search at Google found it again and named it Swish; EfficientNet ' +
        'uses it. PyTorch’s SiLU and Keras’s swish fix β = 1, our default; β = 0 gives x/2, and a large β ' +
        'approaches ReLU.',
    },
    mish: {
      name: 'Mish',
      explanation:
        'Mish, x·tanh(softplus(x)), looks much like SiLU: smooth, unbounded above, bounded below, with a small ' +
        'dip to about −0.31 near x ≈ −1.19. It became known through the YOLOv4 object detector, which uses it ' +
        'in its backbone. Like SiLU and GELU, its slope overshoots 1 a little (up to about 1.09) before ' +
        'settling at 1. The price is computation: each value needs an exponential, a logarithm and a tanh, ' +
        'where ReLU needs one comparison.',
    },
    gelu: {
      name: 'GELU (exact, erf)',
      explanation:
        'GELU (Gaussian error linear unit) multiplies the input by Φ(x), the probability that a standard ' +
        'normal variable falls below x: large inputs pass almost unchanged, very negative ones are nearly ' +
        'zeroed, and in between the curve dips to about −0.17. It is the activation of BERT, GPT-2 and many ' +
        'later Transformers. This entry is the exact form, written with the error function erf; it is ' +
        'PyTorch’s default, while JAX defaults to the tanh approximation, listed separately.',
    },
    gelu_tanh: {
      name: 'GELU (tanh approximation)',
      explanation:
        'This form of GELU replaces Φ(x) with ½(1 + tanh(√(2/π)·(x + 0.044715x³))), an approximation from the ' +
        'original GELU paper that avoids the error function. Google’s BERT code and OpenAI’s GPT-2 code use ' +
        'it, and it is JAX’s default; in PyTorch it is nn.GELU(approximate="tanh"). It stays within 0.0005 of ' +
        'the exact GELU and its slope within 0.001, so the two entries look the same here: compare the ' +
        'numbers, not the pictures.',
    },
    softplus: {
      name: 'Softplus',
      explanation:
        'Softplus, (1/β)·ln(1 + exp(βx)), is a smooth ReLU: always positive, near 0 for very negative inputs ' +
        'and near x for large ones; a larger β makes the bend sharper. Its derivative is the sigmoid σ(βx), ' +
        'so the gradient is never exactly 0 and no unit dies. As in PyTorch, once βx exceeds the threshold ' +
        '(20 by default) we return x itself: invisible at 20, but lower the threshold to see the jump this ' +
        'switch creates.',
    },
    logsigmoid: {
      name: 'LogSigmoid',
      explanation:
        'LogSigmoid is the logarithm of the sigmoid, ln σ(x) = −softplus(−x): always negative, near 0 for ' +
        'large inputs and near the line y = x for very negative ones. Its slope, σ(−x) = 1 − σ(x), falls ' +
        'from 1 to 0 as x grows. It sits inside losses for binary labels, such as binary cross-entropy ' +
        'computed from logits. Taking log(sigmoid(x)) in two steps breaks in the negative tail, where the ' +
        'sigmoid rounds to 0 and its logarithm to −∞; the softplus form stays accurate.',
    },
    hardtanh: {
      name: 'Hardtanh',
      explanation:
        'Hardtanh is a piecewise-linear stand-in for tanh: the identity between min and max (−1 and 1 by ' +
        'default), clipped to those values outside. It costs two comparisons, and ReLU6 is the case min = 0, ' +
        'max = 6. Its slope is 1 strictly inside the interval and 0 outside and at both corners, so a unit ' +
        'pushed into a flat part gets no gradient at all: a harsher form of the saturation of tanh.',
    },
    hardsigmoid: {
      name: 'Hardsigmoid',
      explanation:
        'Hardsigmoid replaces the sigmoid with three straight pieces: 0 up to x = −3, the line x/6 + 1/2 ' +
        'between −3 and 3, and 1 from 3 on. It is cheap, which matters on phones: MobileNetV3 uses it in its ' +
        'squeeze-and-excitation blocks. Definitions differ: we follow PyTorch and Keras 3, relu6(x + 3)/6, ' +
        'while older Keras used 0.2x + 0.5, which saturates at x = ±2.5. The slope is 1/6 strictly inside ' +
        '(−3, 3) and 0 elsewhere, including at ±3.',
    },
    hardswish: {
      name: 'Hardswish',
      explanation:
        'Hardswish, x·relu6(x + 3)/6, is a cheap imitation of SiLU/Swish: 0 up to −3, the identity from 3 on, ' +
        'and the parabola x(x + 3)/6 in between, which dips to −0.375 at x = −1.5. MobileNetV3 introduced ' +
        'it to keep most of the benefit of Swish at a lower cost on phones. The slope jumps at both ends of ' +
        'the parabola; we take the inner value, as PyTorch does: f′(−3) = −1/2 and f′(3) = 3/2, and ' +
        'between 1.5 and 3 the slope is above 1.',
    },
    softshrink: {
      name: 'Softshrink',
      explanation:
        'Softshrink sets every input between −λ and λ to 0 and moves the others λ closer to zero: x − λ ' +
        'above λ, x + λ below −λ. This is soft thresholding, the step that removes small coefficients in ' +
        'sparse coding and wavelet denoising (the proximal operator of the L1 penalty λ|x|). The curve is ' +
        'continuous, but its slope jumps between 0 and 1 at ±λ; at exactly ±λ we take the slope 0 of the ' +
        'flat middle part.',
    },
    hardshrink: {
      name: 'Hardshrink',
      explanation:
        'Hardshrink keeps an input unchanged when |x| > λ and sets it to 0 otherwise: hard thresholding, ' +
        'which drops small values without shrinking the large ones. Unlike Softshrink it jumps, by λ, at ' +
        'x = ±λ; there we take the value 0 and the slope 0, as PyTorch does. The derivative is only ever 1 ' +
        'or 0, so an input that falls in the zeroed band gets no gradient at all.',
    },
    tanhshrink: {
      name: 'Tanhshrink',
      explanation:
        'Tanhshrink is x − tanh x: almost flat near the origin, where it behaves like x³/3, and close to the ' +
        'lines x − 1 and x + 1 for large positive and negative inputs. Its slope, tanh² x, is 0 at the origin ' +
        'and approaches 1 far from it: small inputs are suppressed and large ones pass, a smooth relative of ' +
        'the shrink functions. PyTorch provides it, but modern networks rarely use it.',
    },
    threshold: {
      name: 'Threshold',
      explanation:
        'Threshold passes x through when it is above the threshold θ and replaces it with a fixed value v ' +
        'otherwise; with θ = 0 and v = 0 it is ReLU. Unless v = θ the function jumps at θ, and at exactly θ ' +
        'it takes the value v, with slope 0. Its derivative is 1 above θ and 0 below, so backpropagation ' +
        'never sees the jump, however large it is.',
    },
    softmax: {
      name: 'Softmax',
      explanation:
        'Softmax turns a vector of logits into probabilities: it exponentiates each one and divides by the ' +
        'sum, so the outputs are positive and add up to 1. It ends multi-class classifiers and weighs the ' +
        'values in Transformer attention. Each output depends on every input: ∂yᵢ/∂zⱼ = yᵢ(δᵢⱼ − yⱼ)/T. ' +
        'Adding the same constant to every logit changes nothing, which is why careful code subtracts the ' +
        'largest logit before exponentiating.',
    },
    log_softmax: {
      name: 'LogSoftmax',
      explanation:
        'LogSoftmax gives the logarithm of each softmax probability, zᵢ/T − ln Σⱼ exp(zⱼ/T), so its outputs ' +
        'are never positive. Cross-entropy losses use it for numerical stability: softmax followed by a ' +
        'logarithm can round a tiny probability to 0 and its logarithm to −∞, while this form, computed after ' +
        'subtracting the largest logit, stays finite. PyTorch’s CrossEntropyLoss applies LogSoftmax and then ' +
        'the negative log-likelihood.',
    },
    softmin: {
      name: 'Softmin',
      explanation:
        'Softmin is softmax applied to the negated logits, softmax(−z): the smallest value gets the largest ' +
        'probability. It suits scores where lower is better, such as distances or costs, turning them into ' +
        'weights that add up to 1. The temperature works as in softmax: a small T puts almost all the weight ' +
        'on the minimum, a large T spreads it evenly. PyTorch provides it as nn.Softmin.',
    },
  },
  vectorFunctionLabel: 'Function',
  temperatureLabel: 'Temperature',
  temperatureValue: (t) => `temperature ${t}`,
  logitsLegend: 'Logits',
  addLogit: 'Add a logit',
  removeLogit: 'Remove the last',
  vectorCaption: (name, t) => `${name} at temperature ${t}`,
  jacobianTitle: (name, t) => `Jacobian of ${name} at temperature ${t}: ∂yᵢ/∂zⱼ`,
  jacobianScale: (limit) => `Colours on a fixed scale from −${limit} to ${limit}; larger entries are drawn at full colour.`,
  jacobianExplanation:
    'The Jacobian says how much each output moves when one logit moves: for softmax, entry (i, j) is ' +
    '∂yᵢ/∂zⱼ = yᵢ(δᵢⱼ − yⱼ)/T. Red is positive (the diagonal: raising a logit raises its own probability), ' +
    'blue negative. A higher temperature divides every entry by T: watch the colours fade.',
  jacobianDescription: (name, n) => `Heatmap of the ${n} by ${n} Jacobian of ${name}; the Data tab lists its entries.`,
  entropy: (h, max) => `Entropy: ${nats(h)} (at most ${nats(max)}, for equal probabilities).`,
  barsHint: 'Drag a bar up or down to change its logit; or focus a value below and use the arrow keys (±0.5).',
  output: (name, z, value) => `${name} = ${z}: ${value}`,
  barDescription: (name, t, low, high, list) => `Bar chart of ${name} at temperature ${t}, y from ${low} to ${high}: ${list}.`,
  comparisonHeading: 'Temperature 1 beside temperature 2, as in the course notebook',
  temperatureCaption: (t) => `T = ${t}`,
  openFull: 'Open in the full explorer',
  embedHeading: 'Embed this view',
  embedIframeIntro: 'In any page: an iframe of this view, without the page around it, and a small script that fits the iframe’s height to its content.',
  embedIframeLabel: 'Iframe snippet',
  embedElementIntro: 'Or, where the page may load scripts: the activation-plot element, which draws the function and its derivative in place.',
  embedElementLabel: 'Custom element snippet',
  copySnippet: 'Copy',
  snippetCopied: 'Copied.',
  frameTitle: (name) => `Activation explorer: ${name}`,
  footer: 'Computed in your browser with C++ compiled to WebAssembly; charts by Chart.js.',
};
