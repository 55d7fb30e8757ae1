// %TypedArray%'s own getters and methods, called on the caller's arrays: they read a view's
// internal slots, which no own property, subclass, Proxy or prototype swap can fake, and none
// of them runs the caller's code. On anything but a typed array the getters give undefined.
const prototype = Object.getPrototypeOf(Int8Array.prototype);
const getter = (key) => Object.getOwnPropertyDescriptor(prototype, key).get;

export const typedArrayKind = getter(Symbol.toStringTag);
export const typedArrayLength = getter('length');
export const typedArrayBuffer = getter('buffer');
export const typedArrayByteOffset = getter('byteOffset');
export const typedArrayByteLength = getter('byteLength');
export const typedArraySet = prototype.set;

const CONSTRUCTORS = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
};

/**
 * A view of `count` elements of `view` from `start`, of its kind. Made from its buffer, not by
 * subarray, which would ask the caller's constructor (Symbol.species) to make it.
 */
export function elementsOf(view, start, count) {
  const Kind = CONSTRUCTORS[typedArrayKind.call(view)];
  const offset = typedArrayByteOffset.call(view) + start * Kind.BYTES_PER_ELEMENT;
  return new Kind(typedArrayBuffer.call(view), offset, count);
}

/** Whether two typed arrays share at least one byte of memory. */
export function overlaps(a, b) {
  if (typedArrayBuffer.call(a) !== typedArrayBuffer.call(b)) return false;
  const aStart = typedArrayByteOffset.call(a);
  const bStart = typedArrayByteOffset.call(b);
  return aStart < bStart + typedArrayByteLength.call(b) && bStart < aStart + typedArrayByteLength.call(a);
}
