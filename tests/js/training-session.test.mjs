// The training view's run (web/src/views/training/): bounded histories, networks side by side
// from the same weights, divergence that stops one network and not the others, snapshots, and
// the scheduler's frame budget, against the shipped trainer module and a test's own clock.
import assert from 'node:assert/strict';
import test from 'node:test';

import { datasetKind, gridInputs, makeDataset } from '../../web/src/views/training/datasets.js';
import { createHistory } from '../../web/src/views/training/history.js';
import { createScheduler } from '../../web/src/views/training/scheduler.js';
import { createSession } from '../../web/src/views/training/session.js';
import { loadTrainerFresh } from './support.mjs';

const lab = await loadTrainerFresh();

test('a history keeps every sample until its capacity, then means of pairs, never more than the capacity', () => {
  const history = createHistory(8);
  assert.deepEqual(history.points(), { xs: new Float64Array(0), ys: new Float64Array(0) }, 'nothing yet');
  for (let step = 1; step <= 8; step += 1) history.add(step, 10 * step);
  assert.deepEqual([...history.points().ys], [10, 20, 30, 40, 50, 60, 70, 80]);
  history.add(9, 90);
  assert.equal(history.stride, 2);
  assert.deepEqual([...history.points().xs], [1.5, 3.5, 5.5, 7.5, 9]);
  assert.deepEqual([...history.points().ys], [15, 35, 55, 75, 90]);
  // With a stride of 4 the last bucket waits until it spans 2 steps of its 4.
  for (let step = 10; step <= 17; step += 1) history.add(step, 10 * step);
  assert.equal(history.stride, 4);
  assert.deepEqual([...history.points().xs], [2.5, 6.5, 10.5, 14.5]);
  history.add(18, 180);
  assert.deepEqual([...history.points().xs], [2.5, 6.5, 10.5, 14.5, 17.5]);

  // 100,000 steps: between half the capacity and the capacity; the value step/2 stays the mean step/2.
  const long = createHistory(600);
  for (let step = 1; step <= 100_000; step += 1) long.add(step, step / 2);
  const { xs, ys } = long.points();
  assert.ok(long.length <= 600 && long.length >= 300, `${long.length} points`);
  assert.ok(xs.length >= long.length - 1);
  xs.forEach((x, i) => assert.equal(ys[i], x / 2));
  assert.ok(xs.every((x, i) => i === 0 || x > xs[i - 1]));

  // Sparse samples (one every 997 steps) stay within the capacity too.
  const sparse = createHistory(50);
  for (let step = 997; step <= 997 * 10_000; step += 997) sparse.add(step, 1);
  assert.ok(sparse.length <= 50, `${sparse.length} points`);
});

const spec = (dataName, activations, extra = {}) => {
  const dataset = makeDataset(dataName, { seed: 1, noise: 0.05 });
  const size = datasetKind(dataName) === 'curve' ? 64 : 12;
  return {
    activations: activations.map((id) => ({ id, params: {} })),
    layers: [dataset.inputWidth, 8, 8, 1],
    initialization: 'glorot',
    seed: 1,
    dataset,
    grid: { inputs: gridInputs(dataName, size), count: datasetKind(dataName) === 'curve' ? size : size * size },
    ...extra,
  };
};
const options = { batchSize: 10, learningRate: 0.03, optimizer: 'sgd' };

test('the networks start from the same weights and train in lock step, one batch per step', () => {
  const session = createSession(lab, spec('circle', ['sigmoid', 'tanh', 'relu', 'selu']));
  const [first, ...others] = session.runs.map((run) => run.network.weights());
  for (const weights of others) assert.deepEqual(weights, first);
  assert.equal(session.steps, 0);
  session.advance(1);
  assert.equal(session.lagging().length, 4);
  for (const run of session.lagging()) session.train(run, 1, options);
  assert.equal(session.steps, 1);
  assert.ok(session.runs.every((run) => run.steps === 1 && run.loss.length === 1 && run.gradients.every((g) => g.length === 1)));
  // A network trained alone the same way gives the same loss: the session adds nothing.
  const alone = lab.createNetwork({ layers: [2, 8, 8, 1], activation: 'tanh', seed: 1 });
  const data = spec('circle', []).dataset;
  const [loss] = alone.train(data.inputs, data.targets, { steps: 1, ...options }).loss;
  assert.equal(session.runs[1].loss.points().ys[0], loss);
  alone.dispose();
  // A step asked for while a network is still on its way to the last target: every network
  // ends exactly one step past that target, none runs ahead.
  session.advance(5);
  session.train(session.lagging()[0], 5, options);
  session.advance(1);
  for (const run of session.lagging()) session.train(run, session.target - run.steps, options);
  assert.deepEqual(session.runs.map((run) => run.steps), [7, 7, 7, 7]);
  session.dispose();
});

test('a huge learning rate: a network that diverges stops at its step, finite to the end, and the others go on', () => {
  // At a learning rate of 10, SELU's network overflows within a few steps; the sigmoid's lasts
  // about a hundred (measured: tests/js hold the trainer's own divergence test).
  const session = createSession(lab, spec('xor', ['sigmoid', 'selu'], { layers: [2, 8, 8, 8, 1] }));
  session.advance(20);
  for (const run of session.lagging()) session.train(run, 20, { ...options, learningRate: 10 });
  const [sigmoid, selu] = session.runs;
  assert.equal(sigmoid.diverged, null);
  assert.equal(sigmoid.steps, 20);
  assert.ok(selu.diverged >= 1 && selu.diverged < 20, `SELU diverged at ${selu.diverged}`);
  assert.equal(selu.steps, selu.diverged);
  assert.equal(selu.loss.length, selu.diverged - 1);
  assert.ok(selu.loss.points().ys.every(Number.isFinite));
  assert.deepEqual(session.live(), [sigmoid]);
  assert.equal(session.steps, 20);
  assert.equal(session.finished, false);
  session.dispose();
});

test('a snapshot evaluates every live network on the grid and the data, at one step', () => {
  for (const dataName of ['spiral', 'sine']) {
    const { grid, ...rest } = spec(dataName, ['tanh', 'relu']);
    const session = createSession(lab, { grid, ...rest });
    assert.equal(session.snapshotWanted, true);
    session.beginSnapshot();
    assert.equal(session.snapshotWanted, false);
    let pieces = 0;
    while (session.snapshotPending) {
      const { examples } = session.nextSnapshotPiece();
      assert.ok(examples > 0);
      session.snapshotPiece(5);
      pieces += 1;
      if (session.snapshotPending) assert.ok(session.runs.every((run) => run.snapshot === null), 'published together, at the end');
    }
    // Per network: the data in one piece, then the grid 5 points at a time.
    assert.equal(pieces, 2 * (1 + Math.ceil(grid.count / 5)));
    for (const run of session.runs) {
      const { snapshot } = run;
      assert.equal(snapshot.step, 0);
      assert.equal(snapshot.grid.length, grid.count);
      assert.deepEqual(snapshot.grid, run.network.predict(grid.inputs), 'the pieces make the whole grid');
      assert.equal(snapshot.outputs.length, rest.dataset.count);
      assert.ok(snapshot.loss > 0 && snapshot.accuracy >= 0 && snapshot.accuracy <= 1);
      for (const key of ['deadFraction', 'mean', 'spread']) assert.equal(snapshot.statistics[key].length, 2);
    }
    session.dispose();
  }
});

// A clock the test moves: each train() costs `trainCost` ms per example, each evaluated
// example `evaluateCost` ms; the scheduler sees only the clock.
function timedSession(activations, { trainCost, evaluateCost }) {
  let clock = 0;
  const session = createSession(lab, spec('circle', activations));
  const { train, snapshotPiece } = session;
  session.train = (run, steps, trainOptions) => {
    clock += steps * trainOptions.batchSize * trainCost;
    return train(run, steps, trainOptions);
  };
  session.snapshotPiece = (examples) => {
    const done = snapshotPiece(examples);
    clock += done * evaluateCost;
    return done;
  };
  return { session, now: () => clock };
}

test('the scheduler: the snapshot first, then training in lock step, within the frame budget', () => {
  const { session, now } = timedSession(['sigmoid', 'tanh', 'relu'], { trainCost: 0.002, evaluateCost: 0.001 });
  const scheduler = createScheduler(now, 8);
  const first = scheduler.frame(session, { playing: true, options });
  assert.deepEqual(first, { trained: true, snapshot: true });
  assert.ok(session.runs.every((run) => run.snapshot?.step === 0));
  for (let frame = 0; frame < 50; frame += 1) {
    const start = now();
    scheduler.frame(session, { playing: true, options });
    const spent = now() - start;
    // One step of the three networks costs 3 x 10 x 0.002 = 0.06 ms: the budget is kept to within it.
    assert.ok(spent <= 8 + 0.06, `frame ${frame}: ${spent} ms`);
    assert.equal(session.lagging().length, 0, 'every network reaches the step in the frame');
    assert.equal(new Set(session.runs.map((run) => run.steps)).size, 1);
  }
  // 8 ms at 0.06 ms a step: about 130 steps a frame once the costs are known.
  assert.ok(session.steps > 40 * 100, `${session.steps} steps in 51 frames`);
  // Snapshots come again while playing (every 250 ms at most: 400 ms have passed), at one step for every network.
  const steps = new Set(session.runs.map((run) => run.snapshot.step));
  assert.equal(steps.size, 1);
  assert.ok([...steps][0] > 0);
  session.dispose();
});

test('the scheduler: paused, nothing trains; a step trains each network exactly one batch, then a snapshot', () => {
  const { session, now } = timedSession(['tanh', 'selu'], { trainCost: 0.002, evaluateCost: 0.001 });
  const scheduler = createScheduler(now, 8);
  for (let frame = 0; frame < 5; frame += 1) scheduler.frame(session, { playing: false, options });
  assert.equal(session.steps, 0);
  assert.equal(session.snapshotPending, false);
  session.advance(1);
  session.wantSnapshot();
  const result = scheduler.frame(session, { playing: false, options });
  assert.equal(result.trained, true);
  assert.ok(session.runs.every((run) => run.steps === 1 && run.loss.length === 1));
  scheduler.frame(session, { playing: false, options });
  assert.ok(session.runs.every((run) => run.snapshot.step === 1));
  session.dispose();
});

test('the scheduler: a step that alone overruns the budget still runs, one network per frame, and the networks catch up', () => {
  // 10 examples x 1 ms: each network's step takes 10 ms, more than the 8 ms budget.
  const { session, now } = timedSession(['sigmoid', 'tanh', 'relu'], { trainCost: 1, evaluateCost: 0.001 });
  const scheduler = createScheduler(now, 8);
  scheduler.frame(session, { playing: true, options }); // the snapshot, and the first network's step
  const afterFrames = [];
  for (let frame = 0; frame < 9; frame += 1) {
    const start = now();
    scheduler.frame(session, { playing: true, options });
    assert.ok(now() - start <= 10 + 1e-9, `frame ${frame}: ${now() - start} ms, more than one network's step`);
    afterFrames.push(session.runs.map((run) => run.steps).join(','));
  }
  assert.ok(session.steps >= 2, `the run moved on: ${afterFrames.join(' ')}`);
  assert.ok(session.runs.every((run) => Math.abs(run.steps - session.steps) <= 1), 'no network runs ahead by more than a step');
  session.dispose();
});
