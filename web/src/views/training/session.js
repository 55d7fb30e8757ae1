// A training run: one network per activation, all from the same initial weights (same layers,
// initialization and seed), trained on the same data in lock step. Each keeps its loss and its
// layers' gradient norms over the steps (bounded histories), and from time to time a snapshot:
// its outputs over a grid of the domain (the decision regions, or the fitted curve), on the
// data, and its hidden layers' statistics. A network whose loss, gradients or outputs stop
// being finite has diverged: it stops there, marked with that step, and the others go on.
// What runs when, within a frame's time, is the scheduler's (scheduler.js).
import { createHistory } from './history.js';

// Enough points for a chart's width; fewer make each one the mean of more batches, so the
// curves show the trend more than the batches' noise.
const LOSS_POINTS = 240;
const GRADIENT_POINTS = 160;

/**
 * lab: from loadTrainer(); activations: [{ id, params }]; layers: widths, inputs first;
 * initialization, seed: as createNetwork takes them; dataset: from makeDataset(); grid:
 * { inputs, count } (gridInputs()), where the snapshots evaluate the networks.
 */
export function createSession(lab, { activations, layers, initialization, seed, dataset, grid }) {
  const runs = activations.map(({ id, params }) => ({
    id,
    network: lab.createNetwork({ layers, activation: id, params, seed, initialization }),
    steps: 0,
    diverged: null,
    loss: createHistory(LOSS_POINTS),
    gradients: layers.slice(1).map(() => createHistory(GRADIENT_POINTS)),
    snapshot: null,
  }));
  const live = () => runs.filter((run) => run.diverged === null);
  const inputWidth = layers[0];
  let target = 0;
  // The snapshot being taken: per live run, the data first, then the grid in pieces; and the
  // runs done, published together when the last is.
  let pending = [];
  let completed = [];
  let snapshotWanted = true;

  function diverge(run, step) {
    run.diverged = step;
    run.steps = step;
    pending = pending.filter((unit) => unit.run !== run);
    completed = completed.filter((unit) => unit.run !== run);
  }

  function publish(unit) {
    const { run, outputs, statistics, grid: values } = unit;
    const finite = (array) => array.every(Number.isFinite);
    if (!finite(outputs) || !finite(values) || !['deadFraction', 'mean', 'spread'].every((key) => finite(statistics[key]))) {
      diverge(run, run.steps);
      return;
    }
    let squares = 0;
    let right = 0;
    outputs.forEach((output, i) => {
      squares += (output - dataset.targets[i]) ** 2;
      right += (output > 0) === (dataset.targets[i] > 0) ? 1 : 0;
    });
    run.snapshot = { step: run.steps, grid: values, outputs, statistics, loss: squares / outputs.length, accuracy: right / outputs.length };
  }

  return {
    runs,
    /** The networks that have not diverged. */
    live,
    /** The steps every live network has trained (the run's step). */
    get steps() {
      const alive = live();
      return alive.length ? Math.min(...alive.map((run) => run.steps)) : Math.max(0, ...runs.map((run) => run.steps));
    },
    /** The step the live networks are trained toward. */
    get target() {
      return target;
    },
    /** Live networks that have not reached the run's target step yet, the furthest behind first. */
    lagging: () => live().filter((run) => run.steps < target).sort((a, b) => a.steps - b.steps),
    get finished() {
      return live().length === 0;
    },
    /** Moves the target `count` steps on: every live network is to train up to it. */
    advance(count) {
      target = Math.max(target, this.steps) + count;
    },

    /**
     * Trains `run` for `steps` batches (options: batchSize, learningRate, optimizer), recording
     * each batch's loss and, after the last, each layer's gradient norm.
     */
    train(run, steps, options) {
      const { loss } = run.network.train(dataset.inputs, dataset.targets, { steps, ...options });
      const broken = loss.findIndex((value) => !Number.isFinite(value));
      const good = broken < 0 ? steps : broken;
      for (let k = 0; k < good; k += 1) run.loss.add(run.steps + k + 1, loss[k]);
      if (broken >= 0) {
        diverge(run, run.steps + broken + 1);
        return;
      }
      run.steps += steps;
      const norms = run.network.layerGradientNorms();
      if (!norms.every(Number.isFinite)) {
        diverge(run, run.steps);
        return;
      }
      norms.forEach((norm, layer) => run.gradients[layer].add(run.steps, norm));
    },

    /** Asks for a snapshot as soon as no network lags (after a reset, or a single step). */
    wantSnapshot() {
      snapshotWanted = true;
    },
    get snapshotWanted() {
      return snapshotWanted;
    },
    get snapshotPending() {
      return pending.length > 0;
    },
    beginSnapshot() {
      snapshotWanted = false;
      pending = live().map((run) => ({ run, outputs: null, statistics: null, grid: new Float64Array(grid.count), done: 0 }));
    },
    /** The network the next piece of the snapshot evaluates, and how many examples it holds at most. */
    nextSnapshotPiece() {
      const unit = pending[0];
      return { run: unit.run, examples: unit.outputs ? grid.count - unit.done : dataset.count };
    },
    /**
     * Takes the next piece of the snapshot: a network's outputs and statistics on the data, or
     * up to `examples` points of its grid. Returns how many examples it evaluated.
     */
    snapshotPiece(examples) {
      const unit = pending[0];
      if (!unit.outputs) {
        unit.outputs = unit.run.network.predict(dataset.inputs);
        unit.statistics = unit.run.network.activationStatistics(dataset.inputs);
        return 2 * dataset.count;
      }
      const count = Math.max(1, Math.min(examples, grid.count - unit.done));
      const from = unit.done * inputWidth;
      unit.grid.set(unit.run.network.predict(grid.inputs.subarray(from, from + count * inputWidth)), unit.done);
      unit.done += count;
      if (unit.done === grid.count) {
        completed.push(pending.shift());
        // Every network's snapshot at once: the charts never show two steps side by side.
        if (!pending.length) completed.splice(0).forEach(publish);
      }
      return count;
    },

    dispose() {
      runs.forEach((run) => run.network.dispose());
    },
  };
}
