// A bar chart, one bar per label, for reading across a room: each bar's value written
// outside its end (above a positive bar, below a negative one; inside it where the chart ends
// first) where it fits the bar's column
// (one that would run into its neighbours is left out), highlighted and greyed-out bars, a
// mark across each bar (an expected value, say), an optional dashed reference line, and bars
// that a press-and-drag moves up or down. One instance per canvas; it draws what it is given.
import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

import { formatNumber } from '../format.js';
import { baseOptions, Chart, deferredChart } from './chartjs.js';
import { chartSlide } from './slide.js';
import { font, SIZES } from './theme.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

// How far a mark reaches past each side of its bar, in CSS pixels.
const MARK_OVERHANG = 4;
// The least room between a value written over a bar and another value or bar, in CSS pixels.
const TEXT_GAP = 1;

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each bar's text goes, longest bars first: just outside its end, or just inside it where
 * the chart ends first; a text that would overlap another bar or a text already placed is left
 * out. Returns [{ text, x, y, hangs (the text hangs under y), inside }].
 */
function placeTexts(ctx, bars, texts, chartArea, size) {
  const bodies = bars.map((bar) => ({ left: bar.x - bar.width / 2, right: bar.x + bar.width / 2, top: Math.min(bar.y, bar.base), bottom: Math.max(bar.y, bar.base) }));
  const length = (i) => bodies[i].bottom - bodies[i].top;
  const order = bars.map((_, i) => i).filter((i) => texts[i]).sort((a, b) => length(b) - length(a));
  const placed = [];
  for (const i of order) {
    const bar = bars[i];
    const half = ctx.measureText(texts[i]).width / 2 + TEXT_GAP;
    const below = bar.y > bar.base;
    const room = below ? chartArea.bottom - bar.y : bar.y - chartArea.top;
    const inside = room < size + 6;
    const hangs = below !== inside;
    const y = hangs ? bar.y + 4 : bar.y - 4;
    const box = { left: bar.x - half, right: bar.x + half, top: hangs ? y : y - size, bottom: hangs ? y + size : y };
    if (bodies.some((body, j) => j !== i && overlap(box, body)) || placed.some((other) => overlap(box, other.box))) continue;
    placed.push({ text: texts[i], x: bar.x, y, hangs, inside, box });
  }
  return placed;
}

/** onDrag(index, y): the user pressed or dragged bar `index` to data value y (clamped to the axis). */
export function createBarChart(canvas, { onDrag } = {}) {
  const annotations = { texts: [], marks: [], reference: null, sizes: SIZES.normal, colors: {} };
  let locale = 'en';

  const annotate = {
    id: 'annotate',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const size = annotations.sizes.label;
      ctx.save();
      ctx.font = font(size, '600');
      ctx.textAlign = 'center';
      const bars = chart.getDatasetMeta(0).data;
      for (const { text, x, y, hangs, inside } of placeTexts(ctx, bars, annotations.texts, chartArea, size)) {
        // Inside a bar, in the background colour: the bar is the text's backdrop.
        ctx.fillStyle = inside ? annotations.colors.background : annotations.colors.text;
        ctx.textBaseline = hangs ? 'top' : 'bottom';
        ctx.fillText(text, x, y);
      }
      ctx.strokeStyle = annotations.colors.text;
      ctx.lineWidth = 3;
      bars.forEach((bar, i) => {
        const mark = annotations.marks[i];
        if (!Number.isFinite(mark)) return;
        const y = scales.y.getPixelForValue(mark);
        const half = bar.width / 2 + MARK_OVERHANG;
        ctx.beginPath();
        ctx.moveTo(bar.x - half, y);
        ctx.lineTo(bar.x + half, y);
        ctx.stroke();
      });
      if (annotations.reference !== null) {
        const y = scales.y.getPixelForValue(annotations.reference);
        ctx.strokeStyle = annotations.colors.text;
        ctx.lineWidth = 2;
        ctx.setLineDash([8, 5]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
      }
      ctx.restore();
    },
  };

  const axis = (sizes, title, colors) => ({
    ticks: { font: { size: sizes.tick }, color: colors.text, includeBounds: false },
    title: { display: Boolean(title), text: title, font: { size: sizes.title, weight: '600' }, color: colors.text },
    grid: { color: colors.grid },
  });

  const data = { labels: [], datasets: [{ data: [] }] };
  const lazy = deferredChart(canvas, {
    type: 'bar',
    data,
    options: {
      ...baseOptions,
      parsing: true,
      layout: { padding: { top: 8, right: 8 } },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { type: 'category' }, y: { type: 'linear', min: 0, max: 1 } },
    },
    plugins: [annotate],
  });

  if (onDrag) {
    let dragged = null;
    const valueAt = (event) => {
      const { y } = lazy.chart.scales;
      return Math.min(y.max, Math.max(y.min, y.getValueForPixel(event.offsetY)));
    };
    canvas.addEventListener('pointerdown', (event) => {
      if (!lazy.chart) return;
      const index = Math.round(lazy.chart.scales.x.getValueForPixel(event.offsetX));
      if (event.button !== 0 || !(index >= 0 && index < data.labels.length)) return;
      dragged = index;
      canvas.setPointerCapture(event.pointerId);
      onDrag(dragged, valueAt(event));
    });
    canvas.addEventListener('pointermove', (event) => dragged !== null && onDrag(dragged, valueAt(event)));
    const end = (event) => {
      dragged = null;
      if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  return {
    /**
     * labels: one per bar; values: the bar heights; yMin, yMax: the axis; highlight: indices
     * drawn in the highlight colour; removed: indices drawn greyed; texts: written outside
     * each bar; marks: a y value per bar, drawn as a line across it (none where not finite);
     * reference: y of a dashed line, or null; titles: { x, y }; sizes, colors, locale.
     */
    update({ labels, values, yMin, yMax, highlight = [], removed = [], texts = [], marks = [], reference = null, titles, sizes, colors, locale: newLocale }) {
      locale = newLocale;
      Object.assign(annotations, { texts, marks, reference, sizes, colors });
      data.labels = labels;
      const [dataset] = data.datasets;
      dataset.data = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
      const highlighted = new Set(highlight);
      const greyed = new Set(removed);
      dataset.backgroundColor = labels.map((_, i) => (greyed.has(i) ? colors.removed : highlighted.has(i) ? colors.highlight : colors.bars));
      const { scales } = lazy;
      scales.x = { type: 'category', ...axis(sizes, titles.x, colors) };
      const y = { type: 'linear', min: yMin, max: yMax, ...axis(sizes, titles.y, colors) };
      y.ticks.callback = (value) => formatNumber(value, locale, 3);
      scales.y = y;
      lazy.render();
    },
    /** The chart drawn at twice its device pixels under `title` and `legend`, as a PNG data URL. */
    png({ title, legend = [] }) {
      return chartSlide(lazy.now(), { title, legend, colors: annotations.colors });
    },
    destroy() {
      lazy.destroy();
    },
  };
}
