// The y interval of a line chart. "auto" keeps every curve readable: the union of the curves'
// extents, unless that would flatten one of them (sigmoid beside ReLU on [-10, 10] spans a
// tenth of the union); then a window MIN_SHARE times that curve's span, holding it whole and as
// much of the others as it can. "all" is the plain union; a function id fits that curve alone.

/** A curve's smallest span may fill as little as 1/MIN_SHARE of the chart's height. */
const MIN_SHARE = 4;
/** Room above and below the curves, as a fraction of the interval. */
const GRACE = 0.05;

/** [min, max] of the finite values in `ys`, or null when there is none. */
export function extent(ys) {
  let low = Infinity;
  let high = -Infinity;
  for (const y of ys) {
    if (!Number.isFinite(y)) continue;
    if (y < low) low = y;
    if (y > high) high = y;
  }
  return low <= high ? [low, high] : null;
}

/** The union of extents (null entries are curves with nothing finite to show). */
function union(extents) {
  const known = extents.filter(Boolean);
  if (!known.length) return null;
  return [Math.min(...known.map((e) => e[0])), Math.max(...known.map((e) => e[1]))];
}

/** The window of `width` that holds `inner` and overlaps the other extents the most. */
function bestWindow(extents, inner, width) {
  const lowest = inner[1] - width;
  const highest = inner[0];
  const clampStart = (a) => Math.min(highest, Math.max(lowest, a));
  const candidates = [lowest, highest, ...extents.flatMap(([a, b]) => [a, b - width])].map(clampStart);
  // A flat curve has no length to overlap: inside the window it counts as a tenth of it.
  const covered = (start) =>
    extents.reduce((sum, [a, b]) => {
      if (a === b) return sum + (a >= start && a <= start + width ? width / 10 : 0);
      return sum + Math.max(0, Math.min(start + width, b) - Math.max(start, a));
    }, 0);
  const start = candidates.reduce((best, a) => (covered(a) > covered(best) ? a : best), candidates[0]);
  return [start, start + width];
}

/**
 * The y interval, with a little room, for curves with these extents ([min, max] or null each).
 * mode: 'auto', 'all', or an index into `extents` (fit that curve).
 */
export function yInterval(extents, mode = 'auto') {
  const chosen = typeof mode === 'number' ? extents[mode] ?? union(extents) : union(extents);
  let interval = chosen;
  if (mode === 'auto' && chosen) {
    const spans = extents.map((e) => (e ? e[1] - e[0] : 0));
    const smallest = spans.reduce((best, span, i) => (span > 0 && (best < 0 || span < spans[best]) ? i : best), -1);
    if (smallest >= 0 && chosen[1] - chosen[0] > MIN_SHARE * spans[smallest]) {
      interval = bestWindow(extents.filter(Boolean), extents[smallest], MIN_SHARE * spans[smallest]);
    }
  }
  return withGrace(interval ?? [-1, 1]);
}

function withGrace([low, high]) {
  if (low === high) {
    const room = Math.max(1, Math.abs(low)) / 2;
    return [low - room, high + room];
  }
  const room = (high - low) * GRACE;
  return [low - room, high + room];
}

/** A log axis's interval: whole powers of ten around the smallest positive and largest |y|. */
export function logInterval(extentsOfMagnitudes) {
  const known = extentsOfMagnitudes.filter(Boolean);
  if (!known.length) return [1e-3, 1];
  const low = Math.min(...known.map((e) => e[0]));
  const high = Math.max(...known.map((e) => e[1]));
  // Powers of ten that doubles hold: 1e-323 is the smallest (subnormal), 1e308 the largest.
  // Parsed, not computed: 10 ** -5 is 0.000009999999999999999.
  const power = (exponent) => Number(`1e${Math.min(308, Math.max(-323, exponent))}`);
  const bottom = Math.floor(Math.log10(low));
  const top = Math.ceil(Math.log10(high));
  return [power(bottom), power(top > bottom ? top : bottom + 1)];
}
