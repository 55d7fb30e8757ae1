// A quantity over training steps, in bounded memory: samples fall into buckets of `stride`
// steps and each bucket keeps their mean. When the buckets outnumber `capacity`, neighbours
// merge in pairs and the stride doubles, so a run of any length holds between capacity/2 and
// capacity points, the recent ones as coarse as the old (a log-scale loss curve reads the same).

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
        return;
      }
      buckets.push({ index, steps: step, values: value, count: 1 });
      while (buckets.length > capacity) compact();
    },
    /** { xs, ys }: each bucket's mean step and mean value. */
    points() {
      return {
        xs: Float64Array.from(buckets, (bucket) => bucket.steps / bucket.count),
        ys: Float64Array.from(buckets, (bucket) => bucket.values / bucket.count),
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
