// A bar chart, one bar per label, for reading across a room: each bar's value written
// outside its end (above a positive bar, below a negative one), highlighted and greyed-out
// bars, an optional dashed reference line, and bars that a press-and-drag moves up or down.
// One instance per canvas; it draws what it is given.
import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

import { formatNumber } from '../format.js';
import { baseOptions, Chart } from './chartjs.js';
import { chartSlide } from './slide.js';
import { font, SIZES } from './theme.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** onDrag(index, y): the user pressed or dragged bar `index` to data value y (clamped to the axis). */
export function createBarChart(canvas, { onDrag } = {}) {
  const annotations = { texts: [], reference: null, sizes: SIZES.normal, colors: {} };
  let locale = 'en';

  const annotate = {
    id: 'annotate',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const size = annotations.sizes.label;
      ctx.save();
      ctx.font = font(size, '600');
      ctx.textAlign = 'center';
      chart.getDatasetMeta(0).data.forEach((bar, i) => {
        const text = annotations.texts[i];
        if (!text) return;
        const below = bar.y > bar.base;
        // Outside the bar's end where there is room, else just inside it, in the background colour.
        const room = below ? chartArea.bottom - bar.y : bar.y - chartArea.top;
        const inside = room < size + 6;
        ctx.fillStyle = inside ? annotations.colors.background : annotations.colors.text;
        ctx.textBaseline = below === inside ? 'bottom' : 'top';
        ctx.fillText(text, bar.x, below === inside ? bar.y - 4 : bar.y + 4);
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

  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [] }] },
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
      const { y } = chart.scales;
      return Math.min(y.max, Math.max(y.min, y.getValueForPixel(event.offsetY)));
    };
    canvas.addEventListener('pointerdown', (event) => {
      const index = Math.round(chart.scales.x.getValueForPixel(event.offsetX));
      if (event.button !== 0 || !(index >= 0 && index < chart.data.labels.length)) return;
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
     * each bar; reference: y of a dashed line, or null; titles: { x, y }; sizes, colors, locale.
     */
    update({ labels, values, yMin, yMax, highlight = [], removed = [], texts = [], reference = null, titles, sizes, colors, locale: newLocale }) {
      locale = newLocale;
      Object.assign(annotations, { texts, reference, sizes, colors });
      chart.data.labels = labels;
      const dataset = chart.data.datasets[0];
      dataset.data = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
      const highlighted = new Set(highlight);
      const greyed = new Set(removed);
      dataset.backgroundColor = labels.map((_, i) => (greyed.has(i) ? colors.removed : highlighted.has(i) ? colors.highlight : colors.bars));
      chart.options.scales.x = { type: 'category', ...axis(sizes, titles.x, colors) };
      const y = { type: 'linear', min: yMin, max: yMax, ...axis(sizes, titles.y, colors) };
      y.ticks.callback = (value) => formatNumber(value, locale, 3);
      chart.options.scales.y = y;
      chart.update('none');
    },
    /** The chart drawn at twice its device pixels under `title` and `legend`, as a PNG data URL. */
    png({ title, legend = [] }) {
      return chartSlide(chart, { title, legend, colors: annotations.colors });
    },
    destroy() {
      chart.destroy();
    },
  };
}
