/**
 * The wasm side of the hot path (cpp/bindings.cpp, "the hot path"): three buffers the module
 * owns, reached by heap address. Each call copies its inputs in with one HEAPF64.set, runs a
 * kernel picked by its row's index in catalog(), and copies the results into the caller's
 * arrays with one set each. Once the buffers have grown to a call's size, a call allocates
 * nothing: the heap views it copies out of are kept until the memory grows or the length or
 * the address changes.
 *
 * Nothing here validates: web/src/engine.js does, before calling. Inputs are typed arrays
 * (any kind but BigInt) of the n elements passed with them; outputs are Float64Arrays of the
 * result's length. Outputs may share memory with the input: it is copied in first.
 */
const typedArraySet = Object.getPrototypeOf(Int8Array.prototype).set;

export class Workspace {
  #module;
  #parameters; // heap indices (in doubles) of the three buffers
  #inputs = 0;
  #outputs = 0;
  #inputCapacity = -1;
  #outputCapacity = -1;
  #values = new HeapView();
  #derivatives = new HeapView();
  #vector = new HeapView();

  constructor(module, maxParameters) {
    this.#module = module;
    this.#parameters = module._reserve_parameters(maxParameters) >>> 3;
  }

  /** f(x) into `value` and f'(x) into `derivative` at each of the n points of `xs`. */
  evaluate(rowIndex, naive, xs, n, parameters, value, derivative) {
    this.#stage(xs, n, 2 * n);
    this.#heap().set(parameters, this.#parameters);
    this.#check(this.#module._evaluate_elementwise(rowIndex, naive ? 1 : 0, n));
    this.#copyOut(value, 0, n, this.#values);
    this.#copyOut(derivative, n, n, this.#derivatives);
  }

  /** A vector row over the n `logits` at `temperature`, into `out` (m entries). */
  evaluateVector(rowIndex, naive, logits, n, temperature, out, m) {
    this.#stage(logits, n, m);
    this.#check(this.#module._evaluate_vector(rowIndex, naive ? 1 : 0, n, temperature));
    this.#copyOut(out, 0, m, this.#vector);
  }

  /** The softmax Jacobian of the n `logits` into `out` (n * n entries). */
  softmaxJacobian(logits, n, temperature, out) {
    this.#stage(logits, n, n * n);
    this.#check(this.#module._softmax_jacobian(n, temperature));
    this.#copyOut(out, 0, n * n, this.#vector);
  }

  // Grows the buffers to the call's sizes (which may grow the wasm memory and replace
  // HEAPF64), then copies the inputs in.
  #stage(inputs, n, outputCount) {
    if (n > this.#inputCapacity) {
      this.#inputs = this.#module._reserve_inputs(n) >>> 3;
      this.#inputCapacity = n;
    }
    if (outputCount > this.#outputCapacity) {
      this.#outputs = this.#module._reserve_outputs(outputCount) >>> 3;
      this.#outputCapacity = outputCount;
    }
    this.#heap().set(inputs, this.#inputs);
  }

  #copyOut(target, offset, n, view) {
    typedArraySet.call(target, view.of(this.#heap(), this.#outputs + offset, n));
  }

  #heap() {
    return this.#module.HEAPF64;
  }

  #check(served) {
    if (!served) throw new Error('The wasm module refused a call that engine.js had validated (a bug).');
  }
}

/**
 * A view of n doubles of the heap at an index, remade only when the index or n changed or the
 * memory grew. Growth replaces HEAPF64 (and detaches the old buffer, whose empty views would
 * throw in set), so comparing HEAPF64 itself is enough, and cheaper than reading a buffer.
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
