// A bar chart of probabilities in [0, 1], one bar per label: one instance per canvas.
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
    update(labels, probabilities) {
      chart.data.labels = labels;
      chart.data.datasets[0].data = Array.from(probabilities);
      chart.update('none');
    },
  };
}
