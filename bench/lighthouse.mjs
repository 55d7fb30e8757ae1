// Lighthouse for the mobile and desktop presets, on the default view and #view=softmax, RUNS
// runs each (3 unless told), against dist/ served gzip-compressed with the strict CSP; prints
// the median of every category, of LCP, TBT and CLS and of the paints the unthrottled load
// showed (each run's first paint too), and writes them to bench/results/lighthouse.json. Run
// after a build (npm run bench builds first):
//   node bench/lighthouse.mjs
import path from 'node:path';

import { withServedSite } from './lib/browser.mjs';
import { CATEGORIES, METRICS, OBSERVED, PRESETS, runLighthouse } from './lib/lighthouse.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { median } from './lib/stats.mjs';

// DIST=folder measures another build (e.g. main's, for a before/after).
const DIST = path.resolve(process.env.DIST ?? new URL('../dist', import.meta.url).pathname);
const RUNS = Number(process.env.RUNS ?? 3);
const VIEWS = ['', '#view=softmax'];

const table = await withServedSite(
  DIST,
  async (url) => {
    const rows = [];
    for (const preset of Object.keys(PRESETS)) {
      for (const view of VIEWS) {
        const runs = [];
        for (let i = 0; i < RUNS; i += 1) runs.push(await runLighthouse(`${url}${view}`, preset));
        const medianOf = (pick) => median(runs.map(pick));
        rows.push({
          preset,
          view: view || 'default',
          scores: Object.fromEntries(CATEGORIES.map((id) => [id, medianOf((run) => run.scores[id])])),
          metrics: Object.fromEntries(Object.keys(METRICS).map((name) => [name, medianOf((run) => run.metrics[name])])),
          observed: Object.fromEntries(Object.keys(OBSERVED).map((name) => [name, medianOf((run) => run.observed[name])])),
          failed: [...new Set(runs.flatMap((run) => run.failed))],
          runs,
        });
      }
    }
    return rows;
  },
  ['--csp', '--gzip'],
);

console.log(`Lighthouse, median of ${RUNS} runs each (dist/ served gzipped, Debian Chromium headless)`);
console.log('| preset | view | performance | accessibility | best practices | SEO | LCP | TBT | CLS | observed FCP, LCP |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const { preset, view, scores, metrics, observed } of table) {
  console.log(
    `| ${preset} | ${view} | ${CATEGORIES.map((id) => scores[id]).join(' | ')} | ${(metrics.LCP / 1000).toFixed(2)} s | ${Math.round(metrics.TBT)} ms | ${metrics.CLS.toFixed(3)} | ${Math.round(observed.FCP)}, ${Math.round(observed.LCP)} ms |`,
  );
}
for (const { preset, view, runs } of table) console.log(`${preset} ${view}: observed FCP of each run ${runs.map((run) => Math.round(run.observed.FCP)).join(', ')} ms`);
for (const { preset, view, failed } of table) if (failed.length) console.log(`${preset} ${view}: audits below full marks in some run: ${failed.join(', ')}`);
console.log(`wrote ${writeResult('lighthouse.json', { machine: machine(), runs: RUNS, table })}`);
