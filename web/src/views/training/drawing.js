// What the training view's charts show of a run (session.js): the loss of each network, each
// network's layers' gradient norms on one shared scale, its hidden layers' statistics at the
// last snapshot, and its decision regions or fitted curve. Each function hands one kind of
// chart what it draws (a chart given as null, being out of view, is left as it is); none of
// them trains or evaluates anything.
import { rgb } from '../../charts/heatmap.js';
import { DASHES } from '../../charts/theme.js';
import { extent, logInterval, yInterval } from '../functions/yRange.js';

export const STATISTICS = Object.freeze(['deadFraction', 'mean', 'spread']);
// The x axis of the charts over steps reaches at least this far, so a new run does not start
// as a point at the right edge.
const FEWEST_STEPS_SHOWN = 10;
const STATISTIC_POINT = 5;
// The layer next to the input is drawn in this share of its network's colour (the rest is the
// background), the output layer in all of it.
const PALEST = 0.25;
// Fractions of dead units are drawn on [0, 1], with room for points on either end.
const FRACTION_AXIS = [-0.05, 1.05];

// A history's points; a log axis has no place for 0 (a dead layer's gradient): it is left out as a gap.
function positivePoints(history) {
  const { xs, ys } = history.points();
  return { xs, ys: Float64Array.from(ys, (y) => (y > 0 ? y : NaN)) };
}
const stepsShown = (session) => Math.max(FEWEST_STEPS_SHOWN, ...session.runs.map((run) => run.steps));

/** `share` of `color` over `background`, as a CSS colour. */
function shade(color, background, share) {
  const [a, b] = [rgb(color), rgb(background)];
  const [red, green, blue] = a.map((c, k) => Math.round(b[k] + (c - b[k]) * share));
  return `rgb(${red}, ${green}, ${blue})`;
}

// A chart of values over the steps, on a log axis: series [{ xs, ys, color, dash?, width? }];
// its y interval takes in every series', or is the one given. Returns the interval.
function drawOverSteps(chart, series, { session, titles, sizes, colors, locale }, [yMin, yMax] = logInterval(series.map(({ ys }) => extent(ys)))) {
  chart.update({ xs: [], series, xMin: 0, xMax: stepsShown(session), yMin, yMax, logScale: true, wholeX: true, titles, sizes, colors, locale });
  return [yMin, yMax];
}

// The log interval of these networks' curves. A diverging network's last values run up to
// 10^300 on their way to overflow: while any network lives, the live ones set the scale (the
// diverged ones are cut at its edge, and marked as diverged).
function sharedScale(session, curvesOf) {
  const live = session.runs.filter((run) => run.diverged === null);
  return logInterval((live.length ? live : session.runs).flatMap(curvesOf).map(({ ys }) => extent(ys)));
}

/** Each network's loss per step; returns the y interval drawn, or null (out of view). */
export function drawLoss(chart, context) {
  if (!chart) return null;
  const { session, colors } = context;
  const curves = session.runs.map((run, i) => ({ ...positivePoints(run.loss), color: colors.series[i], dash: DASHES[i] }));
  return drawOverSteps(chart, curves, context, sharedScale(session, (run) => [positivePoints(run.loss)]));
}

/** One chart per network: a line per layer of weights, pale at the input, on one scale for the live ones. */
export function drawGradients(charts, context) {
  const { session, sizes, colors } = context;
  const layersOf = (run) => run.gradients.map(positivePoints);
  const scale = sharedScale(session, layersOf);
  charts.forEach((chart, i) => {
    if (!chart) return;
    const run = session.runs[i];
    const layers = layersOf(run);
    const share = (layer) => PALEST + ((1 - PALEST) * layer) / Math.max(1, layers.length - 1);
    const series = layers.map((points, layer) => ({ ...points, color: shade(colors.series[i], colors.background, share(layer)), width: sizes.line - 1 }));
    drawOverSteps(chart, series, context, run.diverged === null ? scale : undefined);
  });
}

/** charts: { deadFraction, mean, spread }; a line per network over its hidden layers. */
export function drawStatistics(charts, { session, titles, sizes, colors, locale }) {
  const hidden = session.runs[0].gradients.length - 1;
  const layers = Float64Array.from({ length: hidden }, (_, l) => l + 1);
  const nothingYet = new Float64Array(hidden).fill(NaN);
  for (const key of STATISTICS.filter((name) => charts[name])) {
    const values = session.runs.map((run) => (run.diverged === null && run.snapshot ? run.snapshot.statistics[key] : nothingYet));
    const [yMin, yMax] = key === 'deadFraction' ? FRACTION_AXIS : yInterval(values.map(extent), 'all');
    charts[key].update({
      xs: layers,
      series: values.map((ys, i) => ({ ys, color: colors.series[i], dash: DASHES[i], pointRadius: STATISTIC_POINT })),
      xMin: 0.5,
      xMax: hidden + 0.5,
      yMin,
      yMax,
      xStep: 1,
      titles: titles(key),
      sizes,
      colors,
      locale,
    });
  }
}

/** One map per network: its last snapshot's outputs under the data, marked where it diverged. */
export function drawRegions(maps, { session, data, mark, sizes, colors }) {
  maps.forEach((map, i) => {
    if (!map) return;
    const run = session.runs[i];
    map.update({ ...data, grid: run.snapshot?.grid ?? null, curveColor: colors.series[i], mark: run.diverged === null ? null : mark(run.diverged), sizes, colors });
  });
}
