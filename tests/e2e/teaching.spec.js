// The teaching features end to end: compare, probe, vanishing gradients, softmax details,
// shareable state and history, data tables and exports, accessibility, dark scheme, phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

async function open(page, hash = '') {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`./${hash}`);
  await expect(page.locator('#status')).toBeHidden();
  return errors;
}

const number = (text) => Number(text.replace(/[^\d.,eE+-]/g, '').replace(',', '.'));

async function readout(page) {
  const rows = await page.locator('#probe-readout tbody tr').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map((cell, i) => (i ? number(cell) : cell))));
}

test('compare: functions are added and removed, each with its colour, legend entry and parameters', async ({ page }) => {
  const errors = await open(page);
  const add = page.getByRole('combobox', { name: 'Compare with' });
  await add.selectOption('tanh');
  await add.selectOption('selu');
  await expect(page.locator('#legend li')).toHaveText(['Sigmoid', 'Tanh', 'SELU']);
  await expect(page).toHaveURL(/cmp=tanh,selu/);
  await expect(page.getByRole('group', { name: 'Parameters of SELU' })).toBeVisible();
  await expect(page.locator('#probe-readout tbody tr')).toHaveCount(3);
  await add.selectOption('relu');
  await expect(add).toBeDisabled(); // at most three functions beside the main one
  await page.getByRole('button', { name: 'Remove Tanh from the comparison' }).click();
  await expect(page.locator('#legend li')).toHaveText(['Sigmoid', 'SELU', 'ReLU']);
  await expect(add).toBeEnabled();
  expect(errors).toEqual([]);
});

test('the back button restores earlier choices, and Copy link copies the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.selectOption('#activation', 'relu');
  await page.selectOption('#activation', 'gelu');
  await page.goBack();
  await expect(page.locator('#activation')).toHaveValue('relu');
  await page.goBack();
  await expect(page.locator('#activation')).toHaveValue('sigmoid');
  await page.goForward();
  await expect(page.locator('#activation')).toHaveValue('relu');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the probe moves by keyboard and by pointer, and reads out f and f′ of every shown function', async ({ page }) => {
  await open(page, '#cmp=tanh');
  const probe = page.getByRole('slider', { name: 'Probe at x' });
  await probe.focus();
  for (let i = 0; i < 20; i += 1) await probe.press('ArrowRight');
  const probeX = () => Number(new URL(page.url()).hash.match(/px=([-\d.e]+)/)?.[1]);
  await expect.poll(probeX).toBeCloseTo(0.5 + 20 * 0.025, 6);
  const x = probeX();
  const [[name, value, derivative], [, tanhValue, tanhDerivative]] = await readout(page);
  const s = 1 / (1 + Math.exp(-x));
  expect(name).toBe('Sigmoid');
  expect(value).toBeCloseTo(s, 5);
  expect(derivative).toBeCloseTo(s * (1 - s), 5);
  expect(tanhValue).toBeCloseTo(Math.tanh(x), 5);
  expect(tanhDerivative).toBeCloseTo(1 - Math.tanh(x) ** 2, 5);
  await expect(page.locator('#probe-readout')).toHaveAttribute('aria-live', 'polite');

  // A click a quarter of the way across the plot area moves the probe towards x = -5.
  const box = await page.locator('#value-chart').boundingBox();
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  await expect.poll(probeX).toBeLessThan(-2);
  expect(probeX()).toBeGreaterThan(-8);
});

test('vanishing gradients: deeper sigmoid stacks lose the gradient, ReLU keeps it', async ({ page }) => {
  await open(page, '#cmp=relu&px=1');
  const gradients = async () => (await page.locator('#depth-readout li').allTextContents()).map((t) => number(t.split(':')[1].split(' ')[1]));
  const [sigmoidAt10, reluAt10] = await gradients();
  expect(reluAt10).toBe(1);
  expect(sigmoidAt10).toBeLessThan(0.25 ** 10);
  const layers = page.getByRole('spinbutton', { name: 'Layers' });
  await layers.fill('20');
  await layers.press('Enter');
  const [sigmoidAt20, reluAt20] = await gradients();
  expect(sigmoidAt20).toBeLessThan(sigmoidAt10 * 0.25 ** 9);
  expect(reluAt20).toBe(1);
  await expect(page).toHaveURL(/depth=20/);
});

test('a fixed y range applies to both charts and is kept in the link', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('spinbutton', { name: 'y from' })).toBeHidden();
  await page.getByLabel('Fixed y range').check();
  const to = page.getByRole('spinbutton', { name: 'y to' });
  await to.fill('0.5');
  await to.press('Enter');
  await expect(page).toHaveURL(/yfix=1.*ymax=0.5/);
  await expect(page.locator('#value-chart')).toHaveAttribute('aria-label', /y ranges from -2 to 0.5/);
});

test('softmax: entropy follows the temperature, bars move by keyboard, the Jacobian is drawn and tabulated', async ({ page }) => {
  const errors = await open(page);
  const entropy = async () => number((await page.locator('#entropy').textContent()).match(/\d+(?:[.,]\d+)?/)[0]);
  const cold = await entropy();
  await page.locator('#temperature').fill('10');
  await page.locator('#temperature').press('Enter');
  const hot = await entropy();
  expect(hot).toBeGreaterThan(cold);
  expect(hot).toBeLessThanOrEqual(Math.log(5) + 1e-3);

  const firstBar = page.getByRole('slider', { name: 'Logit 1' });
  await firstBar.focus();
  for (let i = 0; i < 8; i += 1) await firstBar.press('ArrowUp');
  await expect(page.getByRole('spinbutton', { name: 'Logit 1', exact: true })).toHaveValue('2');
  await expect(firstBar).toHaveAttribute('aria-valuenow', '2');
  await expect(firstBar).toBeFocused(); // the bar is updated in place, not rebuilt

  await page.locator('details.data').nth(1).locator('summary').click();
  await expect(page.locator('#jacobian-data tbody tr')).toHaveCount(5);
  await expect(page.locator('#jacobian-data thead th')).toHaveCount(6);
  const painted = await page.evaluate(() => {
    const canvas = document.getElementById('jacobian');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let colored = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== data[i + 2]) colored += 1;
    return colored;
  });
  expect(painted).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});

test('show data lists the plotted points, and each chart exports as PNG and CSV', async ({ page }) => {
  await open(page, '#cmp=relu');
  await page.locator('details.data').first().locator('summary').click();
  await expect(page.locator('#function-data thead th')).toHaveText(['x', 'Sigmoid: f(x)', 'Sigmoid: f′(x)', 'ReLU: f(x)', 'ReLU: f′(x)']);
  await expect(page.locator('#function-data tbody tr')).toHaveCount(41);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV of the function chart' }).click()]);
  const lines = readFileSync(await csv.path(), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('x,Sigmoid,ReLU');
  expect(lines).toHaveLength(802);
  const [x, sigmoid, relu] = lines[401].split(',').map(Number);
  expect(x).toBe(0);
  expect(sigmoid).toBe(0.5);
  expect(relu).toBe(0);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG of the Jacobian' }).click()]);
  expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
});

test('every new text exists in Portuguese', async ({ page }) => {
  await open(page, '#lang=pt');
  await expect(page.getByRole('heading', { name: 'O gradiente que desaparece, visto' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copiar link' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Sonda em x' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'O jacobiano' })).toBeVisible();
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // to inject axe-core, which the page's policy rightly refuses
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no serious or critical violation (${colorScheme} scheme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '#cmp=tanh,selu&naive=1');
      for (const details of await page.locator('details').all()) await details.locator('summary').click();
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
      const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
});

test('the dark scheme darkens the page and the charts follow it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(13, 17, 23)');
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
  test.describe(`screenshot at ${name} width`, () => {
    test.use({ viewport });
    test(`the explorer looks as it should (${name})`, async ({ page }) => {
      await open(page, '#cmp=tanh&lang=en');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expect(page).toHaveScreenshot(`explorer-${name}.png`, { fullPage: true, maxDiffPixelRatio: 0.01 });
    });
  });
}
