// A line chart of one or more series over an x interval: one instance per canvas.
import { baseOptions, Chart } from './chartjs.js';

// A log axis may span 600 decades (a derivative from 1 down to 1e-300): label a handful
// of its powers of ten, evenly spread, in exponent notation.
const LOG_AXIS_LABELS = 7;
const logarithmicAxis = {
  type: 'logarithmic',
  afterBuildTicks(scale) {
    // Chart.js may set the minimum to 0 for data near 1e-42; log10(0) = -inf would never end the loop.
    const low = Math.ceil(Math.log10(Math.max(scale.min, Number.MIN_VALUE)));
    const high = Math.floor(Math.log10(scale.max));
    const step = Math.max(1, Math.ceil((high - low) / (LOG_AXIS_LABELS - 1)));
    scale.ticks = [];
    for (let exponent = high; exponent >= low; exponent -= step) scale.ticks.unshift({ value: 10 ** exponent });
  },
  ticks: { callback: (value) => Number(value).toExponential(0) },
};

export function createLineChart(canvas) {
  let probeX = null;
  // Draws the probe: a vertical line at probeX, over the plot area.
  const probe = {
    id: 'probe',
    afterDatasetsDraw(target) {
      const { ctx, chartArea, scales } = target;
      if (probeX === null || probeX < scales.x.min || probeX > scales.x.max) return;
      const px = scales.x.getPixelForValue(probeX);
      ctx.save();
      ctx.strokeStyle = Chart.defaults.color;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    },
  };
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      ...baseOptions,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { type: 'linear' }, y: { type: 'linear', grace: '5%' } },
    },
    plugins: [probe],
  });

  return {
    /**
     * xs: the shared x values; series: [{ ys, color, dashed?, markersOnly? }]. Points whose y
     * is not finite (or, on a log scale, not positive) leave a gap. With logScale, |y| is drawn.
     */
    update(xs, series, { xMin, xMax, logScale = false, yMin, yMax, probe: newProbeX = null }) {
      probeX = newProbeX;
      const y = logScale ? (v) => (Math.abs(v) > 0 && Number.isFinite(v) ? Math.abs(v) : null) : (v) => (Number.isFinite(v) ? v : null);
      // Datasets and axis options are updated in place: replacing them makes Chart.js tear
      // its internal objects down and build them again on every update.
      const { datasets } = chart.data;
      series.forEach((s, i) => {
        datasets[i] ??= {};
        Object.assign(datasets[i], {
          data: Array.from(xs, (x, k) => ({ x, y: y(s.ys[k]) })),
          borderColor: s.color,
          backgroundColor: s.color,
          borderWidth: s.markersOnly ? 0 : 2,
          borderDash: s.dashed ? [6, 4] : [],
          showLine: !s.markersOnly,
          pointRadius: s.markersOnly ? 2 : 0,
          spanGaps: false,
        });
      });
      datasets.length = series.length;
      Object.assign(chart.options.scales.x, { min: xMin, max: xMax });
      const fixed = yMin !== undefined && yMax !== undefined;
      const yAxis = logScale ? logarithmicAxis : { type: 'linear', grace: fixed ? 0 : '5%', min: yMin, max: yMax };
      if (chart.options.scales.y.type !== yAxis.type) chart.options.scales.y = yAxis;
      else Object.assign(chart.options.scales.y, yAxis);
      chart.update('none');
    },
    /** The x value under a horizontal canvas offset in CSS pixels, clamped to the axis. */
    xAt(offsetX) {
      const { x } = chart.scales;
      return Math.min(x.max, Math.max(x.min, x.getValueForPixel(offsetX)));
    },
    /** The chart as a PNG data URL. */
    png() {
      return chart.toBase64Image('image/png', 1);
    },
    /** The y interval actually drawn, for text descriptions of the chart. */
    yRange() {
      return { min: chart.scales.y.min, max: chart.scales.y.max };
    },
  };
}
