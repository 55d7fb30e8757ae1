// Chart.js as the charts use it: each chart module registers only the pieces it draws with,
// so a view's bundle carries no others.
import { Chart } from 'chart.js';

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

// Charts this close to the viewport (a quarter of its height above or below it) are built: a
// scroll finds them drawn, and a phone builds only the one or two it shows.
const NEAR_VIEWPORT = '25% 0px';

/**
 * A Chart.js chart on `canvas` from `config`, built the first time it has something to draw
 * and its canvas is near the viewport, in a task of its own. Building one keeps a phone's main
 * thread busy for tens of milliseconds and a view has two to twelve, most of them below the
 * fold: one task each leaves room for a tap between them, charts out of sight wait until
 * scrolled to (or printed, or exported), and building with the data saves the empty first
 * layout of a chart built at mount. Until it is built, `config.data` and `config.options` are
 * where the data and options go.
 */
export function deferredChart(canvas, config) {
  const win = canvas.ownerDocument.defaultView;
  let chart = null;
  let timer = null;
  let wanted = false;
  let near = false;
  const build = () => {
    win.clearTimeout(timer);
    timer = null;
    stopWatching();
    chart = new Chart(canvas, config);
  };
  const buildWhenDue = () => {
    if (wanted && near && !chart) timer ??= win.setTimeout(build, 0);
  };
  const observer = new win.IntersectionObserver(
    (entries) => {
      near = entries.at(-1).isIntersecting;
      buildWhenDue();
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  const buildForPrint = () => wanted && build();
  function stopWatching() {
    observer.disconnect();
    win.removeEventListener('beforeprint', buildForPrint);
  }
  observer.observe(canvas);
  win.addEventListener('beforeprint', buildForPrint);
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
      wanted = true;
      buildWhenDue();
    },
    /** The chart, built now if it has something to draw (an export cannot wait), or null. */
    now() {
      if (!chart && wanted) build();
      return chart;
    },
    destroy() {
      win.clearTimeout(timer);
      timer = null;
      stopWatching();
      chart?.destroy();
    },
  };
}

export { Chart };
