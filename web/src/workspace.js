/**
 * The wasm side of the hot path (cpp/bindings.cpp, "the hot path"): buffers the module owns
 * (parameters, inputs, outputs, sampled indices), reached by heap address. Each call copies
 * its inputs in with HEAPF64.set, runs a kernel (a catalogue row's picked by its index in
 * catalog()), and copies the results into the caller's arrays with one set each.
 * Element-wise calls go in blocks of BLOCK points, so the buffers stay in cache and never grow
 * past a block. Once the buffers have grown to a call's size, a call allocates nothing but,
 * past one block, a view of the input per block: the heap views it copies out of are kept
 * until the memory grows or the length or the address changes.
 *
 * Nothing here validates: web/src/engine.js does, before calling. Inputs are typed arrays
 * (any kind but BigInt) of the n elements passed with them; outputs are Float64Arrays of the
 * result's length. Outputs may share memory with the input: the input is then copied in whole
 * before anything is written.
 */
import { elementsOf, overlaps, typedArraySet } from './typed-arrays.js';

/** Points per element-wise kernel call: 16,384 inputs and their two results take 384 KB. */
export const BLOCK = 16_384;

export class Workspace {
  #module;
  #parameters; // heap indices (in doubles) of the parameter, input and output buffers
  #inputs = 0;
  #outputs = 0;
  #inputCapacity = -1;
  #outputCapacity = -1;
  #indices = 0; // heap index (in int32s) of the sampled indices
  #indexCapacity = -1;
  #block = [new HeapView(), new HeapView()]; // f and f' of a whole block, or of a whole call
  #tail = [new HeapView(), new HeapView()]; // of the last, shorter block
  #vector = new HeapView();
  #partials = [new HeapView(), new HeapView()]; // a gated row's df/da and df/db
  #sampled = new HeapView();

  constructor(module, maxParameters) {
    this.#module = module;
    this.#parameters = module._reserve_parameters(maxParameters) >>> 3;
  }

  /** f(x) into `value` and f'(x) into `derivative` at each of the n points of `xs`. */
  evaluate(rowIndex, naive, xs, n, parameters, value, derivative) {
    // A block's results could overwrite the next block's points if an output shares memory
    // with xs: then the whole input goes in first.
    const whole = n <= BLOCK || overlaps(xs, value) || overlaps(xs, derivative);
    const size = whole ? n : BLOCK;
    this.#reserve(size, 2 * size);
    this.#heap().set(parameters, this.#parameters);
    if (whole) {
      this.#evaluateBlock(rowIndex, naive, xs, 0, n, value, derivative, this.#block);
      return;
    }
    for (let start = 0; start < n; start += BLOCK) {
      const count = Math.min(BLOCK, n - start);
      const views = count === BLOCK ? this.#block : this.#tail;
      this.#evaluateBlock(rowIndex, naive, elementsOf(xs, start, count), start, count, value, derivative, views);
    }
  }

  #evaluateBlock(rowIndex, naive, points, start, count, value, derivative, [values, derivatives]) {
    const heap = this.#heap();
    heap.set(points, this.#inputs);
    this.#check(this.#module._evaluate_elementwise(rowIndex, naive ? 1 : 0, count));
    typedArraySet.call(value, values.of(heap, this.#outputs, count), start);
    typedArraySet.call(derivative, derivatives.of(heap, this.#outputs + count, count), start);
  }

  /** A vector row over the n `logits` at `temperature`, into `out` (m entries). */
  evaluateVector(rowIndex, naive, logits, n, temperature, out, m) {
    this.#stageWhole(logits, n, m);
    this.#check(this.#module._evaluate_vector(rowIndex, naive ? 1 : 0, n, temperature));
    typedArraySet.call(out, this.#vector.of(this.#heap(), this.#outputs, m));
  }

  /**
   * A gated row's a g(b) over n pairs into `value`, and its partials into `da` and `db` unless
   * they are null. `b` undefined: `a` holds both halves, a then b (2n entries).
   */
  evaluateGated(rowIndex, a, b, n, value, da, db) {
    this.#reserve(2 * n, 3 * n);
    const heap = this.#heap();
    heap.set(a, this.#inputs);
    if (b !== undefined) heap.set(b, this.#inputs + n);
    this.#check(this.#module._evaluate_gated(rowIndex, n));
    typedArraySet.call(value, this.#vector.of(heap, this.#outputs, n));
    if (da !== null) typedArraySet.call(da, this.#partials[0].of(heap, this.#outputs + n, n));
    if (db !== null) typedArraySet.call(db, this.#partials[1].of(heap, this.#outputs + 2 * n, n));
  }

  /** Where the row's kinks lie for `parameters`, into `out` (one entry per kink). */
  kinkPositions(rowIndex, parameters, out) {
    this.#reserve(0, out.length);
    this.#heap().set(parameters, this.#parameters);
    this.#check(this.#module._kink_positions(rowIndex));
    typedArraySet.call(out, this.#vector.of(this.#heap(), this.#outputs, out.length));
  }

  /** The softmax Jacobian of the n `logits` into `out` (n * n entries). */
  softmaxJacobian(logits, n, temperature, out) {
    this.#stageWhole(logits, n, n * n);
    this.#check(this.#module._softmax_jacobian(n, temperature));
    typedArraySet.call(out, this.#vector.of(this.#heap(), this.#outputs, n * n));
  }

  /** The sampling distribution of the n `logits` (see cpp/sampling.hpp) into `out` (n entries). */
  samplingDistribution(logits, n, temperature, topK, topP, minP, out) {
    this.#stageWhole(logits, n, n);
    this.#check(this.#module._sampling_distribution(n, temperature, topK, topP, minP));
    typedArraySet.call(out, this.#vector.of(this.#heap(), this.#outputs, n));
  }

  /** `indices.length` draws from the n `probabilities`, seeded, into the Int32Array `indices`. */
  sample(probabilities, n, seed, indices) {
    const count = indices.length;
    this.#stageWhole(probabilities, n, 0);
    if (count > this.#indexCapacity) {
      this.#indices = this.#module._reserve_indices(count) >>> 2;
      this.#indexCapacity = count;
    }
    this.#check(this.#module._sample_indices(n, count, seed));
    typedArraySet.call(indices, this.#sampled.of(this.#module.HEAP32, this.#indices, count));
  }

  #stageWhole(inputs, n, outputCount) {
    this.#reserve(n, outputCount);
    this.#heap().set(inputs, this.#inputs);
  }

  // Grows the buffers to a call's sizes, which may grow the wasm memory and replace HEAPF64.
  #reserve(inputCount, outputCount) {
    if (inputCount > this.#inputCapacity) {
      this.#inputs = this.#module._reserve_inputs(inputCount) >>> 3;
      this.#inputCapacity = inputCount;
    }
    if (outputCount > this.#outputCapacity) {
      this.#outputs = this.#module._reserve_outputs(outputCount) >>> 3;
      this.#outputCapacity = outputCount;
    }
  }

  #heap() {
    return this.#module.HEAPF64;
  }

  #check(served) {
    if (!served) throw new Error('The wasm module refused a call that engine.js had validated (a bug).');
  }
}

/**
 * A view of n elements of a heap view (HEAPF64, HEAP32) at an index, remade only when the index
 * or n changed or the memory grew. Growth replaces the heap views (and detaches the old
 * buffer, whose empty views would throw in set), so comparing the heap view itself is enough,
 * and cheaper than reading a buffer.
 */
class HeapView {
  #view = new Float64Array(0);
  #heap = null;
  #index = 0;

  of(heap, index, n) {
    if (this.#heap !== heap || this.#index !== index || this.#view.length !== n) {
      this.#view = heap.subarray(index, index + n);
      this.#heap = heap;
      this.#index = index;
    }
    return this.#view;
  }
}
