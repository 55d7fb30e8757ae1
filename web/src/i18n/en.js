// Every English string on the page. pt.js mirrors these keys; a test checks they match.
export default {
  htmlLang: 'en',
  title: 'Activation functions, up close',
  languageLabel: 'Language',
  loading: 'Loading the WebAssembly module…',
  loadError: 'The WebAssembly module could not be loaded. Reload the page to try again.',
  intro:
    'Each function below is computed in WebAssembly from C++ that stays accurate far into the tails. ' +
    'Pick one to see it beside its derivative: the slope that backpropagation multiplies through every layer.',
  functionHeading: 'Function and derivative',
  functionLabel: 'Function',
  parametersLegend: 'Parameters',
  reset: 'Reset to defaults',
  presets: {
    standard: 'Standard constants',
    notebook: 'Course notebook (α = 3, scale = 1)',
  },
  parameterNames: { alpha: 'α (alpha)', scale: 'scale' },
  families: { classic: 'Classic', relu: 'ReLU family' },
  valueCaption: (name) => `${name}: f(x)`,
  derivativeCaption: (name) => `Derivative of ${name}: f′(x)`,
  chartDescription: (what, from, to, low, high) =>
    `Line chart of ${what} for x from ${from} to ${to}; y ranges from ${low} to ${high}.`,
  functions: {
    linear: {
      name: 'Linear (no activation)',
      explanation:
        'No activation at all: the output equals the input and the slope is 1 everywhere. ' +
        'Stacked linear layers collapse into one linear map, so a network without a non-linearity ' +
        'cannot learn curved decision boundaries.',
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
        'activations tend to keep zero mean and unit variance from layer to layer. The course notebook used ' +
        'α = 3 and scale = 1: try its preset.',
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
        'though they still vanish far from zero.',
    },
  },
  softmaxHeading: 'Softmax',
  softmaxExplanation:
    'Softmax takes several inputs at once and turns a list of scores (logits) into a probability ' +
    'distribution, which is why it ends networks that classify among several classes. It exponentiates ' +
    'every score, making each positive while keeping their order, then divides by the sum so the results ' +
    'add up to 1. The temperature divides the logits first: above 1 it evens the probabilities out, ' +
    'below 1 it sharpens them towards the largest logit.',
  logitsLegend: 'Logits',
  logitLabel: (index) => `Logit ${index + 1}`,
  addLogit: 'Add a logit',
  removeLogit: 'Remove the last logit',
  temperatureLabel: 'Temperature',
  temperatureValue: (t) => `temperature ${t}`,
  softmaxCaption: (t) => `Softmax probabilities at temperature ${t}`,
  probability: (logit, p) => `logit ${logit}: probability ${p}`,
  barDescription: (t, list) => `Bar chart of softmax probabilities at temperature ${t}: ${list}.`,
  comparisonHeading: 'Temperature 1 beside temperature 2, as in the course notebook',
  temperatureOne: 'Temperature 1',
  temperatureTwo: 'Temperature 2',
  footer: 'Computed in your browser with C++ compiled to WebAssembly; charts by Chart.js.',
};
