// Other names people know a catalogue row by, as the frameworks spell them: evaluate() and the
// picker's search accept them (Keras and JAX: swish for silu, hard_silu and hard_swish for
// hardswish, JAX's identity for linear).
export const ALIASES = {
  swish: 'silu',
  hard_silu: 'hardswish',
  hard_swish: 'hardswish',
  identity: 'linear',
};
