// A line chart of y over a fixed x interval: one instance per canvas.
import { baseOptions, Chart } from './chartjs.js';

export function createLineChart(canvas, { color, xMin, xMax }) {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [{ data: [], borderColor: color, borderWidth: 2, pointRadius: 0, spanGaps: false }] },
    options: {
      ...baseOptions,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { type: 'linear', min: xMin, max: xMax, ticks: { stepSize: 2 } },
        y: { type: 'linear', grace: '5%' },
      },
    },
  });

  return {
    /** xs, ys: equal-length number arrays; non-finite ys leave a gap. */
    update(xs, ys) {
      chart.data.datasets[0].data = Array.from(xs, (x, i) => ({ x, y: Number.isFinite(ys[i]) ? ys[i] : null }));
      chart.update('none');
    },
    /** The y interval actually drawn, for text descriptions of the chart. */
    yRange() {
      return { min: chart.scales.y.min, max: chart.scales.y.max };
    },
  };
}
