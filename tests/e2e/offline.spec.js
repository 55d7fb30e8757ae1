// Offline and installable (issue 15): after one visit the service worker has the whole site, so
// with the network off the page reloads and draws, the training view's trainer included; the
// manifest names the app and its icons; the first visit of a new version says so, once.
import { canvasPixels, expect, openExplorer, pngSize, test } from './fixtures.js';

test.use({ serviceWorkers: 'allow' });

/** The page's service worker's state once it is the active one (its install precached every file). */
const workerState = (page) => page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active.state));

test('after one visit the explorer works with the network off', async ({ page, context }) => {
  await openExplorer(page);
  await expect.poll(() => workerState(page)).toBe('activated');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#status')).toBeHidden();
  for (const id of ['value-chart', 'derivative-chart']) await expect.poll(async () => (await canvasPixels(page, `#${id}`)).painted).toBeGreaterThan(1000);
  // Views and modules that load on first use are there too: the trainer's wasm, Portuguese.
  await page.goto('./#view=training&lang=pt');
  await expect(page.locator('#view-panel-training .training-legend .readout').first()).toHaveText(/^perda [\d,]+, .+ de acertos$/);
  // An embed's page, with a query string a learning platform may add, is the precached page.
  await page.goto('./?launch=1#embed=1&fn=tanh');
  // A chart is built in a task after its canvas shows: wait for the pixels, as above.
  await expect.poll(async () => (await canvasPixels(page, '#value-chart')).painted).toBeGreaterThan(1000);
});

test('the manifest names the app, its start page and icons that exist', async ({ page, request }) => {
  await openExplorer(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  expect(manifest).toMatchObject({ name: 'Activation functions', start_url: './', scope: './', display: 'standalone' });
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
    const { width, height } = pngSize(await response.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

test('the first visit of a new version says so once, in the page’s language, and moves nothing', async ({ page }) => {
  await openExplorer(page);
  // A first visit is not news (the check runs once the first view is drawn and the page is idle).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('activation-explorer.version'))).not.toBeNull();
  await expect(page.locator('#update-note')).toBeEmpty();
  await page.evaluate(() => localStorage.setItem('activation-explorer.version', 'an older build'));
  await page.goto('./#lang=pt');
  await page.reload();
  const note = page.locator('#update-note');
  await expect(note).toHaveAttribute('role', 'status');
  await expect(note.locator('p')).toHaveText(/foi atualizado desde a sua última visita/);
  // Laid over the page's corner, inside the viewport, not in the flow of the page.
  const viewport = page.viewportSize();
  const box = await note.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await note.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  await note.getByRole('button', { name: 'Entendi' }).click();
  await expect(note).toBeEmpty();
  await page.reload();
  await expect(page.locator('#status')).toBeHidden();
  await expect(note).toBeEmpty();
});
