// Where the course notebook's formula fails against the accurate one: NaN where the accurate
// result is a number, or exactly 0 where the accurate result is not (a derivative that has
// collapsed, like the notebook's sigmoid' from x ~ 37).
export function brokenPoints(accurate, naive) {
  const broken = [];
  for (let i = 0; i < accurate.length; i += 1) {
    const a = accurate[i];
    const n = naive[i];
    if ((Number.isNaN(n) && !Number.isNaN(a)) || (n === 0 && a !== 0 && Number.isFinite(a))) broken.push(i);
  }
  return broken;
}

/** The runs of consecutive broken indices, as [first x, last x] intervals. */
export function brokenIntervals(xs, broken) {
  const intervals = [];
  for (const [k, i] of broken.entries()) {
    if (k > 0 && broken[k - 1] === i - 1) intervals.at(-1)[1] = xs[i];
    else intervals.push([xs[i], xs[i]]);
  }
  return intervals;
}
