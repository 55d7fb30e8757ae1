// Wrong calls: each line after a @ts-expect-error must fail to type-check. tsc --strict passes on
// this file only if every one of them does (an unused @ts-expect-error is itself an error), and
// tests/package/package.test.mjs also checks that, with the directives removed, each fails.
import { loadActivations, loadTrainer } from 'activation-explorer';

const act = await loadActivations();
const xs = new Float64Array(4);

// @ts-expect-error an id that is not in the catalogue
act.evaluate('sigmoidd', xs);
// @ts-expect-error a vector row given to evaluate()
act.evaluate('softmax', xs);
// @ts-expect-error an element-wise row given to evaluateVector()
act.evaluateVector('relu', xs);
// @ts-expect-error a gated row takes no temperature
act.evaluateVector('glu', xs, 2);
// @ts-expect-error xs must be numbers
act.evaluate('relu', ['1', '2']);
// @ts-expect-error BigInt arrays are refused
act.evaluate('relu', new BigInt64Array(2));
// @ts-expect-error a parameter value must be a number
act.evaluate('elu', xs, { alpha: '1' });
// @ts-expect-error out must hold Float64Arrays
act.evaluate('relu', xs, {}, { out: { value: new Float32Array(4), derivative: new Float32Array(4) } });
// @ts-expect-error out of evaluateVector is one Float64Array
act.softmax(xs, 1, { out: { value: new Float64Array(4) } });
// @ts-expect-error an unknown sampling option
act.samplingDistribution(xs, { topk: 3 });
// @ts-expect-error temperature must be a number
act.softmax(xs, '1');
// @ts-expect-error sample needs a count and a seed
act.sample(xs);
// @ts-expect-error catalogue rows are read-only
act.catalog()[0].id = 'relu';
// @ts-expect-error the result of evaluate has no "values"
act.evaluate('relu', xs).values;
// @ts-expect-error wasmBinary is bytes, not a path
await loadActivations({ wasmBinary: 'activations.wasm' });

const lab = await loadTrainer();
// @ts-expect-error a network needs its layers
lab.createNetwork({ activation: 'tanh' });
// @ts-expect-error a vector row cannot be a hidden layer's activation
lab.createNetwork({ layers: [1, 1], activation: 'softmax' });
// @ts-expect-error an unknown optimizer
lab.createNetwork({ layers: [1, 1], activation: 'tanh' }).train([0], [0], { optimizer: 'rmsprop' });
// @ts-expect-error an unknown loss
lab.createNetwork({ layers: [1, 1], activation: 'tanh', loss: 'hinge' });
