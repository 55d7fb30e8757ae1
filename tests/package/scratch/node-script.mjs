// A Node script as a course author would write it: no options, no wasm path.
import { DisposedNetworkError, loadActivations, loadTrainer, UnknownActivationError } from 'activation-explorer';

const act = await loadActivations();
const sigmoid = act.evaluate('sigmoid', [0, 2]);
const probabilities = act.softmax([1, 2, 3]);
let unknown;
try {
  act.evaluate('nope', [0]);
} catch (error) {
  unknown = error instanceof UnknownActivationError ? error.name : `not an UnknownActivationError: ${error}`;
}

const lab = await loadTrainer();
const net = lab.createNetwork({ layers: [1, 4, 1], activation: 'tanh', seed: 3 });
const { loss } = net.train([-1, 0, 1, 2], [1, 0, 1, 4], { steps: 200, batchSize: 4, learningRate: 0.05, optimizer: 'adam' });
net.dispose();
let disposed;
try {
  net.predict([0]);
} catch (error) {
  disposed = error instanceof DisposedNetworkError ? error.name : `not a DisposedNetworkError: ${error}`;
}

console.log(
  JSON.stringify({
    sigmoid: [...sigmoid.value],
    sigmoidDerivative: [...sigmoid.derivative],
    probabilitySum: probabilities.reduce((sum, p) => sum + p, 0),
    sharedInstance: act === (await loadActivations()),
    unknown,
    firstLoss: loss[0],
    lastLoss: loss[loss.length - 1],
    disposed,
  }),
);
