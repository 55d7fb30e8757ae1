// Chart.js as the charts use it: each chart module registers only the pieces it draws with,
// so a view's bundle carries no others.
import { Chart } from 'chart.js';

import { drawWhenNear } from './drawWhenNear.js';

// Drawing only on demand: no animation, data handed over pre-parsed and sorted, and no
// Chart.js event handling (the charts listen to pointer events themselves).
export const baseOptions = Object.freeze({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  parsing: false,
  normalized: true,
  events: [],
});

/**
 * A Chart.js chart on `canvas` from `config`, built as drawWhenNear says: building with the data
 * also saves the empty first layout of a chart built at mount. Until it is built, `config.data`
 * and `config.options` are where the data and options go.
 */
export function deferredChart(canvas, config) {
  let chart = null;
  const firstDraw = drawWhenNear(canvas, () => (chart = new Chart(canvas, config)));
  return {
    /** The chart, or null until built. */
    get chart() {
      return chart;
    },
    /** The scale options to write into: the built chart's, or the config's. */
    get scales() {
      return chart ? chart.options.scales : config.options.scales;
    },
    /** Draws what was written: now if built, else once due. */
    render() {
      if (chart) chart.update('none');
      else firstDraw.request();
    },
    /** The chart, built now if it has something to draw (an export cannot wait), or null. */
    now() {
      firstDraw.now();
      return chart;
    },
    destroy() {
      firstDraw.cancel();
      chart?.destroy();
    },
  };
}

export { Chart };
