// Float64Arrays a view reuses from one frame to the next, so that drawing allocates none: the
// engine writes its results into them (its `out` option). One array per name, replaced only
// when the length a frame asks for changes (the chart was resized, a kink came into view).
// What a frame takes is valid until the next frame takes it again: copy what must outlive it.

/** A `take(name, length)` that hands out the same array for a name while its length stays. */
export function scratchArrays() {
  const arrays = new Map();
  return function take(name, length) {
    let array = arrays.get(name);
    if (array?.length !== length) arrays.set(name, (array = new Float64Array(length)));
    return array;
  };
}

/** The `take` of code that keeps what it gets: a new array every time. */
export const freshArray = (_name, length) => new Float64Array(length);
