// A trainer in the style of TensorFlow Playground's src/nn.ts (tensorflow/playground): one
// object per node and one per link, forward and backward passes walking them, derivatives
// accumulated per node and per link and averaged at the update. Squared error 2 (y - t) per
// output and SGD, as the other implementations; tanh's derivative calls tanh again, as nn.ts's does.
const TANH = {
  output: (x) => Math.tanh(x),
  der: (x) => {
    const output = TANH.output(x);
    return 1 - output * output;
  },
};
const LINEAR = { output: (x) => x, der: () => 1 };

class Node {
  constructor(activation) {
    this.activation = activation;
    this.inputLinks = [];
    this.outputs = [];
    this.bias = 0;
    this.totalInput = 0;
    this.output = 0;
    this.outputDer = 0;
    this.inputDer = 0;
    this.accInputDer = 0;
    this.numAccumulatedDers = 0;
  }

  updateOutput() {
    this.totalInput = this.bias;
    for (const link of this.inputLinks) this.totalInput += link.weight * link.source.output;
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

class Link {
  constructor(source, dest, weight) {
    this.source = source;
    this.dest = dest;
    this.weight = weight;
    this.errorDer = 0;
    this.accErrorDer = 0;
    this.numAccumulatedDers = 0;
  }
}

export class NodeTrainer {
  /** `weights` in cpp/trainer's layout (per layer W[i][j], then b), so every trainer starts alike. */
  constructor(layers, weights) {
    this.network = [];
    let offset = 0;
    layers.forEach((width, l) => {
      const activation = l === layers.length - 1 ? LINEAR : TANH;
      const layer = Array.from({ length: width }, () => new Node(activation));
      if (l > 0) {
        const previous = this.network[l - 1];
        layer.forEach((node, j) => {
          previous.forEach((source, i) => {
            const link = new Link(source, node, weights[offset + i * width + j]);
            source.outputs.push(link);
            node.inputLinks.push(link);
          });
          node.bias = weights[offset + previous.length * width + j];
        });
        offset += (previous.length + 1) * width;
      }
      this.network.push(layer);
    });
    this.cursor = 0;
  }

  forwardProp(inputs, example) {
    const inputLayer = this.network[0];
    inputLayer.forEach((node, i) => {
      node.output = inputs[example * inputLayer.length + i];
    });
    for (let l = 1; l < this.network.length; l += 1) for (const node of this.network[l]) node.updateOutput();
  }

  backProp(targets, example) {
    const outputLayer = this.network[this.network.length - 1];
    let lossSum = 0;
    outputLayer.forEach((node, j) => {
      const difference = node.output - targets[example * outputLayer.length + j];
      lossSum += difference * difference;
      node.outputDer = (2 * difference) / outputLayer.length;
    });
    for (let l = this.network.length - 1; l >= 1; l -= 1) {
      const layer = this.network[l];
      for (const node of layer) {
        node.inputDer = node.outputDer * node.activation.der(node.totalInput);
        node.accInputDer += node.inputDer;
        node.numAccumulatedDers += 1;
      }
      for (const node of layer) {
        for (const link of node.inputLinks) {
          link.errorDer = node.inputDer * link.source.output;
          link.accErrorDer += link.errorDer;
          link.numAccumulatedDers += 1;
        }
      }
      if (l === 1) continue;
      for (const node of this.network[l - 1]) {
        node.outputDer = 0;
        for (const output of node.outputs) node.outputDer += output.weight * output.dest.inputDer;
      }
    }
    return lossSum;
  }

  updateWeights(learningRate) {
    for (let l = 1; l < this.network.length; l += 1) {
      for (const node of this.network[l]) {
        if (node.numAccumulatedDers > 0) {
          node.bias -= (learningRate * node.accInputDer) / node.numAccumulatedDers;
          node.accInputDer = 0;
          node.numAccumulatedDers = 0;
        }
        for (const link of node.inputLinks) {
          if (link.numAccumulatedDers > 0) {
            link.weight -= (learningRate / link.numAccumulatedDers) * link.accErrorDer;
            link.accErrorDer = 0;
            link.numAccumulatedDers = 0;
          }
        }
      }
    }
  }

  train(inputs, targets, n, steps, batchSize, learningRate) {
    const losses = new Float64Array(steps);
    const outputs = this.network[this.network.length - 1].length;
    for (let step = 0; step < steps; step += 1) {
      let lossSum = 0;
      for (let k = 0; k < batchSize; k += 1) {
        const example = (this.cursor + k) % n;
        this.forwardProp(inputs, example);
        lossSum += this.backProp(targets, example);
      }
      losses[step] = lossSum / (batchSize * outputs);
      this.updateWeights(learningRate);
      this.cursor = (this.cursor + batchSize) % n;
    }
    return losses;
  }
}
