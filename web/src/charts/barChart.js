// A bar chart, one bar per label: one instance per canvas. Probabilities get a fixed [0, 1]
// axis so bars compare across updates, a dashed line at the uniform 1/n and their values
// written above the bars; other values (log-probabilities) get an automatic axis.
import { baseOptions, Chart } from './chartjs.js';

export function createBarChart(canvas) {
  let annotations = { texts: [], reference: null };
  let colors = { bar: Chart.defaults.color, highlight: Chart.defaults.color };
  // Writes each bar's value above it and draws the reference line.
  const annotate = {
    id: 'annotate',
    afterDatasetsDraw(target) {
      const { ctx, chartArea, scales } = target;
      ctx.save();
      ctx.fillStyle = Chart.defaults.color;
      ctx.font = `12px ${Chart.defaults.font.family}`;
      ctx.textAlign = 'center';
      target.getDatasetMeta(0).data.forEach((bar, i) => {
        const text = annotations.texts[i];
        if (text) ctx.fillText(text, bar.x, Math.max(chartArea.top + 12, Math.min(bar.y, bar.base) - 4));
      });
      if (annotations.reference !== null) {
        const y = scales.y.getPixelForValue(annotations.reference);
        ctx.strokeStyle = Chart.defaults.color;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [] }] },
    options: {
      ...baseOptions,
      parsing: true,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { type: 'category' }, y: { type: 'linear', min: 0, max: 1 } },
    },
    plugins: [annotate],
  });

  return {
    /**
     * labels: one per bar; values: the bar heights; options: probability (fixed [0, 1] axis
     * and a 1/n reference line), highlight (the index drawn in highlightColor), texts (written
     * above the bars).
     */
    update(labels, values, { probability = true, highlight = -1, texts = [] } = {}) {
      chart.data.labels = labels;
      const dataset = chart.data.datasets[0];
      dataset.data = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
      dataset.backgroundColor = labels.map((_, i) => (i === highlight ? colors.highlight : colors.bar));
      chart.options.scales.y = probability ? { type: 'linear', min: 0, max: 1 } : { type: 'linear' };
      annotations = { texts, reference: probability && labels.length ? 1 / labels.length : null };
      chart.update('none');
    },
    /** Colours of the bars and of the highlighted one, applied at the next update. */
    setColors(bar, highlight) {
      colors = { bar, highlight };
    },
    png() {
      return chart.toBase64Image('image/png', 1);
    },
  };
}
