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

// A chart's first build, in three tasks: Chart.js's setup with the canvas's sizing, then the
// layout of its scales and data, then the first draw. As one task it held a phone's main thread
// (4x CPU) for 100-300 ms, and a tap waits for the task it lands in. Chart.js's own hooks hold
// each step back: a beforeUpdate or beforeRender hook that returns false cancels it.

/**
 * A Chart.js chart on `canvas` from `config`, built as drawWhenNear says (building with the data
 * also saves the empty first layout of a chart built at mount), in the steps above. Until it is
 * drawn, `config.data` and the scale options (`scales`) are where the data and options go.
 */
export function deferredChart(canvas, config) {
  const win = canvas.ownerDocument.defaultView;
  let built = null;
  let chart = null;
  let timer = null;
  // Whether what is drawn changed after the layout step: the draw step then lays out again.
  let changedSinceLayout = false;
  const layOut = () => {
    changedSinceLayout = false;
    built.update('none');
  };
  const draw = () => {
    chart = built;
    if (changedSinceLayout) built.update('none');
    else built.render();
    win.removeEventListener('beforeprint', finish);
  };
  // The steps after the setup not taken yet; each is taken off before it runs.
  const remaining = [layOut, draw];
  const takeStep = () => {
    timer = null;
    remaining.shift()();
    if (remaining.length) timer = win.setTimeout(takeStep, 0);
  };
  // Printing and exporting cannot wait for the next task.
  function finish() {
    win.clearTimeout(timer);
    while (remaining.length) remaining.shift()();
  }
  const buildInSteps = {
    id: 'buildInSteps',
    beforeUpdate: () => (remaining[0] === layOut ? false : undefined),
    beforeRender: () => (remaining.length ? false : undefined),
  };
  const firstDraw = drawWhenNear(canvas, (atOnce) => {
    built = new Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), buildInSteps] });
    win.addEventListener('beforeprint', finish);
    if (atOnce) finish();
    else timer = win.setTimeout(takeStep, 0);
  });
  return {
    /** The chart, or null until drawn. */
    get chart() {
      return chart;
    },
    /** The scale options to write into: the built chart's, or the config's. */
    get scales() {
      return built ? built.options.scales : config.options.scales;
    },
    /** Draws what was written: now if drawn, else once due. */
    render() {
      if (chart) chart.update('none');
      else if (built) changedSinceLayout = true;
      else firstDraw.request();
    },
    /** The chart, drawn now if it has something to draw (an export cannot wait), or null. */
    now() {
      firstDraw.now();
      if (built) finish();
      return chart;
    },
    destroy() {
      firstDraw.cancel();
      win.clearTimeout(timer);
      win.removeEventListener('beforeprint', finish);
      built?.destroy();
    },
  };
}

export { Chart };
