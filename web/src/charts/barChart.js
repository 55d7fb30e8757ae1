// A bar chart, one bar per label: one instance per canvas. Probabilities get a fixed [0, 1]
// axis so bars compare across updates; other values (log-probabilities) get an automatic one.
import { baseOptions, Chart } from './chartjs.js';

export function createBarChart(canvas, { color }) {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: color }] },
    options: {
      ...baseOptions,
      parsing: true,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { type: 'category' }, y: { type: 'linear', min: 0, max: 1 } },
    },
  });

  return {
    update(labels, values, { probability = true } = {}) {
      chart.data.labels = labels;
      chart.data.datasets[0].data = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
      chart.options.scales.y = probability ? { type: 'linear', min: 0, max: 1 } : { type: 'linear' };
      chart.update('none');
    },
  };
}
