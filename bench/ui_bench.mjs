// npm run bench:ui: the time from a slider's `input` event to the charts redrawn, in headless
// Chromium, over EVENTS real key presses (after WARMUP more), on two pages:
//   the explorer as built (dist/): its temperature slider, which redraws the function and
//     derivative charts (one function, 801 points) and the three softmax bar charts; and SELU's
//     alpha slider with three more functions compared (4 x 801 points on both line charts);
//   bench/ui (built to build/bench/ui-site): 4 functions x 1,000 points on both line charts,
//     made from the page's engine.js and lineChart.js, redrawn on every input of its slider.
// Per event: `handler` is input -> every listener returned (the charts are drawn on their
// canvases by then: Chart.js draws synchronously without animation); `frame` is input -> the
// next frame (requestAnimationFrame, then a task); `wasm` is the time inside the module's
// embind calls (every function the glue takes from the wasm table is wrapped with a timer).
// The pages are served cross-origin isolated so performance.now() has 5 us resolution, not 100.
import path from 'node:path';

import { withServedBrowser } from './lib/browser.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { median, quantile, round } from './lib/stats.mjs';

const EVENTS = Number(process.env.EVENTS ?? 200);
const WARMUP = Number(process.env.WARMUP ?? 20);
const FRAME_MS = 1000 / 60;
const root = (folder) => path.resolve(new URL(`../${folder}`, import.meta.url).pathname);
const PAGES = [
  { name: 'explorer (dist/), temperature slider: 1 function x 801 points, 2 line + 3 bar charts', root: root('dist'), slider: '#temperature-slider' },
  {
    name: "explorer (dist/), SELU's alpha slider with 3 functions compared: 4 x 801 points, 2 line + 3 bar charts",
    root: root('dist'),
    hash: '#fn=selu&cmp=relu,sigmoid,gelu',
    slider: 'input[type=range]:has(+ #parameter-selu-alpha)',
  },
  { name: 'bench/ui: 4 functions x 1,000 points on 2 line charts', root: root('build/bench/ui-site'), slider: '#zoom' },
];

function instrument() {
  const get = WebAssembly.Table.prototype.get;
  let wasm = 0;
  WebAssembly.Table.prototype.get = function timedGet(index) {
    const f = get.call(this, index);
    if (typeof f !== 'function') return f;
    return function timed(...args) {
      const start = performance.now();
      try {
        return f.apply(this, args);
      } finally {
        wasm += performance.now() - start;
      }
    };
  };
  window.uiSamples = [];
  let start = 0;
  let wasmAtStart = 0;
  document.addEventListener('input', () => {
    start = performance.now();
    wasmAtStart = wasm;
  }, true);
  window.addEventListener('input', () => {
    const began = start;
    const sample = { handler: performance.now() - began, wasm: wasm - wasmAtStart };
    requestAnimationFrame(() => setTimeout(() => {
      sample.frame = performance.now() - began;
      window.uiSamples.push(sample);
    }, 0));
  });
}

async function isolate(route) {
  const response = await route.fetch();
  const headers = { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  await route.fulfill({ response, headers });
}

async function measurePage(page) {
  return withServedBrowser(page.root, async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await context.route('**/*', isolate);
      const tab = await context.newPage();
      await tab.addInitScript(instrument);
      await tab.goto(url + (page.hash ?? ''));
      await tab.waitForFunction(() => document.getElementById('status').hidden);
      await tab.locator(page.slider).first().waitFor({ timeout: 5000 }).catch(() => {});
      if ((await tab.locator(page.slider).count()) !== 1) return { missing: true };
      const isolated = await tab.evaluate(() => window.crossOriginIsolated);
      await tab.focus(page.slider);
      // Back and forth in strides of 50 steps, so the slider never reaches an end.
      for (let i = 0; i < WARMUP + EVENTS; i += 1) {
        await tab.keyboard.press(Math.floor(i / 50) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
        await tab.waitForFunction((count) => window.uiSamples.length >= count, i + 1);
      }
      const samples = (await tab.evaluate(() => window.uiSamples)).slice(WARMUP);
      return { isolated, samples };
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  });
}

function summarise(samples) {
  const stats = (key) => ({ median: round(median(samples.map((s) => s[key]))), p95: round(quantile(samples.map((s) => s[key]), 0.95)) });
  const total = (key) => samples.reduce((sum, s) => sum + s[key], 0);
  return { events: samples.length, handler: stats('handler'), frame: stats('frame'), wasm: stats('wasm'), wasmShare: round(total('wasm') / total('handler'), 2) };
}

const results = [];
for (const page of PAGES) {
  const { isolated, samples, missing } = await measurePage(page);
  if (missing) {
    console.log(`\n${page.name}\n  skipped: the page has no single ${page.slider}`);
    continue;
  }
  const summary = summarise(samples);
  results.push({ page: page.name, crossOriginIsolated: isolated, ...summary, samples });
  console.log(`\n${page.name}\n  ${summary.events} input events${isolated ? '' : ' (timer at 100 us resolution)'}`);
  console.log(`  input -> charts drawn   median ${summary.handler.median} ms   p95 ${summary.handler.p95} ms   ` +
    `(target p95 <= ${round(FRAME_MS)} ms: ${summary.handler.p95 <= FRAME_MS ? 'met' : 'missed'})`);
  console.log(`  input -> next frame     median ${summary.frame.median} ms   p95 ${summary.frame.p95} ms`);
  console.log(`  of which wasm           median ${summary.wasm.median} ms   p95 ${summary.wasm.p95} ms   ` +
    `= ${round(summary.wasmShare * 100, 2)}% of the handler time (target < 10%: ${summary.wasmShare < 0.1 ? 'met' : 'missed'})`);
}
console.log(`wrote ${writeResult('ui.json', { machine: machine(), events: EVENTS, warmup: WARMUP, results })}`);
