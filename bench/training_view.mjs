// npm run bench:training-view: the training view playing in headless Chromium at 1280 x 800,
// for SECONDS seconds per case (after WARMUP), at full speed and with the CPU throttled 4x
// (Chrome DevTools Protocol Emulation.setCPUThrottlingRate: a school laptop). Per animation
// frame: the time spent in wasm since the previous frame (the training view's slice of
// training and evaluation: bench/lib/wasm-timer.mjs) and the interval between frames (a frame
// that input had to wait for shows as a long one). Also the steps per second the page reached,
// and the JS heap after a forced garbage collection at the start and at the end of the run.
// A benchmark, not a test: nothing here asserts a time.
import path from 'node:path';

import { isolate, withServedBrowser } from './lib/browser.mjs';
import { machine, writeResult } from './lib/machine.mjs';
import { median, quantile, round } from './lib/stats.mjs';
import { timeWasmCalls } from './lib/wasm-timer.mjs';

const SECONDS = Number(process.env.SECONDS ?? 20);
const WARMUP = Number(process.env.WARMUP ?? 3);
const BUDGET_MS = 8; // web/src/views/training/scheduler.js's FRAME_BUDGET
const CASES = [
  { name: 'the default: sigmoid, tanh, ReLU, SELU; 4 hidden layers of 8; batches of 10', hash: '#view=training&train.play=1' },
  { name: 'the largest: the same four; 10 hidden layers of 32; batches of 200', hash: '#view=training&train.layers=10&train.width=32&train.batch=200&train.play=1' },
];

// After timeWasmCalls: per animation frame, the wasm time since the previous one and the interval.
function sampleFrames() {
  window.frameSamples = [];
  let last = null;
  let wasmBefore = 0;
  const onFrame = (now) => {
    const wasm = window.wasmMilliseconds();
    if (last !== null) window.frameSamples.push({ interval: now - last, wasm: wasm - wasmBefore });
    last = now;
    wasmBefore = wasm;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

const steps = (tab) => tab.evaluate(() => Number(document.querySelector('.transport .steps').textContent.replace(/\D/g, '')));

async function heapAfterCollection(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measureCase({ hash }, throttling) {
  return withServedBrowser(path.resolve(new URL('../dist', import.meta.url).pathname), async (browser, url) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.route('**/*', isolate);
      const tab = await context.newPage();
      await tab.addInitScript(timeWasmCalls);
      await tab.addInitScript(sampleFrames);
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling });
      await tab.goto(url + hash);
      await tab.locator('.transport .play:enabled').waitFor();
      await tab.waitForTimeout(WARMUP * 1000);
      const heapBefore = await heapAfterCollection(cdp);
      await tab.evaluate(() => window.frameSamples.splice(0));
      const stepsBefore = await steps(tab);
      const start = Date.now();
      await tab.waitForTimeout(SECONDS * 1000);
      const seconds = (Date.now() - start) / 1000;
      const samples = await tab.evaluate(() => window.frameSamples.splice(0));
      const stepsPerSecond = ((await steps(tab)) - stepsBefore) / seconds;
      const heapAfter = await heapAfterCollection(cdp);
      return { samples, stepsPerSecond, heapBefore, heapAfter };
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  });
}

const stats = (values) => ({ median: round(median(values)), p95: round(quantile(values, 0.95)), max: round(Math.max(...values)) });
const results = [];
for (const testCase of CASES) {
  for (const throttling of [1, 4]) {
    const { samples, stepsPerSecond, heapBefore, heapAfter } = await measureCase(testCase, throttling);
    const summary = {
      frames: samples.length,
      wasmPerFrame: stats(samples.map((s) => s.wasm)),
      overBudget: round(samples.filter((s) => s.wasm > BUDGET_MS * 1.25).length / samples.length, 2),
      frameInterval: stats(samples.map((s) => s.interval)),
      stepsPerSecond: round(stepsPerSecond),
      heapGrowthBytes: heapAfter - heapBefore,
    };
    results.push({ case: testCase.name, throttling, seconds: SECONDS, ...summary });
    console.log(`\n${testCase.name}, CPU ${throttling === 1 ? 'at full speed' : `throttled ${throttling}x`}: ${summary.frames} frames in ${SECONDS} s`);
    console.log(`  wasm per frame   median ${summary.wasmPerFrame.median} ms   p95 ${summary.wasmPerFrame.p95} ms   max ${summary.wasmPerFrame.max} ms   ` +
      `(budget ${BUDGET_MS} ms; frames over 1.25x it: ${round(summary.overBudget * 100, 2)}%)`);
    console.log(`  frame interval   median ${summary.frameInterval.median} ms   p95 ${summary.frameInterval.p95} ms   max ${summary.frameInterval.max} ms`);
    console.log(`  ${summary.stepsPerSecond} steps per second (every network); JS heap ${heapBefore} -> ${heapAfter} bytes after collection`);
  }
}
console.log(`wrote ${writeResult('training-view.json', { machine: machine(), seconds: SECONDS, warmup: WARMUP, results })}`);
