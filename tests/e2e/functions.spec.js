// The functions view end to end: every function drawn with its formula and properties,
// parameters with presets, the notebook's formula, the log axis, ranges, the panes under the
// charts, and slide-ready exports.
import { readFileSync } from 'node:fs';

import { canvasPixels, expect, openExplorer, pngSize, readNumber, test } from './fixtures.js';

const cardName = (page) => page.locator('.card h2').first();

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('every element-wise function draws both charts anew, with its formula and properties', async ({ page }) => {
  test.setTimeout(360_000);
  await openExplorer(page);
  const fingerprint = async () => `${(await canvasPixels(page, '#value-chart')).hash}/${(await canvasPixels(page, '#derivative-chart')).hash}`;
  const sigmoid = await fingerprint();
  await page.getByRole('button', { name: 'Change…' }).click();
  const names = await page.locator('.thumb span').allTextContents();
  await page.keyboard.press('Escape');
  expect(names.length).toBeGreaterThanOrEqual(36);
  for (const name of names) {
    await page.getByRole('button', { name: 'Change…' }).click();
    await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
    await expect(cardName(page)).toHaveText(name);
    await expect(page.locator('.legend li').first()).toHaveText(name);
    await expect(page.locator('#value-chart')).toHaveAttribute('aria-label', new RegExp(`^Line chart of ${name.replace(/[()]/g, '\\$&')}: f\\(x\\)`));
    await expect.poll(async () => (await canvasPixels(page, '#value-chart')).painted).toBeGreaterThan(1000);
    if (name !== 'Sigmoid') await expect.poll(fingerprint, `${name} redraws both charts`).not.toBe(sigmoid);
    await page.getByRole('tab', { name: 'Formula' }).click();
    await expect(page.locator('.formula math')).toHaveCount(2);
    await page.getByRole('tab', { name: 'Properties' }).click();
    await expect(page.locator('.properties dt')).toHaveCount(7);
    await page.getByRole('tab', { name: 'Explanation' }).click();
    await expect(page.locator('.explanation').first()).not.toBeEmpty();
  }
});

test('ranges are written as intervals: (0, 1), [0, ∞), (−1.758, ∞), and unions where they are', async ({ page }) => {
  for (const [fn, range] of [
    ['sigmoid', '(0, 1)'],
    ['relu', '[0, ∞)'],
    ['selu', '(−1.758, ∞)'],
    ['relu6', '[0, 6]'],
    ['logsigmoid', '(−∞, 0)'],
    ['hardshrink', '(−∞, −0.5) ∪ {0} ∪ (0.5, ∞)'],
  ]) {
    await openExplorer(page, `#fn=${fn}&tab=properties`);
    await expect(page.locator('.properties dd').first()).toHaveText(range);
  }
  await openExplorer(page, '#fn=selu&tab=properties&lang=pt');
  await expect(page.locator('.properties dd').first()).toHaveText('(−1,758; ∞)');
});

test('the properties name each framework’s function with its defaults, wrapping long names on a phone', async ({ page }) => {
  await openExplorer(page, '#fn=leaky_relu&tab=properties');
  const frameworks = page.locator('.properties dd').last().locator('.framework');
  await expect(frameworks).toHaveCount(5);
  await expect(frameworks.first()).toHaveText('PyTorch: torch.nn.LeakyReLU (negative slope (a) = 0.01)');
  await expect(frameworks.nth(1)).toHaveText('Keras: keras.activations.leaky_relu (negative slope (a) = 0.2)');
  await expect(page.locator('.properties dt').last()).toHaveText('Frameworks');
  await openExplorer(page, '#fn=elish&tab=properties');
  await expect(page.locator('.properties dd').last()).toHaveText('none of PyTorch, Keras, JAX or TensorFlow');
});

test('SELU’s parameters: full-precision fields, sliders, presets by name, reset, clamping', async ({ page }) => {
  await openExplorer(page, '#fn=selu');
  const alpha = page.getByRole('spinbutton', { name: 'α (alpha)' });
  await expect(alpha).toHaveValue('1.6732632423543772');
  // The field shows its default whole: its text fits its box.
  expect(await alpha.evaluate((input) => input.scrollWidth <= input.clientWidth)).toBe(true);
  const before = await canvasPixels(page, '#value-chart');
  await page.getByRole('button', { name: 'Notebook (α = 3, scale = 1)' }).click();
  await expect(alpha).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'scale' })).toHaveValue('1');
  await expect.poll(async () => (await canvasPixels(page, '#value-chart')).hash).not.toBe(before.hash);
  await expect(page).toHaveURL(/selu\.alpha=3&selu\.scale=1/);
  await alpha.fill('99');
  await alpha.press('Enter');
  await expect(alpha).toHaveValue('5'); // clamped to the catalogue's maximum
  await alpha.fill('');
  await alpha.press('Enter');
  await expect(alpha).toHaveValue('5'); // no number: reverted
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(alpha).toHaveValue('1.6732632423543772');

  await openExplorer(page, '#fn=leaky_relu');
  await page.getByRole('button', { name: 'Keras and TensorFlow (0.2)' }).click();
  await expect(page.getByRole('spinbutton', { name: 'negative slope (a)' })).toHaveValue('0.2');
});

test('the notebook’s formula: its own legend entry, shaded bands where it breaks, a note; the log axis', async ({ page }) => {
  await openExplorer(page, '#fn=tanh');
  const note = page.locator('.note');
  await expect(note).toBeHidden();
  await page.getByLabel('Notebook’s formula').check();
  await expect(page.locator('.legend li')).toHaveText(['Tanh', 'Course notebook’s formula']);
  await expect(note).toContainText('agrees'); // over [-10, 10] the notebook's tanh is fine
  const calm = await canvasPixels(page, '#derivative-chart');
  for (const [field, value] of [['x to', '800'], ['x from', '-800']]) {
    await page.getByRole('spinbutton', { name: field }).fill(value);
    await page.getByRole('spinbutton', { name: field }).press('Enter');
  }
  await expect(note).toContainText(/formula breaks for x in \[−800, −71\d\], \[71\d, 800\]/); // NaN once exp(x) overflows
  await expect(note).toContainText(/\[(19|2\d)(\.\d)?, 3[67]\d\]/); // 1 − tanh² collapses to 0
  await expect(page).toHaveURL(/xmin=-800&xmax=800&naive=1/);
  // The bands are drawn: the derivative chart holds many pixels of the translucent band colour.
  const band = await page.locator('#derivative-chart').evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let reddish = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 150 && data[i + 1] < 80 && data[i + 3] > 10 && data[i + 3] < 60) reddish += 1;
    return reddish;
  });
  expect(band).toBeGreaterThan(5000);

  await page.getByLabel('Log |y|').check();
  await expect.poll(async () => (await canvasPixels(page, '#derivative-chart')).hash).not.toBe(calm.hash);
  await expect(page).toHaveURL(/logy=1/);
  // tanh′ reaches below 10⁻³⁰⁰ before |x| = 372, where it underflows: the axis spans it all.
  const label = await page.locator('#derivative-chart').getAttribute('aria-label');
  const [, bottom, top] = label.match(/y from (.+) to (.+)\.$/);
  expect(readNumber(bottom)).toBeLessThan(1e-300);
  expect(readNumber(top)).toBe(1);

  await page.getByRole('button', { name: 'Change…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'GELU (exact, erf)' }).click();
  await expect(note).toContainText('no formula of its own');
  await expect(page.getByLabel('Notebook’s formula')).toBeDisabled();
});

test('x and y ranges: a bound pushed past the other keeps the range non-empty; fixed y applies to both charts', async ({ page }) => {
  await openExplorer(page);
  const to = page.getByRole('spinbutton', { name: 'x to' });
  await to.fill('-20');
  await to.press('Enter');
  expect(Number(await page.getByRole('spinbutton', { name: 'x from' }).inputValue())).toBeLessThan(-20);
  await expect(to).toHaveValue('-20');

  await expect(page.getByRole('spinbutton', { name: 'y from' })).toBeHidden();
  await page.getByLabel('Fixed y').check();
  const yTo = page.getByRole('spinbutton', { name: 'y to' });
  await yTo.fill('0.5');
  await yTo.press('Enter');
  await expect(page).toHaveURL(/yfix=1.*ymax=0.5/);
  for (const id of ['value-chart', 'derivative-chart']) await expect(page.locator(`#${id}`)).toHaveAttribute('aria-label', /y from −2 to 0\.5\./);
});

test('through layers: deeper sigmoid stacks lose the gradient, ReLU keeps it', async ({ page }) => {
  await openExplorer(page, '#cmp=relu&px=1&tab=layers');
  const gradients = async () => (await page.locator('.readout-list li').allTextContents()).map((text) => readNumber(text.split(': ')[1].split(' after')[0]));
  const [sigmoidAt10, reluAt10] = await gradients();
  expect(reluAt10).toBe(1);
  expect(sigmoidAt10).toBeLessThan(0.25 ** 10);
  const layers = page.getByRole('spinbutton', { name: 'Layers' });
  await layers.fill('20');
  await layers.press('Enter');
  await expect.poll(async () => (await gradients())[0]).toBeLessThan(sigmoidAt10 * 0.25 ** 9);
  expect((await gradients())[1]).toBe(1);
  await expect(page).toHaveURL(/depth=20/);
  expect((await canvasPixels(page, '#layers-chart')).painted).toBeGreaterThan(1000);
});

test('the data pane lists points; exports are slide-ready PNGs (2×, titled) and CSVs, named after what they show', async ({ page }) => {
  await openExplorer(page, '#fn=selu&selu.alpha=3&selu.scale=1&cmp=relu&tab=data');
  await expect(page.locator('.pane table thead th')).toHaveText(['x', 'SELU: f(x)', 'SELU: f′(x)', 'ReLU: f(x)', 'ReLU: f′(x)']);
  await expect(page.locator('.pane table tbody tr')).toHaveCount(41);

  const png = await download(page, 'PNG: f′(x)');
  expect(png.name).toBe('selu_alpha-3_scale-1_vs_relu_derivative.png');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const chart = await page.locator('#derivative-chart').boundingBox();
  const { width, height } = pngSize(png.bytes);
  expect(width).toBeGreaterThanOrEqual(2 * Math.floor(chart.width));
  expect(height).toBeGreaterThan(2 * chart.height); // and room above the chart for the title and legend

  const csv = await download(page, 'CSV: f and f′');
  expect(csv.name).toBe('selu_alpha-3_scale-1_vs_relu_data.csv');
  const lines = csv.bytes.toString().trim().split('\n');
  expect(lines[0]).toBe('x,SELU: f(x),SELU: f′(x),ReLU: f(x),ReLU: f′(x)');
  const middle = lines[lines.length / 2].split(',').map(Number);
  expect(middle[0]).toBe(0); // an odd number of samples: x = 0 is one of them
  expect(middle.slice(1)).toEqual([0, 3, 0, 0]); // selu(0) = 0, selu′(0) = scale·α (the left limit), relu(0) = relu′(0) = 0
});

// The longest vertical run of pixels in the first series' colour, in any column of a chart.
function longestVerticalRun(page, selector) {
  return page.locator(selector).evaluate((canvas) => {
    const probe = new OffscreenCanvas(1, 1).getContext('2d');
    probe.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--series-1').trim();
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let longest = 0;
    for (let x = 0; x < width; x += 1) {
      let run = 0;
      for (let y = 0; y < height; y += 1) {
        const i = 4 * (y * width + x);
        const near = Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60 && data[i + 3] > 200;
        run = near ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    return longest;
  });
}

test('a jump is drawn as a jump: no steep line where f′ (or f) jumps at a kink, wherever the parameters put it', async ({ page }) => {
  // ReLU′ jumps from 0 to 1 at 0; softshrink′ at ±λ; threshold itself jumps at θ.
  for (const hash of ['#fn=relu&px=5', '#fn=softshrink&softshrink.lambd=2.5&px=7', '#fn=threshold&threshold.threshold=3&px=7']) {
    await openExplorer(page, hash);
    await expect.poll(async () => (await canvasPixels(page, '#derivative-chart')).painted).toBeGreaterThan(1000);
    expect(await longestVerticalRun(page, '#derivative-chart'), `${hash}: f′`).toBeLessThan(12);
  }
  expect(await longestVerticalRun(page, '#value-chart'), 'threshold: f').toBeLessThan(12);
  // The measure does see a steep line where a curve has one: tanh on [-1000, 1000] rises from
  // -1 to 1 within a pixel, and it is continuous, so it is drawn.
  await openExplorer(page, '#fn=tanh&xmin=-1000&xmax=1000&px=900');
  await expect.poll(() => longestVerticalRun(page, '#value-chart')).toBeGreaterThan(100);
});

test('a gated function runs along its gate input b, with a slider for its value input a', async ({ page }) => {
  await openExplorer(page, '#fn=swiglu&gatea=2');
  await expect(page.locator('.chart-head figcaption')).toHaveText(['f(a; b)', '∂f/∂b']);
  await expect(page.getByRole('spinbutton', { name: 'a (the value input)' })).toHaveValue('2');
  // swiglu(a = 2; b = 0.5) = 2 · silu(0.5) = 2 · 0.5 · σ(0.5) = 0.6225.
  await expect(page.locator('.probe-readout')).toContainText('b = 0.5');
  await expect(page.locator('.probe-readout')).toContainText('f(a; b) = 0.6225');
  await page.getByRole('slider', { name: 'a (the value input)' }).fill('-1');
  await expect(page.locator('.probe-readout')).toContainText('f(a; b) = −0.3112');
  await page.getByRole('tab', { name: 'Properties' }).click();
  await expect(page.locator('.properties dt').first()).toHaveText('Range of the gate g(b)');
});
