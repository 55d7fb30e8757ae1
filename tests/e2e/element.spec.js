// <activation-plot> on course pages of another origin: readable on light and dark hosts
// (contrast measured against the page, captions and the tick labels drawn on the canvas), the
// host's colour scheme and custom properties, a message in its language when its wasm cannot
// load, and nothing left behind when elements come and go.
import { PLOT_TEXTS } from '../../web/src/i18n/plot.js';
import { expect, HOSTS, test } from './fixtures.js';

const SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4174)}/course/activations/`;

// WCAG 2's contrast ratio of two sRGB colours [r, g, b] (0-255).
function contrast(a, b) {
  const luminance = (rgb) =>
    rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + [0.2126, 0.7152, 0.0722][i] * c, 0);
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

const channels = (color) => color.match(/[\d.]+/g).slice(0, 3).map(Number);

// The colours a plot shows its words in: each caption's, and every opaque pixel of the strip
// under the chart area where the x axis's tick labels and title are drawn (curves never reach
// it; grid ticks are translucent). All against the host's background.
async function textColours(plot) {
  return plot.evaluate((element) => {
    const captions = [...element.shadowRoot.querySelectorAll('figure:not([hidden]) figcaption')].map((caption) => getComputedStyle(caption).color);
    const labels = new Set();
    for (const canvas of element.shadowRoot.querySelectorAll('figure:not([hidden]) canvas')) {
      const strip = Math.round(28 * devicePixelRatio);
      const { data } = canvas.getContext('2d').getImageData(0, canvas.height - strip, canvas.width, strip);
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) labels.add(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`);
    }
    return { captions, labels: [...labels] };
  });
}

// The page's background: the body's or the root's, else the canvas, white on these pages,
// which declare no color-scheme.
const pageBackground = (page) =>
  page.evaluate(() => [document.body, document.documentElement].map((element) => getComputedStyle(element).backgroundColor).find((colour) => !/^rgba\(.*, 0\)$/.test(colour)) ?? 'rgb(255, 255, 255)');

async function expectReadable(page, id) {
  const background = channels(await pageBackground(page));
  const { captions, labels } = await textColours(page.locator(`#${id}`));
  expect(captions.length).toBeGreaterThan(0);
  expect(labels.length, 'tick labels were drawn').toBeGreaterThan(0);
  for (const colour of [...captions, ...labels]) expect(contrast(channels(colour), background), `${id}: ${colour}`).toBeGreaterThanOrEqual(4.5);
  return captions[0];
}

const drawn = (page, id) => expect(page.locator(`#${id} figcaption`).first()).not.toBeEmpty();

test('on a dark Jupyter Book page the captions and tick labels reach 4.5:1, and follow its theme switch', async ({ page }) => {
  await page.goto(`${HOSTS}/jupyter-book-dark.html`);
  for (const id of ['relu', 'sigmoid']) await drawn(page, id);
  await expect(page.locator('#relu figcaption')).toHaveText(['ReLU: f(x)', 'ReLU: f′(x)']);
  await expect(page.locator('#sigmoid figcaption').first()).toHaveText('Sigmoide: f(x)');
  await expect(page.locator('#relu-fallback'), 'fallback content only where the script cannot run').toBeHidden();
  const dark = await expectReadable(page, 'relu');
  await expectReadable(page, 'sigmoid');

  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await expect.poll(() => page.locator('#relu figcaption').first().evaluate((caption) => getComputedStyle(caption).color)).not.toBe(dark);
  await expect.poll(async () => (await textColours(page.locator('#relu'))).labels.length).toBeGreaterThan(0);
  await expectReadable(page, 'relu');
  await expectReadable(page, 'sigmoid');
});

test('on a plain light page, 4.5:1 as well', async ({ page }) => {
  await page.goto(`${HOSTS}/elements.html`);
  for (const id of ['a', 'b', 'c']) {
    await drawn(page, id);
    await expectReadable(page, id);
  }
});

// A course page with `css` and one element, drawn.
async function hostWith(page, css) {
  await page.goto(`${HOSTS}/blank.html`);
  await page.setContent(
    `<!doctype html><html><head><link rel="icon" href="data:,"><style>${css}</style>` +
      `<script type="module" src="${SITE}activation-plot.js"></script></head>` +
      `<body><h1>A page</h1><activation-plot id="p" fn="tanh" derivative></activation-plot></body></html>`,
  );
  await drawn(page, 'p');
}

test("the host's color-scheme and the reader's preference, where the page paints no background", async ({ page }) => {
  const captionColour = async () => channels(await page.locator('#p figcaption').first().evaluate((caption) => getComputedStyle(caption).color));
  const canvas = { light: [255, 255, 255], dark: [18, 18, 18] }; // Chromium's canvas in each scheme
  const cases = [
    { css: ':root { color-scheme: dark }', prefers: 'light', canvas: 'dark' },
    { css: ':root { color-scheme: light dark }', prefers: 'dark', canvas: 'dark' },
    { css: ':root { color-scheme: light dark }', prefers: 'light', canvas: 'light' },
    { css: '', prefers: 'dark', canvas: 'light' }, // a page that offers no dark scheme stays white
  ];
  for (const { css, prefers, canvas: scheme } of cases) {
    await page.emulateMedia({ colorScheme: prefers });
    await hostWith(page, css);
    const colour = await captionColour();
    expect(contrast(colour, canvas[scheme]), `${css || 'no color-scheme'}, prefers ${prefers}`).toBeGreaterThanOrEqual(4.5);
  }
  // The reader switches while the page is open.
  await page.emulateMedia({ colorScheme: 'light' });
  await hostWith(page, ':root { color-scheme: light dark }');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => contrast(await captionColour(), canvas.dark)).toBeGreaterThanOrEqual(4.5);
});

test('--activation-plot-* custom properties set the text, background, grid, series colours and height', async ({ page }) => {
  await hostWith(
    page,
    'activation-plot { --activation-plot-text: rgb(255, 240, 200); --activation-plot-background: rgb(10, 20, 60); ' +
      '--activation-plot-grid: rgb(90, 90, 90); --activation-plot-series-1: rgb(0, 255, 0); --activation-plot-series-2: rgb(255, 0, 255); ' +
      '--activation-plot-height: 300px }',
  );
  const seen = await page.locator('#p').evaluate((element) => {
    const root = element.shadowRoot;
    const count = (canvas, [r, g, b]) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) n += 1;
      return n;
    };
    const [value, slope] = root.querySelectorAll('canvas');
    return {
      caption: getComputedStyle(root.querySelector('figcaption')).color,
      background: getComputedStyle(root.querySelector('.frame')).backgroundColor,
      height: value.getBoundingClientRect().height,
      series1: count(value, [0, 255, 0]),
      series2: count(slope, [255, 0, 255]),
      grid: count(value, [90, 90, 90]),
      text: count(value, [255, 240, 200]),
    };
  });
  expect(seen.caption).toBe('rgb(255, 240, 200)');
  expect(seen.background).toBe('rgb(10, 20, 60)');
  expect(seen.height).toBe(300);
  for (const part of ['series1', 'series2', 'grid', 'text']) expect(seen[part], part).toBeGreaterThan(100);
});

test('with its wasm blocked, a readable message in its language; it draws once the module loads', async ({ page, trouble }) => {
  trouble.expect(/Failed to load resource: net::ERR_FAILED/);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${HOSTS}/elements.html`);
  await expect(page.locator('#a').getByRole('alert')).toHaveText(PLOT_TEXTS.en.unavailable);
  await expect(page.locator('#b').getByRole('alert')).toHaveText(PLOT_TEXTS.pt.unavailable);
  await expect(page.locator('#c').getByRole('alert')).toHaveText(PLOT_TEXTS.en.unavailable);
  await expect(page.locator('#a figure').first()).toBeHidden();

  await page.unroute('**/*.wasm');
  await page.locator('#a').evaluate((element) => element.setAttribute('fn', 'elu'));
  await expect(page.locator('#a figcaption').first()).toHaveText('ELU: f(x)');
  await expect(page.locator('#a').getByRole('alert')).toBeHidden();
});

test('where the element script itself cannot load, the content between its tags shows', async ({ page, trouble }) => {
  trouble.expect(/Failed to load resource: net::ERR_FAILED/);
  await page.route('**/activation-plot.js', (route) => route.abort());
  await page.goto(`${HOSTS}/jupyter-book-dark.html`);
  await expect(page.locator('#relu-fallback')).toBeVisible();
  await expect(page.locator('#relu-fallback a')).toHaveAttribute('href', /#fn=relu$/);
});

// Observers that observe and were never disconnected, per kind: recorded from the start.
function recordObservers(page) {
  return page.addInitScript(() => {
    window.observing = {};
    for (const name of ['ResizeObserver', 'MutationObserver']) {
      const active = (window.observing[name] = new Set());
      window[name] = class extends window[name] {
        observe(...args) {
          active.add(this);
          return super.observe(...args);
        }
        disconnect() {
          active.delete(this);
          return super.disconnect();
        }
      };
    }
  });
}

// What the page holds after a garbage collection: DOM nodes (detached ones too, while anything
// references them), event listeners anywhere and on the window, and observers still observing.
async function census(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId });
  await cdp.detach();
  const observers = await page.evaluate(() => Object.fromEntries(Object.entries(window.observing).map(([name, active]) => [name, active.size])));
  return { nodes, listeners: jsEventListeners, windowListeners: listeners.length, ...observers };
}

test('elements that come and go leave no chart, canvas, observer or listener behind', async ({ page }) => {
  test.setTimeout(120_000); // a few hundred charts drawn on a shared machine
  await recordObservers(page);
  await page.goto(`${HOSTS}/elements.html`);
  for (const id of ['a', 'b', 'c']) await drawn(page, id);
  const before = await census(page);

  // Rounds of five elements added, drawn, and removed (the first moved elsewhere before).
  const ROUNDS = 15;
  await page.evaluate(async (rounds) => {
    const ids = ['relu', 'tanh', 'gelu', 'selu', 'mish'];
    for (let round = 0; round < rounds; round += 1) {
      const plots = ids.map((fn, i) => {
        const plot = document.createElement('activation-plot');
        plot.setAttribute('fn', fn);
        if (i % 2) plot.setAttribute('derivative', '');
        return plot;
      });
      document.body.append(...plots);
      await new Promise((resolve) => {
        const check = () => (plots.every((plot) => plot.shadowRoot.querySelector('figcaption').textContent) ? resolve() : setTimeout(check, 10));
        check();
      });
      document.querySelector('h1').append(plots[0]); // disconnected and connected again
      plots.forEach((plot) => plot.remove());
    }
  }, ROUNDS);
  const after = await census(page);
  console.log(`after ${ROUNDS} rounds of five elements: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  // Leaked, each round would keep its 5 elements' shadow trees (about 20 nodes each) and a
  // ResizeObserver per chart drawn.
  expect(after.nodes - before.nodes, 'DOM nodes').toBeLessThan(50);
  expect(after.listeners, 'event listeners').toBeLessThanOrEqual(before.listeners);
  expect(after.windowListeners, 'window listeners').toBeLessThanOrEqual(before.windowListeners);
  expect(after.ResizeObserver, 'ResizeObservers observing').toBeLessThanOrEqual(before.ResizeObserver);
  expect(after.MutationObserver, 'MutationObservers observing').toBeLessThanOrEqual(before.MutationObserver);

  // The three on the page still react.
  await page.locator('#a').evaluate((element) => element.setAttribute('fn', 'softsign'));
  await expect(page.locator('#a figcaption').first()).toHaveText('Softsign: f(x)');
});
