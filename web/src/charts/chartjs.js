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

export { Chart };
