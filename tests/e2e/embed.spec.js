// Embedding, as a course author would: an iframe with the resizer script and three
// <activation-plot> elements on course pages of another origin, the "Embed this" snippets
// pasted into a plain page, and the one-file build opened from disk.
import { expect, test } from './fixtures.js';

const HOSTS = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4174) + 1}`;
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

test('the "Embed this" snippets, pasted into a plain page, both work', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#fn=selu&selu.alpha=3');
  await expect(page.locator('#status')).toBeHidden();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const iframe = await dialog.getByRole('textbox', { name: 'Iframe snippet' }).inputValue();
  const element = await dialog.getByRole('textbox', { name: 'Custom element snippet' }).inputValue();
  expect(iframe).toContain('#fn=selu&amp;selu.alpha=3&amp;embed=1');
  expect(element).toContain('<activation-plot fn="selu" derivative params="alpha=3; scale=1.0507009873554805" lang="en">');
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

  await page.goto(`${HOSTS}/blank.html`);
  await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body><h1>Pasted</h1>${iframe}${element}</body></html>`);
  await expect(page.frameLocator('iframe').locator('.card').first()).toHaveAttribute('data-id', 'selu');
  await expect.poll(async () => (await page.locator('iframe').boundingBox()).height).toBeGreaterThan(500);
  await expect(page.locator('activation-plot figcaption').first()).toHaveText('SELU: f(x)');
});

test('the one-file build works opened from disk, under its own strict policy', async ({ page }) => {
  await page.goto(`${SINGLE_FILE}#fn=mish&cmp=relu`);
  await expect(page.locator('#status')).toBeHidden();
  await expect(page.locator('.legend li')).toHaveText(['Mish', 'ReLU']);
  expect(await painted(page.locator('#value-chart'))).toBeGreaterThan(1000);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'wasm-unsafe-eval'; style-src 'sha256-/);
});
