// A quantity over training steps, in bounded memory: samples fall into buckets of `stride`
// steps and each bucket keeps their mean. When the buckets outnumber `capacity`, neighbours
// merge in pairs and the stride doubles, so a run of any length holds between capacity/2 and
// capacity points, the recent ones as coarse as the old (a log-scale loss curve reads the same).
// The last bucket shows once it spans half its stride: the mean of one or two batches would
// end the curve in a spike of their noise.

export function createHistory(capacity) {
  let stride = 1;
  // Per bucket: its index (steps index·stride + 1 ... (index + 1)·stride), and sums of steps and values.
  let buckets = [];

  function compact() {
    const merged = [];
    for (const bucket of buckets) {
      const index = Math.floor(bucket.index / 2);
      const last = merged.at(-1);
      if (last?.index === index) {
        last.steps += bucket.steps;
        last.values += bucket.values;
        last.count += bucket.count;
        last.lastStep = bucket.lastStep;
      } else merged.push({ ...bucket, index });
    }
    buckets = merged;
    stride *= 2;
  }

  return {
    /** Records `value` at training step `step` (1, 2, ...; never decreasing). */
    add(step, value) {
      const index = Math.floor((step - 1) / stride);
      const last = buckets.at(-1);
      if (last?.index === index) {
        last.steps += step;
        last.values += value;
        last.count += 1;
        last.lastStep = step;
        return;
      }
      buckets.push({ index, steps: step, values: value, count: 1, lastStep: step });
      while (buckets.length > capacity) compact();
    },
    /** { xs, ys }: each bucket's mean step and mean value. */
    points() {
      const last = buckets.at(-1);
      const filled = buckets.length <= 1 || last.lastStep - last.index * stride >= stride / 2;
      const shown = filled ? buckets : buckets.slice(0, -1);
      return {
        xs: Float64Array.from(shown, (bucket) => bucket.steps / bucket.count),
        ys: Float64Array.from(shown, (bucket) => bucket.values / bucket.count),
      };
    },
    get length() {
      return buckets.length;
    },
    get stride() {
      return stride;
    },
  };
}
