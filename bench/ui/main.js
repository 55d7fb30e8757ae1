// The interaction the explorer is heading for: FUNCTIONS overlaid, POINTS points each, on the
// value and the derivative chart, all recomputed and redrawn on every `input` of one slider
// (here the x range). Built from the page's own engine and chart module, so
// `npm run bench:ui` can time what the overlay will cost before the page has it.
import { createLineChart } from '../../web/src/charts/lineChart.js';
import { readColors, SIZES } from '../../web/src/charts/theme.js';
import { loadActivations } from '../../web/src/engine.js';
import { extent, yInterval } from '../../web/src/views/functions/yRange.js';

const FUNCTIONS = ['relu', 'sigmoid', 'tanh', 'gelu'];
const POINTS = 1000;

const act = await loadActivations();
const charts = { value: createLineChart(document.getElementById('value-chart')), derivative: createLineChart(document.getElementById('derivative-chart')) };
const slider = document.getElementById('zoom');

const colors = readColors(document.documentElement);

function render() {
  const half = slider.valueAsNumber;
  const xs = Float64Array.from({ length: POINTS }, (_, i) => -half + (2 * half * i) / (POINTS - 1));
  const results = FUNCTIONS.map((id) => act.evaluate(id, xs));
  for (const which of ['value', 'derivative']) {
    const series = results.map((result, i) => ({ ys: result[which], color: colors.series[i] }));
    const [yMin, yMax] = yInterval(series.map((s) => extent(s.ys)));
    charts[which].update({ xs, series, xMin: -half, xMax: half, yMin, yMax, titles: { x: 'x', y: which }, sizes: SIZES.normal, colors, locale: 'en' });
  }
}

slider.addEventListener('input', render);
render();
window.benchScenario = { functions: FUNCTIONS, points: POINTS, charts: 2 };
document.getElementById('status').hidden = true;
