// Where each catalogue row lives in PyTorch, Keras, JAX and TensorFlow, with that framework's
// defaults written in the row's own parameter names (so a page can apply them as a preset).
// Only activation APIs count: torch.nn, keras.activations and keras.layers, jax.nn, tf.nn and
// tf.math. A row no framework defines has none. engine.js merges these into catalog() rows.
// Checked against the frameworks' own source and documentation:
//   PyTorch     pytorch/pytorch torch/nn/modules/activation.py (defaults in each __init__),
//               torch/nn/modules/linear.py (Identity), https://pytorch.org/docs/stable/nn.html
//   Keras 3     keras-team/keras keras/src/activations/activations.py, as published at
//               https://www.tensorflow.org/api_docs/python/tf/keras/activations (Keras 3.15):
//               relu(negative_slope=0.0, max_value=None, threshold=0.0), leaky_relu(negative_slope=0.2),
//               elu(alpha=1.0), celu(alpha=1.0), gelu(approximate=False), squareplus(b=4),
//               soft_shrink(threshold=0.5), hard_shrink(threshold=0.5), threshold(x, threshold,
//               default_value), glu(axis=-1), sparsemax(axis=-1); hard_sigmoid is x/6 + 1/2 on
//               (-3, 3) (Keras 2's was 0.2 x + 0.5); layers.LeakyReLU(negative_slope=0.3),
//               layers.PReLU(alpha_initializer="Zeros")
//   JAX         jax-ml/jax jax/_src/nn/functions.py and docs/jax.nn.rst: leaky_relu(negative_slope=1e-2),
//               gelu(approximate=True), elu(alpha=1.0), celu(alpha=1.0), squareplus(b=4), glu(axis=-1),
//               hard_tanh (fixed at -1, 1), identity
//   TensorFlow  https://www.tensorflow.org/api_docs/python/tf/nn: leaky_relu(alpha=0.2),
//               gelu(approximate=False), silu(features, beta=1.0); tf.math.softplus, sigmoid, tanh,
//               log_sigmoid
const SELU = { alpha: 1.6732632423543772, scale: 1.0507009873554805 };

const torch = (name, defaults = {}) => ({ framework: 'PyTorch', name: `torch.nn.${name}`, defaults });
const keras = (name, defaults = {}) => ({ framework: 'Keras', name: `keras.activations.${name}`, defaults });
const kerasLayer = (name, defaults = {}) => ({ framework: 'Keras', name: `keras.layers.${name}`, defaults });
const jax = (name, defaults = {}) => ({ framework: 'JAX', name: `jax.nn.${name}`, defaults });
const tf = (name, defaults = {}) => ({ framework: 'TensorFlow', name: `tf.${name}`, defaults });

export const FRAMEWORKS = {
  linear: [torch('Identity'), keras('linear'), jax('identity'), tf('identity')],
  sigmoid: [torch('Sigmoid'), keras('sigmoid'), jax('sigmoid'), tf('math.sigmoid')],
  tanh: [torch('Tanh'), keras('tanh'), jax('tanh'), tf('math.tanh')],
  softsign: [torch('Softsign'), keras('softsign'), jax('soft_sign'), tf('nn.softsign')],
  exponential: [keras('exponential')],
  relu: [torch('ReLU'), keras('relu'), jax('relu'), tf('nn.relu')],
  leaky_relu: [
    torch('LeakyReLU', { negative_slope: 0.01 }),
    keras('leaky_relu', { negative_slope: 0.2 }),
    kerasLayer('LeakyReLU', { negative_slope: 0.3 }),
    jax('leaky_relu', { negative_slope: 0.01 }),
    tf('nn.leaky_relu', { negative_slope: 0.2 }),
  ],
  prelu: [torch('PReLU', { weight: 0.25 }), kerasLayer('PReLU', { weight: 0 })],
  rrelu: [torch('RReLU', { lower: 0.125, upper: 1 / 3 })],
  relu6: [torch('ReLU6'), keras('relu6'), jax('relu6'), tf('nn.relu6')],
  elu: [torch('ELU', { alpha: 1 }), keras('elu', { alpha: 1 }), jax('elu', { alpha: 1 }), tf('nn.elu', { alpha: 1 })],
  celu: [torch('CELU', { alpha: 1 }), keras('celu', { alpha: 1 }), jax('celu', { alpha: 1 })],
  selu: [torch('SELU', SELU), keras('selu', SELU), jax('selu', SELU), tf('nn.selu', SELU)],
  silu: [torch('SiLU', { beta: 1 }), keras('silu', { beta: 1 }), jax('silu', { beta: 1 }), tf('nn.silu', { beta: 1 })],
  mish: [torch('Mish'), keras('mish'), jax('mish')],
  gelu: [torch('GELU'), keras('gelu'), jax('gelu(approximate=False)'), tf('nn.gelu')],
  gelu_tanh: [
    torch("GELU(approximate='tanh')"),
    keras('gelu(approximate=True)'),
    jax('gelu'),
    tf('nn.gelu(approximate=True)'),
  ],
  softplus: [
    torch('Softplus', { beta: 1, threshold: 20 }),
    keras('softplus', { beta: 1 }),
    jax('softplus', { beta: 1 }),
    tf('math.softplus', { beta: 1 }),
  ],
  squareplus: [keras('squareplus', { b: 4 }), jax('squareplus', { b: 4 })],
  logsigmoid: [torch('LogSigmoid'), keras('log_sigmoid'), jax('log_sigmoid'), tf('math.log_sigmoid')],
  hardtanh: [
    torch('Hardtanh', { min_val: -1, max_val: 1 }),
    keras('hard_tanh', { min_val: -1, max_val: 1 }),
    jax('hard_tanh', { min_val: -1, max_val: 1 }),
  ],
  hardsigmoid: [torch('Hardsigmoid'), keras('hard_sigmoid'), jax('hard_sigmoid')],
  hardswish: [torch('Hardswish'), keras('hard_silu'), jax('hard_silu')],
  sparse_plus: [keras('sparse_plus'), jax('sparse_plus')],
  sparse_sigmoid: [keras('sparse_sigmoid'), jax('sparse_sigmoid')],
  softshrink: [torch('Softshrink', { lambd: 0.5 }), keras('soft_shrink', { lambd: 0.5 })],
  hardshrink: [torch('Hardshrink', { lambd: 0.5 }), keras('hard_shrink', { lambd: 0.5 })],
  tanhshrink: [torch('Tanhshrink'), keras('tanh_shrink')],
  threshold: [torch('Threshold'), keras('threshold')],
  softmax: [torch('Softmax'), keras('softmax'), jax('softmax'), tf('nn.softmax')],
  log_softmax: [torch('LogSoftmax'), keras('log_softmax'), jax('log_softmax'), tf('nn.log_softmax')],
  softmin: [torch('Softmin')],
  sparsemax: [keras('sparsemax')],
  glu: [torch('GLU'), keras('glu'), jax('glu')],
};
