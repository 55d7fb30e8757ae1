// The workbench's layout and the ways to touch the charts, measured as a visitor sees them:
// where the charts are (bounding boxes), how much of the screen they take, the controls beside
// them, presentation mode, the gallery, compare, fitting y, the crosshair and the probe handle.
import { canvasPixels, expect, expectOnScreen, openExplorer, readNumber, test } from './fixtures.js';

const SELU_AND_THREE = '#fn=selu&cmp=elu,relu,leaky_relu';
const area = (box) => box.width * box.height;

async function chartBoxes(page) {
  return { value: await page.locator('#value-chart').boundingBox(), derivative: await page.locator('#derivative-chart').boundingBox() };
}

// The y interval a line chart draws, from its description.
async function yRangeOf(page, id) {
  const label = await page.locator(`#${id}`).getAttribute('aria-label');
  const [, low, high] = label.match(/y from (.+) to (.+)\.$/);
  return [readNumber(low), readNumber(high)];
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });
    for (const [state, hash] of [['the default view', ''], ['SELU with three compared functions', SELU_AND_THREE]]) {
      test(`${state}: f and f′ side by side, whole on the first screen, with the controls that move them`, async ({ page }) => {
        await openExplorer(page, hash);
        const { value, derivative } = await chartBoxes(page);
        expectOnScreen(value, viewport, 'the function chart');
        expectOnScreen(derivative, viewport, 'the derivative chart');
        expect(Math.abs(value.y - derivative.y), 'side by side').toBeLessThan(2);
        expect(derivative.x).toBeGreaterThanOrEqual(value.x + value.width);
        const share = (area(value) + area(derivative)) / (viewport.width * viewport.height);
        expect(share, 'the charts’ share of the screen').toBeGreaterThanOrEqual(0.35);
        expectOnScreen(await page.getByRole('button', { name: 'Change…' }).boundingBox(), viewport, 'the function picker');
        expectOnScreen(await page.getByRole('spinbutton', { name: 'x from' }).boundingBox(), viewport, 'the view options');
        if (hash) {
          expectOnScreen(await page.getByRole('slider', { name: 'α (alpha)' }).first().boundingBox(), viewport, 'SELU’s α slider');
          expectOnScreen(await page.getByRole('button', { name: 'Notebook (α = 3, scale = 1)' }).boundingBox(), viewport, 'SELU’s presets');
        } else {
          expectOnScreen(await page.getByRole('button', { name: '+ Compare with…' }).boundingBox(), viewport, 'compare');
        }
      });
    }
  });
}

for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) {
  test.describe(`on a ${viewport.width} × ${viewport.height} phone`, () => {
    test.use({ viewport });
    test('the function chart starts in the top half, f′ right under it, nothing scrolls sideways', async ({ page }) => {
      await openExplorer(page, SELU_AND_THREE);
      const { value, derivative } = await chartBoxes(page);
      expect(value.y, 'f starts in the top half').toBeLessThan(viewport.height / 2);
      expect(value.height).toBeGreaterThanOrEqual(150);
      expect(value.x).toBeGreaterThanOrEqual(0);
      expect(value.x + value.width).toBeLessThanOrEqual(viewport.width);
      expect(derivative.y, 'f′ under f').toBeGreaterThanOrEqual(value.y + value.height);
      expect(derivative.y - (value.y + value.height), 'right under it').toBeLessThan(80);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      // The controls come after the charts.
      expect((await page.getByRole('slider', { name: 'α (alpha)' }).first().boundingBox()).y).toBeGreaterThan(derivative.y);
    });
  });
}

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('P, the button and the link enter it; the charts fill the screen with a large read-out; Esc leaves', async ({ page }) => {
    const viewport = { width: 1280, height: 800 };
    await openExplorer(page, '#fn=sigmoid');
    await page.keyboard.press('p');
    await expect(page).toHaveURL(/present=1/);
    await expect(page.locator('body')).toHaveClass(/present/);
    await expect(page.getByRole('tab', { name: 'Explanation' })).toBeHidden(); // prose and secondary controls go
    await expect(page.getByRole('spinbutton', { name: 'x from' })).toBeHidden();
    const { value, derivative } = await chartBoxes(page);
    expectOnScreen(value, viewport, 'the function chart');
    expectOnScreen(derivative, viewport, 'the derivative chart');
    expect((area(value) + area(derivative)) / (viewport.width * viewport.height)).toBeGreaterThanOrEqual(0.55);
    const readout = page.locator('.probe-readout');
    expectOnScreen(await readout.boundingBox(), viewport, 'the read-out');
    await expect(readout).toContainText('x = 0.5');
    await expect(readout).toContainText('f′(x) = 0.235');
    expect(Number.parseFloat(await readout.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(28);

    await page.keyboard.press('Escape');
    await expect(page.locator('body')).not.toHaveClass(/present/);
    await expect(page).not.toHaveURL(/present=1/);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('body')).toHaveClass(/present/);
    await page.getByRole('button', { name: 'Leave presentation' }).click();
    await expect(page.locator('body')).not.toHaveClass(/present/);
  });

  test('keys typed into a field stay the field’s', async ({ page }) => {
    await openExplorer(page, '#view=softmax');
    await page.getByRole('spinbutton', { name: 'z₁' }).press('p');
    await expect(page.locator('body')).not.toHaveClass(/present/);
  });
});

test('the gallery finds a function by its name in either language, and picking one draws it', async ({ page }) => {
  await openExplorer(page);
  const change = page.getByRole('button', { name: 'Change…' });
  await change.click();
  const gallery = page.getByRole('dialog', { name: 'Choose a function' });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('heading', { name: 'ReLU family' })).toBeVisible();
  const thumbnails = gallery.locator('.thumb');
  expect(await thumbnails.count()).toBeGreaterThanOrEqual(36);
  await expect(gallery.locator('.thumb[aria-pressed="true"]')).toHaveText('Sigmoid');
  // Every thumbnail draws its curve.
  for (const path of await gallery.locator('.thumb-curve').all()) expect((await path.getAttribute('d')).length).toBeGreaterThan(100);

  const search = gallery.getByRole('searchbox', { name: 'Search by name' });
  await expect(search).toBeFocused();
  await search.fill('limiar'); // Portuguese, on the English page
  await expect(thumbnails).toHaveText(['Threshold']);
  await search.fill('LEAKY');
  await expect(thumbnails).toHaveText(['Leaky ReLU']);
  await search.fill('swish'); // an alias, and the framework names that contain it
  await expect(thumbnails.first()).toHaveText('SiLU / Swish');
  await search.fill('no such thing');
  await expect(thumbnails).toHaveCount(0);
  await expect(gallery).toContainText('No function is called “no such thing”.');
  await search.fill('gelu');
  await gallery.getByRole('button', { name: 'GELU (tanh approximation)' }).click();
  await expect(gallery).toBeHidden();
  await expect(change).toBeFocused();
  await expect(page).toHaveURL(/#fn=gelu_tanh$/);
  await expect(page.locator('.card h2').first()).toHaveText('GELU (tanh approximation)');
});

test('compare: each function gets its own colour, dash pattern, legend entry and parameters, up to four', async ({ page }) => {
  await openExplorer(page);
  for (const name of ['Tanh', 'SELU', 'Leaky ReLU']) {
    await page.getByRole('button', { name: '+ Compare with…' }).click();
    const gallery = page.getByRole('dialog', { name: 'Add a function to compare' });
    await expect(gallery.getByRole('button', { name: 'Sigmoid', exact: true })).toBeDisabled(); // already shown
    await gallery.getByRole('button', { name, exact: true }).click();
  }
  await expect(page.locator('.legend li')).toHaveText(['Sigmoid', 'Tanh', 'SELU', 'Leaky ReLU']);
  const dashes = await page.locator('.legend line').evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke-dasharray')));
  expect(new Set(dashes).size).toBe(4);
  const colours = await page.locator('.legend .swatch').evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).color));
  expect(new Set(colours).size).toBe(4);
  await expect(page).toHaveURL(/cmp=tanh,selu,leaky_relu/);
  await expect(page.getByRole('region', { name: 'SELU' }).getByRole('slider', { name: 'α (alpha)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Four functions compared' })).toBeDisabled();
  await expect(page.locator('.probe-entry')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove Tanh from the comparison' }).click();
  await expect(page.locator('.legend li')).toHaveText(['Sigmoid', 'SELU', 'Leaky ReLU']);
  await expect(page.getByRole('button', { name: '+ Compare with…' })).toBeEnabled();
});

test('fitting y: every curve readable by default, whole curves or one function on request', async ({ page }) => {
  await openExplorer(page, '#cmp=relu');
  // Sigmoid spans 1, ReLU 10 on [-10, 10]: by default the sigmoid still fills a quarter of the height.
  const [low, high] = await yRangeOf(page, 'value-chart');
  expect(high - low).toBeLessThanOrEqual(4 * 1.1);
  expect(low).toBeLessThanOrEqual(0);
  expect(high).toBeGreaterThanOrEqual(1);
  const fit = page.getByRole('combobox', { name: 'Fit y' }).first();
  await fit.selectOption('all');
  await expect.poll(async () => (await yRangeOf(page, 'value-chart'))[1]).toBeGreaterThanOrEqual(10);
  await fit.selectOption('sigmoid');
  await expect.poll(async () => (await yRangeOf(page, 'value-chart'))[1]).toBeLessThan(1.2);
  await expect(page).toHaveURL(/fit=sigmoid/);
});

test('hovering shows a crosshair with values and changes nothing; leaving hides it', async ({ page }) => {
  await openExplorer(page);
  const before = await canvasPixels(page, '#derivative-chart');
  const box = await page.locator('#value-chart').boundingBox();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  await expect.poll(async () => (await canvasPixels(page, '#derivative-chart')).hash).not.toBe(before.hash);
  await expect(page).not.toHaveURL(/px=/);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height + 200);
  await expect.poll(async () => (await canvasPixels(page, '#derivative-chart')).hash).toBe(before.hash);
});

test('the probe moves by its handle on the chart, clamped at the axis, and by keyboard', async ({ page }) => {
  await openExplorer(page);
  const probeX = async () => readNumber((await page.locator('.probe-x').textContent()).replace('x =', ''));
  const box = await page.locator('#value-chart').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 4 });
  const dragged = await probeX();
  expect(dragged).toBeGreaterThan(-6);
  expect(dragged).toBeLessThan(0);
  // Past the right edge of the chart: clamped to x = 10.
  await page.mouse.move(box.x + box.width + 300, box.y + box.height * 0.5, { steps: 4 });
  await page.mouse.up();
  await expect.poll(probeX).toBe(10);
  await expect(page).toHaveURL(/px=10/);

  const slider = page.getByRole('slider', { name: 'Probe x' });
  await slider.focus();
  for (let i = 0; i < 5; i += 1) await slider.press('ArrowLeft');
  await expect.poll(probeX).toBeCloseTo(9.95, 6);
  await expect(page.locator('.probe-readout')).toHaveAttribute('aria-live', 'polite');
});
