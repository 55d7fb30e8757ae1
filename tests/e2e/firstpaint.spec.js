// The first paint reserves the final layout (issue 17): with the wasm held back, index.html's
// skeleton already has the boxes the started page ends with, so nothing moves when the
// controls and charts arrive.
import { readFileSync } from 'node:fs';

import { canvasPixels, expect, openExplorer, pngSize, test } from './fixtures.js';

// What must not move, and which of its edges: the chart boxes, the tab bar and the header
// whole; rows that grow downwards as their content arrives, by their top-left corner and width.
const WHOLE = ['#app-header', '.view-tabs', '.legend', '.chart-pair', '.chart-pair .chart-box'];
const TOP_LEFT_AND_WIDTH = ['.view-options', '.controls'];

// Every match of each selector, as laid out now (none: an empty list, so a missing box fails).
const layout = (page, selectors, edges) =>
  page.evaluate(
    ([list, keys]) =>
      Object.fromEntries(
        list.map((selector) => [
          selector,
          [...document.querySelectorAll(selector)].map((element) => {
            const box = element.getBoundingClientRect();
            return Object.fromEntries(keys.map((key) => [key, box[key]]));
          }),
        ]),
      ),
    [selectors, edges],
  );
const ALL_EDGES = ['x', 'y', 'width', 'height'];
const TOP_LEFT = ['x', 'y', 'width'];

/** Holds every wasm request until `release()`; `requested()` says whether one has come. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  let requested = false;
  await page.route('**/*.wasm', async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { release, requested: () => requested };
}

for (const { hash = '', ...viewport } of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
  // Portuguese's header is the widest: one row from 1280 px too, as the skeleton's (whose
  // English tab names give the tab bar another width: the rest must not move).
  { width: 1280, height: 800, hash: '#lang=pt' },
]) {
  const whole = hash.includes('lang=pt') ? WHOLE.filter((selector) => selector !== '.view-tabs') : WHOLE;
  test(`nothing moves between the first paint and the charts drawn at ${viewport.width} × ${viewport.height}${hash && ` (${hash})`}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const wasm = await holdWasm(page);
    await page.goto(`./${hash}`);
    await expect.poll(wasm.requested).toBe(true);
    await expect(page.locator('#status')).toBeVisible();
    await expect(page.locator('#value-chart')).toHaveCount(0); // the view has not started
    // On a phone the controls come under the panes, whose texts arrive with the view: below the fold.
    const rows = viewport.width < 700 ? ['.view-options'] : TOP_LEFT_AND_WIDTH;
    const before = { whole: await layout(page, whole, ALL_EDGES), rows: await layout(page, rows, TOP_LEFT) };
    expect(before.whole['.chart-pair .chart-box'], 'the skeleton has both chart boxes').toHaveLength(2);
    const footer = await page.locator('footer').boundingBox();
    expect(footer.y, 'the footer starts below the first screen').toBeGreaterThanOrEqual(viewport.height);

    wasm.release();
    await expect(page.locator('#status')).toBeHidden();
    await expect.poll(async () => (await canvasPixels(page, '#value-chart')).painted).toBeGreaterThan(1000);
    expect({ whole: await layout(page, whole, ALL_EDGES), rows: await layout(page, rows, TOP_LEFT) }).toEqual(before);
  });
}

// An embed's frame: before the wasm has loaded its skeleton already has the embed's layout (no
// header, the hidden parts hidden), so the course page never sees the frame's content jump.
for (const [preset, { width, height, hide }] of Object.entries({
  chart: { width: 700, height: 450, hide: 'pickers,view,parameters,explanation,formula,probe,data,export,depth,softmax' },
  sliders: { width: 1000, height: 640, hide: 'pickers,view,explanation,formula,data,export,depth,softmax' },
})) {
  test(`an embed (${preset} preset, ${width} × ${height}) paints its own layout first: no header, nothing moves`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const wasm = await holdWasm(page);
    await page.goto(`./#fn=tanh&embed=1&hide=${hide}`);
    await expect(page.locator('#status')).toBeVisible();
    await expect(page.locator('#app-header')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    const boxes = ['.chart-pair', '.chart-pair .chart-box'];
    const before = await layout(page, boxes, ALL_EDGES);
    expect(before['.chart-pair .chart-box']).toHaveLength(2);
    wasm.release();
    await expect(page.locator('#status')).toBeHidden();
    await expect.poll(async () => (await canvasPixels(page, '#value-chart')).painted).toBeGreaterThan(1000);
    expect(await layout(page, boxes, ALL_EDGES)).toEqual(before);
  });
}

// A 1280-px window with a classic scroll bar lays the page out in about 1,263 px: the header's
// one row must fit there in every language too.
for (const lang of ['en', 'pt']) {
  test(`at 1280 px the ${lang} header's one row needs at most the 1,263 px a scroll bar leaves`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, `#lang=${lang}`);
    const needed = await page.locator('#app-header').evaluate((header) => {
      const style = getComputedStyle(header);
      const items = [...header.children].filter((child) => child.getBoundingClientRect().width > 0);
      const widths = items.reduce((sum, child) => sum + child.getBoundingClientRect().width, 0);
      return widths + parseFloat(style.columnGap) * (items.length - 1) + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    });
    expect(needed).toBeLessThanOrEqual(1263);
  });
}

// A chart is built once it has something to draw and its canvas is near the viewport
// (web/src/charts/chartjs.js): on a phone most of the softmax view's charts wait below the fold.
const FAR_BELOW = '#sparse-entmax15-chart';
const painted = async (page, selector) => (await canvasPixels(page, selector)).painted;
// The chart a view at `hash` draws first.
const firstChart = (hash) => (hash.includes('softmax') ? '#softmax-chart' : '#derivative-chart');
// Long enough for any chart already due to have been built: two frames and a task.
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

// A Chart.js chart and the Jacobian's heatmap (drawn by hand; second on a phone, so below the
// fold of a screen too short to show it) wait alike.
for (const [farBelow, height] of [[FAR_BELOW, 844], ['#jacobian-chart', 340]]) {
  test(`on a phone (390 × ${height}), ${farBelow} below the fold waits undrawn, drawn once scrolled to, and nothing moves when it is`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height });
    await openExplorer(page, '#view=softmax');
    await expect.poll(() => painted(page, '#softmax-chart')).toBeGreaterThan(0);
    await settle(page);
    expect(await painted(page, farBelow)).toBe(0);
    const inPage = () => page.locator(farBelow).evaluate((canvas) => {
      const { x, y, width, height } = canvas.getBoundingClientRect();
      return { x, y: y + window.scrollY, width, height };
    });
    const undrawn = await inPage();
    // Filling its box (inside the border), not a canvas's default 300 × 150.
    const inside = await page.locator(farBelow).evaluate(({ parentElement: box }) => [box.clientWidth, box.clientHeight]);
    expect([undrawn.width, undrawn.height]).toEqual(inside);
    await page.locator(farBelow).scrollIntoViewIfNeeded();
    await expect.poll(() => painted(page, farBelow)).toBeGreaterThan(0);
    expect(await inPage()).toEqual(undrawn);
  });
}

test('printing draws every chart not yet drawn', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 340 });
  await openExplorer(page, '#view=softmax');
  await settle(page);
  expect([await painted(page, FAR_BELOW), await painted(page, '#jacobian-chart')]).toEqual([0, 0]);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await painted(page, FAR_BELOW)).toBeGreaterThan(0);
  expect(await painted(page, '#jacobian-chart')).toBeGreaterThan(0);
});

// Counts the tasks between a canvas's first getContext (Chart.js's setup) and its first stroke
// (the first draw) with a chain of zero-delay timers beside the build's own: built in one task
// the count is 0, in two 1, in three (setup, layout, draw) 2.
const countBuildTasks = () => {
  window.buildTasks = {};
  const { getContext } = HTMLCanvasElement.prototype;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (this.id && !(this.id in window.buildTasks)) {
      const entry = (window.buildTasks[this.id] = { tasks: 0, drawnAfter: null });
      const tick = () => {
        entry.tasks += 1;
        if (entry.drawnAfter === null && entry.tasks < 100) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    }
    return getContext.apply(this, args);
  };
  const { stroke } = CanvasRenderingContext2D.prototype;
  CanvasRenderingContext2D.prototype.stroke = function (...args) {
    const entry = window.buildTasks[this.canvas.id];
    if (entry && entry.drawnAfter === null) entry.drawnAfter = entry.tasks;
    return stroke.apply(this, args);
  };
};

test("a chart's first build takes three tasks, so a tap waits for a third of it at most", async ({ page }) => {
  await page.addInitScript(countBuildTasks);
  await openExplorer(page);
  for (const chart of ['value-chart', 'derivative-chart']) {
    await expect.poll(() => page.evaluate((id) => window.buildTasks[id]?.drawnAfter, chart)).toBe(2);
  }
});

test('a chart never scrolled to still exports as a slide-ready PNG', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 400 });
  await openExplorer(page, '#view=sampling');
  await settle(page);
  expect(await painted(page, '#sampling-histogram-chart')).toBe(0);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG: draws' }).click()]);
  const { width, height } = pngSize(readFileSync(await file.path()));
  const chart = await page.locator('#sampling-histogram-chart').boundingBox();
  expect(width).toBeGreaterThanOrEqual(2 * Math.floor(chart.width));
  expect(height).toBeGreaterThan(2 * chart.height);
});

test('index.html itself asks for the wasm and the default view’s chunks, and each is fetched once', async ({ page }) => {
  const requests = new Map();
  page.on('request', (request) => requests.set(request.url(), (requests.get(request.url()) ?? 0) + 1));
  await openExplorer(page);
  await expect.poll(() => painted(page, '#derivative-chart')).toBeGreaterThan(0);
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')].map((link) => link.href));
  const wasm = preloaded.filter((url) => /\/activations-[\w-]+\.wasm$/.test(url));
  const view = preloaded.filter((url) => /\/functions-[\w-]+\.js$/.test(url));
  expect([wasm.length, view.length]).toEqual([1, 1]);
  // A preload the page's own fetch did not match would be fetched a second time.
  for (const url of preloaded) expect(requests.get(url), url).toBe(1);
});

// A page's first Intl.NumberFormat loads ICU's number data (35–100 ms here): format.js writes
// the page's languages' numbers itself, so starting builds none.
for (const hash of ['', '#lang=pt', '#view=softmax&lang=pt']) {
  test(`starting${hash && ` at ${hash}`} builds no Intl number formatter`, async ({ page }) => {
    await page.addInitScript(() => {
      window.numberFormatsBuilt = 0;
      const { NumberFormat } = Intl;
      Intl.NumberFormat = function CountedNumberFormat(...args) {
        window.numberFormatsBuilt += 1;
        return new NumberFormat(...args);
      };
      const toLocaleString = Number.prototype.toLocaleString;
      Number.prototype.toLocaleString = function countedToLocaleString(...args) {
        window.numberFormatsBuilt += 1;
        return toLocaleString.apply(this, args);
      };
    });
    await openExplorer(page, hash);
    await expect.poll(() => painted(page, firstChart(hash))).toBeGreaterThan(0); // its ticks are formatted numbers
    expect(await page.evaluate(() => window.numberFormatsBuilt)).toBe(0);
  });
}

// The first read of localStorage opens the origin's storage (3–11 ms here): the "updated" note's
// check waits until the first view is drawn.
test('starting reads no storage before the first view is drawn', async ({ page }) => {
  await page.addInitScript(() => {
    window.storageReadsWhileLoading = 0;
    const { getItem } = Storage.prototype;
    Storage.prototype.getItem = function countedGetItem(...args) {
      if (!document.getElementById('status')?.hidden) window.storageReadsWhileLoading += 1;
      return getItem.apply(this, args);
    };
  });
  await openExplorer(page);
  await expect.poll(() => page.evaluate(() => window.localStorage.length)).toBeGreaterThan(0); // the check ran
  expect(await page.evaluate(() => window.storageReadsWhileLoading)).toBe(0);
});

// V8 compiles a file whose first line is its compile hint on the thread that streams it in
// (scripts/compile-hint.mjs): every script a view starts with carries it, the entry (which
// Vite's preload list would otherwise open) and Chart.js among them.
for (const hash of ['', '#view=softmax']) {
  test(`every script${hash && ` at ${hash}`} starts with V8's compile hint`, async ({ page }) => {
    const scripts = [];
    page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));
    await openExplorer(page, hash);
    await expect.poll(() => painted(page, firstChart(hash))).toBeGreaterThan(0);
    const names = scripts.map((response) => new URL(response.url()).pathname.split('/').pop());
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^index-/), expect.stringMatching(/^engine-/)]));
    expect(names.some((name) => name.startsWith(hash ? 'softmax-' : 'functions-'))).toBe(true);
    for (const response of scripts) expect((await response.text()).split('\n')[0], response.url()).toBe('//# allFunctionsCalledOnLoad');
  });
}

// Vite's helper preloads what a dynamically imported chunk needs, not the chunk itself, which
// import() asks for at the same moment (each link the page adds costs its main thread).
test('opening a view preloads the chunks it needs, and adds no link for the chunk it imports', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop()));
  await openExplorer(page, '#view=softmax');
  await expect.poll(() => painted(page, '#softmax-chart')).toBeGreaterThan(0);
  const html = await (await page.request.get('./')).text();
  const links = await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => link.href.split('/').pop()));
  const added = links.filter((name) => !html.includes(name)); // by the page's scripts
  expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^barChart-/), expect.stringMatching(/^heatmap-/)]));
  expect(fetched.filter((name) => /^(softmax|en)-/.test(name)).length).toBeGreaterThanOrEqual(2);
  expect(added.filter((name) => /^(softmax|en)-/.test(name))).toEqual([]);
});
