// Embedding, as a course author would: an iframe with the resizer script and three
// <activation-plot> elements on course pages of another origin, the "Embed this" snippets
// pasted into a plain page, and the one-file build opened from disk.
import { expect, HOSTS, test } from './fixtures.js';

const SINGLE_FILE = new URL('../../dist-single/activation-explorer.html', import.meta.url).href;

// Painted pixels of a canvas, reached through any number of shadow roots.
function painted(locator) {
  return locator.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) count += 1;
    return count;
  });
}

test('an iframe embed shows the chosen view without chrome and grows to its content', async ({ page }) => {
  await page.goto(`${HOSTS}/iframe.html`);
  const frame = page.frameLocator('#explorer');
  await expect(frame.locator('#status')).toBeHidden();
  await expect(frame.locator('h1')).toBeHidden();
  await expect(frame.getByRole('tab', { name: 'Softmax' })).toHaveCount(0);
  await expect(frame.getByRole('tab', { name: 'Through layers' })).toHaveCount(0);
  await expect(frame.locator('.card').first()).toHaveAttribute('data-id', 'tanh');
  const link = frame.getByRole('link', { name: 'Open in the full explorer' });
  await expect(link).toHaveAttribute('href', /#fn=tanh$/);

  // The resizer applied the reported height: the iframe shows all its content, no scrollbar.
  await expect.poll(async () => (await page.locator('#explorer').boundingBox()).height).toBeGreaterThan(500);
  const content = await frame.locator('html').evaluate((html) => html.scrollHeight);
  expect(Math.abs((await page.locator('#explorer').boundingBox()).height - content)).toBeLessThanOrEqual(2);
});

test('the resizer acts only on the documented message from its own iframes', async ({ page }) => {
  await page.goto(`${HOSTS}/iframe.html`);
  await expect.poll(async () => (await page.locator('#explorer').boundingBox()).height).toBeGreaterThan(500);
  const before = (await page.locator('#explorer').boundingBox()).height;
  await page.evaluate(() => {
    // From the host itself, not the iframe; then shapes that are not the documented one.
    window.postMessage({ type: 'activation-explorer:height', height: 10 }, '*');
    window.postMessage({ type: 'activation-explorer:height', height: '<b>9</b>' }, '*');
    window.postMessage('activation-explorer:height', '*');
  });
  await page.waitForTimeout(200);
  expect((await page.locator('#explorer').boundingBox()).height).toBe(before);
});

test('three <activation-plot> elements share one wasm instance and react to their attributes', async ({ page }) => {
  const wasmRequests = [];
  page.on('request', (request) => request.url().endsWith('.wasm') && wasmRequests.push(request.url()));
  await page.goto(`${HOSTS}/elements.html`);
  const plot = (id) => page.locator(`#${id}`);
  for (const id of ['a', 'b', 'c']) {
    await expect(plot(id).locator('figcaption').first()).not.toBeEmpty();
    expect(await painted(plot(id).locator('canvas').first())).toBeGreaterThan(500);
  }
  await expect(plot('a').locator('figcaption')).toHaveText(['Tanh: f(x)', 'Tanh: f′(x)']);
  await expect(plot('b').locator('figcaption').first()).toHaveText('SELU: f(x)');
  await expect(plot('b').locator('figure').nth(1)).toBeHidden(); // no derivative attribute
  expect(wasmRequests).toHaveLength(1);

  await plot('a').evaluate((element) => element.setAttribute('fn', 'gelu'));
  await expect(plot('a').locator('figcaption').first()).toHaveText('GELU (exact, erf): f(x)');
  await plot('b').evaluate((element) => element.setAttribute('derivative', ''));
  await expect(plot('b').locator('figcaption').nth(1)).toHaveText('SELU: f′(x)');

  // Bad attributes: a readable message in the element, not an exception.
  await plot('c').evaluate((element) => element.setAttribute('fn', 'swishy'));
  await expect(plot('c').getByRole('alert')).toContainText('Unknown activation "swishy". Valid ids:');
  await plot('c').evaluate((element) => element.setAttribute('fn', 'elu'));
  await expect(plot('c').getByRole('alert')).toBeHidden();
  await plot('c').evaluate((element) => element.setAttribute('params', 'alpha=lots'));
  await expect(plot('c').getByRole('alert')).toContainText('alpha="lots" is not a number');
  await plot('c').evaluate((element) => element.setAttribute('params', 'alpha=99'));
  await expect(plot('c').getByRole('alert')).toContainText('alpha must lie in [0, 5]');
});

test('the embed builder: a chart-only snippet of 700 × 450 that shows f and f′ side by side, whole, nothing to scroll', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#fn=selu&selu.alpha=3');
  await expect(page.locator('#status')).toBeHidden();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog.getByRole('radio', { name: /Chart only/ })).toBeChecked();
  const snippet = dialog.getByRole('textbox', { name: 'Embed snippet' });
  const iframe = await snippet.inputValue();
  expect(iframe).toContain('#fn=selu&amp;selu.alpha=3&amp;embed=1&amp;hide=pickers,view,parameters,explanation,formula,probe,data,export,depth,softmax"');
  expect(iframe).toContain(' width="700" height="450" ');
  expect(iframe).toContain('embed-resizer.js'); // plain HTML may run the resizer

  // The preview is the embed itself, drawn at the chosen size.
  const preview = dialog.locator('.builder-preview iframe');
  await expect(preview).toHaveAttribute('width', '700');
  await expect(preview.contentFrame().locator('#value-chart')).toBeVisible();

  // Platforms that strip scripts get the frame alone, sized; each has its note.
  await dialog.getByRole('combobox', { name: 'Course platform' }).selectOption('canvas');
  await expect(snippet).not.toHaveValue(/<script/);
  await expect(snippet).toHaveValue(/ width="700" height="450" /);
  await expect(dialog.getByText(/Canvas/).last()).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Course platform' }).selectOption('html');

  // Unticking a part shows it again; a preset puts its own size in the snippet.
  await dialog.getByRole('radio', { name: /Everything/ }).check();
  await expect(snippet).toHaveValue(/ width="1100" height="1000" /);
  await expect(snippet).not.toHaveValue(/hide=/);
  await dialog.getByRole('radio', { name: /Chart only/ }).check();
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
  const element = await dialog.getByRole('textbox', { name: 'Custom element snippet' }).inputValue();
  expect(element).toContain('<activation-plot fn="selu" derivative params="alpha=3; scale=1.0507009873554805" lang="en">');

  // Pasted into a page whose scripts are stripped: the fixed size alone must do.
  await page.goto(`${HOSTS}/blank.html`);
  await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>Pasted</h1>${iframe.replace(/<script[^>]*><\/script>/, '')}${element}</body></html>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.card').first()).toHaveAttribute('data-id', 'selu');
  const box = await page.locator('iframe').boundingBox();
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([700, 450]);
  const value = await frame.locator('#value-chart').boundingBox();
  const slope = await frame.locator('#derivative-chart').boundingBox();
  expect(slope.x, 'f′ beside f').toBeGreaterThanOrEqual(value.x + value.width - 1);
  expect(Math.abs(slope.y - value.y)).toBeLessThanOrEqual(2);
  for (const chart of [value, slope]) {
    expect(chart.y).toBeGreaterThanOrEqual(box.y);
    expect(chart.y + chart.height, 'the chart is whole inside the frame').toBeLessThanOrEqual(box.y + box.height);
    expect(chart.height).toBeGreaterThan(200);
  }
  expect(await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight), 'nothing to scroll').toBeLessThanOrEqual(0);
  await expect(frame.getByRole('link', { name: 'Open in the full explorer' })).toBeVisible();
  await expect(frame.getByRole('combobox', { name: /Language/ })).toHaveCount(0);
  await expect(page.locator('activation-plot figcaption').first()).toHaveText('SELU: f(x)');
});

test('the one-file build works opened from disk, under its own strict policy', async ({ page }) => {
  await page.goto(`${SINGLE_FILE}#fn=mish&cmp=relu`);
  await expect(page.locator('#status')).toBeHidden();
  await expect(page.locator('.legend li')).toHaveText(['Mish', 'ReLU']);
  expect(await painted(page.locator('#value-chart'))).toBeGreaterThan(1000);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-/);

  // It has no web address: Embed explains that and offers no file:// snippet.
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toContainText('it has no web address to embed');
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
});
