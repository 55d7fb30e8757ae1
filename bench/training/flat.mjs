// A plain-JavaScript trainer over flat Float64Arrays, the arithmetic of cpp/trainer/network.cpp
// written again: the same layout (per weight layer W[i][j] row-major, then the biases), the
// same loops in the same order, squared error, SGD, batches walking the data. tanh is Math.tanh
// with f' = 1 - tanh^2 (the textbook pair; the catalogue's kernel computes f' as 4 sigmoid'(2x)).
export class FlatTrainer {
  constructor(layers, weights) {
    this.layers = layers;
    this.parameters = Float64Array.from(weights);
    this.gradients = new Float64Array(weights.length);
    this.offsets = [];
    let offset = 0;
    for (let l = 0; l + 1 < layers.length; l += 1) {
      this.offsets.push(offset);
      offset += (layers[l] + 1) * layers[l + 1];
    }
    // Per layer: values f(z) (for the output, z), slopes f'(z), deltas dL/dz.
    this.values = layers.map((w) => new Float64Array(w));
    this.slopes = layers.map((w) => new Float64Array(w));
    this.deltas = layers.map((w) => new Float64Array(w));
    this.cursor = 0;
  }

  forward(inputs, example) {
    const { layers, parameters, values, slopes, offsets } = this;
    const input = values[0];
    for (let i = 0; i < layers[0]; i += 1) input[i] = inputs[example * layers[0] + i];
    const last = layers.length - 1;
    for (let l = 0; l < last; l += 1) {
      const n = layers[l];
      const m = layers[l + 1];
      const a = values[l];
      const z = values[l + 1];
      const w = offsets[l];
      const b = w + n * m;
      for (let j = 0; j < m; j += 1) z[j] = parameters[b + j];
      for (let i = 0; i < n; i += 1) {
        const ai = a[i];
        const row = w + i * m;
        for (let j = 0; j < m; j += 1) z[j] += ai * parameters[row + j];
      }
      if (l + 1 < last) {
        const slope = slopes[l + 1];
        for (let j = 0; j < m; j += 1) {
          const t = Math.tanh(z[j]);
          z[j] = t;
          slope[j] = 1 - t * t;
        }
      }
    }
  }

  backward(targets, example, terms) {
    const { layers, parameters, gradients, values, slopes, deltas, offsets } = this;
    const last = layers.length - 1;
    const out = layers[last];
    const y = values[last];
    const d = deltas[last];
    let lossSum = 0;
    for (let j = 0; j < out; j += 1) {
      const difference = y[j] - targets[example * out + j];
      lossSum += difference * difference;
      d[j] = (2 * difference) / terms;
    }
    for (let l = last - 1; l >= 0; l -= 1) {
      const n = layers[l];
      const m = layers[l + 1];
      const a = values[l];
      const delta = deltas[l + 1];
      const w = offsets[l];
      const b = w + n * m;
      for (let i = 0; i < n; i += 1) {
        const ai = a[i];
        const row = w + i * m;
        for (let j = 0; j < m; j += 1) gradients[row + j] += ai * delta[j];
      }
      for (let j = 0; j < m; j += 1) gradients[b + j] += delta[j];
      if (l === 0) break;
      const slope = slopes[l];
      const previous = deltas[l];
      for (let i = 0; i < n; i += 1) {
        const row = w + i * m;
        let sum = 0;
        for (let j = 0; j < m; j += 1) sum += parameters[row + j] * delta[j];
        previous[i] = sum * slope[i];
      }
    }
    return lossSum;
  }

  train(inputs, targets, n, steps, batchSize, learningRate) {
    const losses = new Float64Array(steps);
    const terms = batchSize * this.layers[this.layers.length - 1];
    const { parameters, gradients } = this;
    for (let step = 0; step < steps; step += 1) {
      gradients.fill(0);
      let lossSum = 0;
      for (let k = 0; k < batchSize; k += 1) {
        const example = (this.cursor + k) % n;
        this.forward(inputs, example);
        lossSum += this.backward(targets, example, terms);
      }
      losses[step] = lossSum / terms;
      for (let i = 0; i < parameters.length; i += 1) parameters[i] -= learningRate * gradients[i];
      this.cursor = (this.cursor + batchSize) % n;
    }
    return losses;
  }
}
