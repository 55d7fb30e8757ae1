// The training view's datasets, generated in JS from a seed: the same name, seed and noise give
// the same points, in the same order, in every browser. Four 2-D classification sets after
// TensorFlow Playground's (circle, XOR, two gaussians, spiral: labels −1 and +1, for squared
// error against a linear output) and a 1-D regression, sin x. Points come shuffled, since the
// trainer's batches walk the data in order. Noise is the standard deviation of a gaussian
// jitter in the domain's units: of the points for the classes, of the targets for the curve.
import { TRAINING_DATASETS as DATASETS, TRAINING_POINTS } from '../../state.js';

// Where each dataset lives, and what the charts show of it.
const PLANE = Object.freeze({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
const SINE = Object.freeze({ xMin: -Math.PI, xMax: Math.PI, yMin: -2, yMax: 2 });
// TF Playground's circle: the inner class within half the radius, the outer one from 0.7 of it.
const INNER_RADIUS = 0.5;
const OUTER_FROM = 0.7;
// XOR's points keep this far from the axes, so that the label of a point without noise is clear.
const XOR_MARGIN = 0.05;
const GAUSSIAN_CENTRE = 0.4;
const GAUSSIAN_SPREAD = 0.2;
const SPIRAL_TURNS = 1.75;
const SPIRAL_RADIUS = 0.9;

/** The 'classes' datasets have inputs in the plane; 'curve' has one input and a real target. */
export const datasetKind = (name) => (name === 'sine' ? 'curve' : 'classes');

/** { xMin, xMax, yMin, yMax }: the plane of a 2-D dataset, or x and y of the regression. */
export const datasetDomain = (name) => (name === 'sine' ? SINE : PLANE);

/**
 * { inputs, targets, inputWidth, count }: `count` examples, inputs row-major (count x inputWidth),
 * one target each (±1 for the classes, sin x plus noise for the curve).
 */
export function makeDataset(name, { seed, noise, count = TRAINING_POINTS }) {
  if (!DATASETS.includes(name)) throw new RangeError(`Unknown dataset ${JSON.stringify(name)}; the datasets are ${DATASETS.join(', ')}.`);
  const random = mulberry32(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  if (name === 'sine') {
    const examples = Array.from({ length: count }, () => {
      const x = SINE.xMin + (SINE.xMax - SINE.xMin) * random();
      return { point: [x], target: Math.sin(x) + noise * gaussian() };
    });
    return pack(examples, 1);
  }
  const draw = POINTS[name];
  const examples = Array.from({ length: count }, (_, i) => {
    const label = i % 2 === 0 ? 1 : -1;
    const [x, y] = draw(random, gaussian, label, Math.floor(i / 2) / Math.ceil(count / 2));
    return { point: [x + noise * gaussian(), y + noise * gaussian()], target: label };
  });
  return pack(shuffle(examples, random), 2);
}

// A point of class `label` before the noise; `fraction` in [0, 1) walks along the spiral's arm.
const POINTS = {
  circle(random, gaussian, label) {
    const [from, to] = label > 0 ? [0, INNER_RADIUS] : [OUTER_FROM, 1];
    const radius = from + (to - from) * random();
    const angle = 2 * Math.PI * random();
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  },
  xor(random, gaussian, label) {
    const away = () => XOR_MARGIN + (1 - XOR_MARGIN) * random();
    const x = random() < 0.5 ? away() : -away();
    const y = (label > 0) === (x > 0) ? away() : -away();
    return [x, y];
  },
  gaussians(random, gaussian, label) {
    const centre = label * GAUSSIAN_CENTRE;
    return [centre + GAUSSIAN_SPREAD * gaussian(), centre + GAUSSIAN_SPREAD * gaussian()];
  },
  spiral(random, gaussian, label, fraction) {
    const radius = SPIRAL_RADIUS * fraction;
    const angle = 2 * Math.PI * SPIRAL_TURNS * fraction + (label > 0 ? 0 : Math.PI);
    return [radius * Math.sin(angle), radius * Math.cos(angle)];
  },
};

function pack(examples, inputWidth) {
  const inputs = Float64Array.from(examples.flatMap((example) => example.point));
  const targets = Float64Array.from(examples, (example) => example.target);
  return { inputs, targets, inputWidth, count: examples.length };
}

// Fisher–Yates, from the dataset's own generator.
function shuffle(items, random) {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled;
}

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1) (the seed taken mod 2^32). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A size x size grid over a 2-D domain (row-major, y from the top), or `size` xs over a curve's. */
export function gridInputs(name, size) {
  const { xMin, xMax, yMin, yMax } = datasetDomain(name);
  const along = (low, high, i) => low + ((high - low) * (i + 0.5)) / size;
  if (datasetKind(name) === 'curve') return Float64Array.from({ length: size }, (_, i) => along(xMin, xMax, i));
  const inputs = new Float64Array(2 * size * size);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      inputs[2 * (row * size + column)] = along(xMin, xMax, column);
      inputs[2 * (row * size + column) + 1] = along(yMax, yMin, row);
    }
  }
  return inputs;
}
