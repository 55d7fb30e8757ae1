// A line chart of one or more curves over an x interval, for reading across a room: axis
// titles, large ticks in proper notation, thick dashed-or-solid curves, shaded x bands, a
// probe line with a handle to drag, and a crosshair with value badges. One instance per
// canvas; it draws what it is given and computes nothing but pixels.
import { LinearScale, LineController, LineElement, LogarithmicScale, PointElement } from 'chart.js';

import { formatNumber, powerOfTen } from '../format.js';
import { baseOptions, Chart, deferredChart } from './chartjs.js';
import { chartSlide } from './slide.js';
import { font, SIZES } from './theme.js';

// A log axis may span 600 decades (a derivative from 1 down to 1e-300): label a handful of
// its powers of ten, evenly spread.
const LOG_AXIS_LABELS = 6;

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale);
const PROBE_GRAB_DISTANCE = 14;
const HANDLE_RADIUS = 8;

/**
 * canvas: the chart's canvas. onProbe(x): the user pressed or dragged at data x (clamped to
 * the axis). onHover(x | null): the pointer hovers at data x, or left.
 */
export function createLineChart(canvas, { onProbe = () => {}, onHover = () => {} } = {}) {
  // What the overlay plugin draws, set by update() and showCrosshair().
  const overlay = { bands: [], probe: null, crosshair: null, sizes: SIZES.normal, colors: {} };
  let locale = 'en';

  const overlayPlugin = {
    id: 'overlay',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.fillStyle = overlay.colors.band;
      for (const { from, to } of overlay.bands) {
        const left = Math.max(chartArea.left, scales.x.getPixelForValue(from) - 1.5);
        const right = Math.min(chartArea.right, scales.x.getPixelForValue(to) + 1.5);
        if (right > left) ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
      }
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = overlay.probe;
      if (x === null || x < scales.x.min || x > scales.x.max) return;
      const px = scales.x.getPixelForValue(x);
      ctx.save();
      ctx.strokeStyle = overlay.colors.text;
      ctx.fillStyle = overlay.colors.text;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top + HANDLE_RADIUS);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      // The handle: a knob to grab, with arrows saying it moves sideways.
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.arc(px, chartArea.top + HANDLE_RADIUS, HANDLE_RADIUS, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = overlay.colors.background;
      ctx.font = font(11, '700');
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('↔', px, chartArea.top + HANDLE_RADIUS + 0.5);
      ctx.restore();
    },
    afterDraw(chart) {
      const hair = overlay.crosshair;
      const { ctx, chartArea, scales } = chart;
      if (!hair || hair.x < scales.x.min || hair.x > scales.x.max) return;
      const px = scales.x.getPixelForValue(hair.x);
      const size = overlay.sizes.label;
      ctx.save();
      ctx.strokeStyle = overlay.colors.text;
      ctx.globalAlpha = 0.6;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.font = font(size, '600');
      ctx.textBaseline = 'middle';
      const badge = (text, color, x, y) => {
        const width = ctx.measureText(text).width + 10;
        const left = x + width + 8 > chartArea.right ? x - width - 8 : x + 8;
        const top = Math.min(chartArea.bottom - size, Math.max(chartArea.top + size, y));
        ctx.fillStyle = overlay.colors.background;
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.rect(left, top - size * 0.75, width, size * 1.5);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = overlay.colors.text;
        ctx.fillText(text, left + 5, top);
      };
      for (const { y, color, text } of hair.badges) {
        if (!Number.isFinite(y)) continue;
        const py = scales.y.getPixelForValue(y);
        ctx.fillStyle = color;
        ctx.beginPath();
        ctx.arc(px, Math.min(chartArea.bottom, Math.max(chartArea.top, py)), 5, 0, 2 * Math.PI);
        ctx.fill();
        badge(text, color, px, py);
      }
      ctx.restore();
    },
  };

  const axis = (sizes, title, colors) => ({
    // The interval's ends are rarely round: they get no label of their own.
    ticks: { font: { size: sizes.tick }, color: colors.text, maxTicksLimit: 8, includeBounds: false, callback: (value) => formatNumber(value, locale, 3) },
    title: { display: Boolean(title), text: title, font: { size: sizes.title, weight: '600' }, color: colors.text },
    grid: { color: colors.grid },
  });

  const data = { datasets: [] };
  const lazy = deferredChart(canvas, {
    type: 'line',
    data,
    options: {
      ...baseOptions,
      layout: { padding: { top: 4, right: 12 } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { type: 'linear' }, y: { type: 'linear' } },
    },
    plugins: [overlayPlugin],
  });

  // Pointer: a press or drag moves the probe (captured, so a drag past the edge clamps);
  // hovering shows the crosshair.
  let dragging = false;
  const dataX = (event) => {
    const { x } = lazy.chart.scales;
    return Math.min(x.max, Math.max(x.min, x.getValueForPixel(event.offsetX)));
  };
  const nearProbe = (event) => overlay.probe !== null && Math.abs(lazy.chart.scales.x.getPixelForValue(overlay.probe) - event.offsetX) <= PROBE_GRAB_DISTANCE;
  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !lazy.chart) return;
    dragging = true;
    canvas.setPointerCapture(event.pointerId);
    onProbe(dataX(event));
    onHover(dataX(event));
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!lazy.chart) return;
    canvas.classList.toggle('near-probe', dragging || nearProbe(event));
    if (dragging) onProbe(dataX(event));
    onHover(dataX(event));
  });
  const endDrag = (event) => {
    dragging = false;
    if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
  };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('pointerleave', () => {
    if (!dragging) onHover(null);
  });

  return {
    /**
     * xs: the shared x values; series: [{ ys, color, dash, width?, xs?, pointRadius? }] (a y that
     * is not finite leaves a gap; a series may bring its own xs; points drawn where pointRadius
     * is given); yMin, yMax: the y interval (on a log axis, of |y|); logScale: a log axis;
     * wholeX: ticks on whole numbers of x only (steps); xStep: the x ticks' spacing (1 for layers);
     * bands: [{ from, to }] x intervals to shade; probe: x of the probe line, or null;
     * titles: { x, y }; sizes: SIZES.normal or SIZES.present; colors: from readColors();
     * locale: for tick labels.
     */
    update({ xs, series, xMin, xMax, yMin, yMax, logScale = false, wholeX = false, xStep, bands = [], probe = null, titles, sizes, colors, locale: newLocale }) {
      locale = newLocale;
      Object.assign(overlay, { bands, probe, sizes, colors });
      // Datasets, points and axis options are updated in place: replacing them makes Chart.js
      // tear its internal objects down and build them again on every update.
      const { datasets } = data;
      series.forEach((s, i) => {
        const points = s.xs ?? xs;
        datasets[i] ??= { data: [] };
        // A new array when the number of points changes: Chart.js sees length changes only
        // through its own array methods.
        if (datasets[i].data.length !== points.length) datasets[i].data = Array.from(points, (x) => ({ x, y: null }));
        const { data } = datasets[i];
        for (let k = 0; k < points.length; k += 1) {
          data[k].x = points[k];
          data[k].y = Number.isFinite(s.ys[k]) ? s.ys[k] : null;
        }
        Object.assign(datasets[i], {
          borderColor: s.color,
          backgroundColor: s.color,
          borderWidth: s.width ?? sizes.line,
          borderDash: s.dash ?? [],
          pointRadius: s.pointRadius ?? 0,
          spanGaps: false,
        });
      });
      datasets.length = series.length;
      const { scales } = lazy;
      Object.assign(scales.x, { min: xMin, max: xMax, ...axis(sizes, titles.x, colors) });
      Object.assign(scales.x.ticks, { precision: wholeX ? 0 : undefined, stepSize: xStep });
      const yAxis = logScale
        ? { type: 'logarithmic', min: yMin, max: yMax, afterBuildTicks: powersOfTen, ...axis(sizes, titles.y, colors) }
        : { type: 'linear', min: yMin, max: yMax, afterBuildTicks: undefined, ...axis(sizes, titles.y, colors) };
      if (logScale) yAxis.ticks.callback = (value) => powerOfTen(Math.round(Math.log10(value)));
      if (scales.y.type !== yAxis.type) scales.y = yAxis;
      else Object.assign(scales.y, yAxis);
      lazy.render();
    },
    /** Shows a crosshair at x with badges [{ y, color, text }], or hides it (null). */
    showCrosshair(crosshair) {
      overlay.crosshair = crosshair;
      lazy.chart?.draw();
    },
    /** The chart drawn at twice its device pixels under `title` and `legend`, as a PNG data URL. */
    png({ title, legend }) {
      const { crosshair } = overlay;
      overlay.crosshair = null;
      try {
        return chartSlide(lazy.now(), { title, legend, colors: overlay.colors });
      } finally {
        overlay.crosshair = crosshair;
      }
    },
    /** The plot area's width in CSS pixels: how many samples the curves need. */
    plotWidth() {
      const area = lazy.chart?.chartArea;
      return area ? area.right - area.left : canvas.clientWidth;
    },
    destroy() {
      lazy.destroy();
    },
  };
}

// Ticks at evenly spread powers of ten between the axis limits.
function powersOfTen(scale) {
  // The minimum may be 0 for data near 1e-42; log10(0) = -inf would never end the loop.
  const low = Math.ceil(Math.log10(Math.max(scale.min, Number.MIN_VALUE)));
  const high = Math.floor(Math.log10(scale.max));
  const step = niceStep((high - low) / (LOG_AXIS_LABELS - 1));
  scale.ticks = [];
  for (let exponent = Math.floor(high / step) * step; exponent >= low; exponent -= step) scale.ticks.unshift({ value: 10 ** exponent });
}

// The smallest of 1, 2, 5, 10, 20, 50, ... decades at or above `decades`.
function niceStep(decades) {
  if (decades <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(decades));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step >= decades);
}
