// First load: every shipped file in dist/, raw and gzipped; the first view (every file the
// page requests until its first chart is drawn) in total; and, in headless Chromium from a
// cold cache, the time from navigation to the first chart drawn (median of LOADS loads).
// Run after a build (npm run bench builds first): node bench/sizes.mjs
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { withServedBrowser } from './lib/browser.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { median, round } from './lib/stats.mjs';

// DIST=folder measures another build (e.g. main's, for a before/after).
const DIST = path.resolve(process.env.DIST ?? new URL('../dist', import.meta.url).pathname);
const LOADS = Number(process.env.LOADS ?? 7);
// Issue 16: everything fetched until the default view's charts are drawn, and its wasm.
const TARGET = { firstViewGzip: 80 * 1024, wasmRaw: 40 * 1024 };

function listFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? listFiles(file) : [file];
  });
}

const files = listFiles(DIST).map((file) => {
  const bytes = fs.readFileSync(file);
  return { file: path.relative(DIST, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

// In the page: when the value chart's canvas is first stroked (Chart.js draws axes and lines
// in one synchronous pass, after the data arrived), and when the loading status was hidden.
function recordFirstDraw() {
  const stroke = CanvasRenderingContext2D.prototype.stroke;
  CanvasRenderingContext2D.prototype.stroke = function recordingStroke(...args) {
    if (this.canvas.id === 'value-chart' && window.firstChartDrawn === undefined) window.firstChartDrawn = performance.now();
    return stroke.apply(this, args);
  };
}

async function loadOnce(browser, url) {
  const context = await browser.newContext(); // a fresh context: a cold cache
  const page = await context.newPage();
  const requested = new Set();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  await page.addInitScript(recordFirstDraw);
  await page.goto(url);
  await page.waitForFunction(() => window.firstChartDrawn !== undefined && document.getElementById('status').hidden);
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    return {
      firstChartDrawn: window.firstChartDrawn,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
      wasmFetched: wasm?.responseEnd,
    };
  });
  await context.close();
  return { timing, requested };
}

const loads = await withServedBrowser(DIST, async (browser, url) => {
  const results = [];
  for (let i = 0; i < LOADS + 1; i += 1) results.push(await loadOnce(browser, url)); // the first warms Chromium up
  return results.slice(1).map((result) => ({ ...result, base: new URL(url).pathname }));
});

const firstViewPaths = new Set([...loads[0].requested].map((p) => p.slice(loads[0].base.length) || 'index.html'));
const firstView = files.filter((f) => firstViewPaths.has(f.file));
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const wasm = files.find((f) => f.file.endsWith('.wasm'));
const timings = Object.fromEntries(
  Object.keys(loads[0].timing).map((key) => [key, round(median(loads.map((l) => l.timing[key])), 3)]),
);

console.log('dist/ file                                   raw        gzip   first view');
for (const f of files) {
  console.log(`${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}   ${firstViewPaths.has(f.file) ? 'yes' : ''}`);
}
const firstViewRaw = sum(firstView, 'raw');
const firstViewGzip = sum(firstView, 'gzip');
console.log(`${'first view total'.padEnd(40)} ${kb(firstViewRaw).padStart(10)} ${kb(firstViewGzip).padStart(10)}   ` +
  `(target <= ${kb(TARGET.firstViewGzip)} gzipped: ${firstViewGzip <= TARGET.firstViewGzip ? 'met' : 'missed'})`);
console.log(`wasm ${kb(wasm.raw)} raw (target <= ${kb(TARGET.wasmRaw)}: ${wasm.raw <= TARGET.wasmRaw ? 'met' : 'missed'})`);
console.log(`navigation -> first chart drawn, headless Chromium, cold cache, median of ${LOADS}: ${timings.firstChartDrawn} ms ` +
  `(DOMContentLoaded ${timings.domContentLoaded} ms, wasm fetched ${timings.wasmFetched} ms, load ${timings.load} ms)`);
const result = { machine: machine(), files, firstView: { files: firstView.map((f) => f.file), raw: firstViewRaw, gzip: firstViewGzip }, timings, loads: loads.map((l) => l.timing) };
console.log(`wrote ${writeResult('sizes.json', result)}`);
