// What the training view does in one animation frame, within `budget` ms of work in wasm, so
// that training never holds up input or drawing: first the pending snapshot, in pieces (only
// when no network is mid-way to the run's step, so a snapshot shows every network at the same
// step); then training, each live network toward the run's step, and while playing the run's
// step moves on by as many steps as the measured costs say fit. A single step that alone takes
// longer than the budget (ten layers of 32 units, batches of 200) still runs, as the frame's
// only work.

/** Milliseconds of training per frame: half of a 60 Hz frame, the rest for drawing and input. */
export const FRAME_BUDGET = 8;
/** Snapshots while playing: at most this often, and at most a third of the time. */
const SNAPSHOT_INTERVAL = 250;
const SNAPSHOT_SHARE = 1 / 3;
/** Most steps in one train() call: the losses it returns are an array of this length. */
const MOST_STEPS_PER_CALL = 1000;
/** Grid points a network evaluates the first time, before its cost is known. */
const FIRST_PIECE = 64;
// Each cost is a running mean, weighted toward the latest call.
const SMOOTHING = 0.3;
const STEP_PER_FORWARD = 3;

/** now(): milliseconds (performance.now, or a test's clock). */
export function createScheduler(now, budget = FRAME_BUDGET) {
  // Per network: ms per example trained (forward, backward, update) and per example evaluated.
  const costs = new WeakMap();
  const costOf = (run) => {
    if (!costs.has(run)) costs.set(run, { trained: null, evaluated: null });
    return costs.get(run);
  };
  // Runs call() (which returns how many examples it handled), and learns its cost per example.
  const measure = (run, kind, call) => {
    const start = now();
    const examples = call();
    const elapsed = now() - start;
    const cost = costOf(run);
    const perExample = elapsed / examples;
    cost[kind] = cost[kind] === null ? perExample : cost[kind] + SMOOTHING * (perExample - cost[kind]);
    return elapsed;
  };
  // Before its first step, a network's cost is guessed: like the others' (the same layers), or
  // from its snapshot (a step is a forward pass, a backward pass twice its cost, and an update).
  const trainingCost = (session, run) => {
    const known = session.runs.map((other) => costOf(other).trained).filter((cost) => cost !== null);
    const { trained, evaluated } = costOf(run);
    return trained ?? (known.length ? Math.max(...known) : evaluated === null ? null : STEP_PER_FORWARD * evaluated);
  };
  let nextSnapshot = -Infinity;
  let snapshotTime = 0;

  return {
    /**
     * One frame's work on `session` (session.js). playing: move the run's step on; options: the
     * train() options (batchSize, learningRate, optimizer). Returns { trained, snapshot }: whether
     * any network trained, and whether a snapshot was completed.
     */
    frame(session, { playing, options }) {
      const deadline = now() + budget;
      const left = () => deadline - now();
      const idle = session.lagging().length === 0;
      let snapshot = false;
      let worked = false;
      if (idle && !session.snapshotPending && (session.snapshotWanted || (playing && now() >= nextSnapshot))) {
        session.beginSnapshot();
        snapshotTime = 0;
      }
      while (session.snapshotPending && left() > 0) {
        const { run, examples } = session.nextSnapshotPiece();
        const cost = costOf(run).evaluated;
        const count = cost === null ? Math.min(examples, FIRST_PIECE) : Math.max(1, Math.floor(left() / cost));
        snapshotTime += measure(run, 'evaluated', () => session.snapshotPiece(count));
        worked = true;
        if (!session.snapshotPending) {
          snapshot = true;
          nextSnapshot = now() + Math.max(SNAPSHOT_INTERVAL, snapshotTime * (1 / SNAPSHOT_SHARE - 1));
        }
      }
      if (session.snapshotPending) return { trained: false, snapshot };

      const { batchSize } = options;
      if (playing && idle && !session.finished) {
        const perExample = session.live().map((run) => costOf(run).trained);
        const perStep = perExample.includes(null) ? null : perExample.reduce((sum, cost) => sum + cost * batchSize, 0);
        session.advance(perStep === null ? 1 : Math.min(MOST_STEPS_PER_CALL, Math.max(1, Math.floor(left() / perStep))));
      }
      let trained = false;
      for (const run of session.lagging()) {
        const cost = trainingCost(session, run);
        // Only a frame's first piece of work may overrun: a step that does not fit waits.
        if (worked && (cost === null || cost * batchSize > left())) break;
        const toGo = Math.min(MOST_STEPS_PER_CALL, session.target - run.steps);
        const measured = costOf(run).trained !== null;
        const steps = measured ? Math.min(toGo, Math.max(1, Math.floor(left() / (cost * batchSize)))) : 1;
        measure(run, 'trained', () => {
          session.train(run, steps, options);
          return steps * batchSize;
        });
        trained = true;
        worked = true;
      }
      return { trained, snapshot };
    },
  };
}
