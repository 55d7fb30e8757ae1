// npm run bench:ui: the time from a slider's `input` event to the next frame, in headless
// Chromium, over EVENTS real key presses (after WARMUP more), on three pages, each at full speed
// and with the CPU throttled 4x (Chrome DevTools Protocol Emulation.setCPUThrottlingRate: a
// school laptop):
//   the explorer as built (dist/), softmax view: its temperature slider, which redraws the
//     three bar charts and the Jacobian;
//   the explorer, SELU's alpha slider with three more functions compared: 4 curves on both
//     line charts, the probe read-out and the cards;
//   bench/ui (built to build/bench/ui-site): 4 functions x 1,000 points on both line charts,
//     made from the page's engine.js and lineChart.js, redrawn on every input of its slider.
// Per event: `handler` is input -> every listener returned (the explorer only updates its
// state and markup there: its charts draw in the next animation frame); `frame` is input ->
// the next frame has run (requestAnimationFrame, then a task), charts drawn; `wasm` is the time
// inside the module's calls up to then (bench/lib/wasm-timer.mjs). The pages are served
// cross-origin isolated so performance.now() has 5 us resolution, not 100.
import path from 'node:path';

import { isolate, withServedBrowser } from './lib/browser.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { timeWasmCalls } from './lib/wasm-timer.mjs';
import { median, quantile, round } from './lib/stats.mjs';

const EVENTS = Number(process.env.EVENTS ?? 200);
const WARMUP = Number(process.env.WARMUP ?? 20);
const FRAME_MS = 1000 / 60;
// input -> next frame, p95, at each CPU throttling rate.
const TARGETS = { 1: FRAME_MS, 4: 50 };
const root = (folder) => path.resolve(new URL(`../${folder}`, import.meta.url).pathname);
const PAGES = [
  { name: 'explorer (dist/), softmax view, temperature slider: 3 bar charts and the Jacobian', root: root('dist'), hash: '#view=softmax', slider: '.temperature input[type=range]' },
  {
    name: "explorer (dist/), SELU's alpha slider with 3 functions compared: 4 curves on 2 line charts",
    root: root('dist'),
    hash: '#fn=selu&cmp=relu,sigmoid,gelu',
    slider: '[data-id="selu"] .field:first-of-type input[type=range]',
  },
  { name: 'bench/ui: 4 functions x 1,000 points on 2 line charts', root: root('build/bench/ui-site'), slider: '#zoom' },
];

// After timeWasmCalls (bench/lib/wasm-timer.mjs): a sample per input event.
function instrument() {
  window.uiSamples = [];
  let start = 0;
  let wasmAtStart = 0;
  document.addEventListener('input', () => {
    start = performance.now();
    wasmAtStart = window.wasmMilliseconds();
  }, true);
  window.addEventListener('input', () => {
    const began = start;
    const sample = { handler: performance.now() - began };
    // Registered after the page's own frame request (made while the input was handled), so it
    // runs after the charts are drawn.
    requestAnimationFrame(() => setTimeout(() => {
      sample.frame = performance.now() - began;
      sample.wasm = window.wasmMilliseconds() - wasmAtStart;
      window.uiSamples.push(sample);
    }, 0));
  });
}

async function measurePage(page, throttling) {
  return withServedBrowser(page.root, async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.route('**/*', isolate);
      const tab = await context.newPage();
      await tab.addInitScript(timeWasmCalls);
      await tab.addInitScript(instrument);
      await tab.goto(url + (page.hash ?? ''));
      await tab.waitForFunction(() => document.getElementById('status').hidden);
      await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: throttling });
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
  return { events: samples.length, handler: stats('handler'), frame: stats('frame'), wasm: stats('wasm'), wasmShare: round(total('wasm') / total('frame'), 2) };
}

const results = [];
for (const page of PAGES) {
  for (const throttling of [1, 4]) {
    const { isolated, samples, missing } = await measurePage(page, throttling);
    const label = `${page.name}, CPU ${throttling === 1 ? 'at full speed' : `throttled ${throttling}x`}`;
    if (missing) {
      console.log(`\n${label}\n  skipped: the page has no single ${page.slider}`);
      continue;
    }
    const summary = summarise(samples);
    const target = TARGETS[throttling];
    results.push({ page: page.name, throttling, crossOriginIsolated: isolated, ...summary, target, samples });
    console.log(`\n${label}\n  ${summary.events} input events${isolated ? '' : ' (timer at 100 us resolution)'}`);
    console.log(`  input -> listeners done median ${summary.handler.median} ms   p95 ${summary.handler.p95} ms`);
    console.log(`  input -> next frame     median ${summary.frame.median} ms   p95 ${summary.frame.p95} ms   ` +
      `(target p95 <= ${round(target)} ms: ${summary.frame.p95 <= target ? 'met' : 'missed'})`);
    console.log(`  of which wasm           median ${summary.wasm.median} ms   p95 ${summary.wasm.p95} ms   = ${round(summary.wasmShare * 100, 2)}% of the frame time`);
  }
}
console.log(`wrote ${writeResult('ui.json', { machine: machine(), events: EVENTS, warmup: WARMUP, results })}`);
