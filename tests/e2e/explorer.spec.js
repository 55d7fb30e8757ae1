// The explorer page end to end, in headless Chromium, as a visitor would use it.
import { expect, test } from '@playwright/test';

// Collects everything that would mean the page is broken: console errors, uncaught
// exceptions, CSP violations and dialogs (an injected alert would open one).
async function watchForTrouble(page) {
  const trouble = [];
  page.on('console', (message) => message.type() === 'error' && trouble.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => trouble.push(`exception: ${error.message}`));
  page.on('dialog', async (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return trouble;
}

async function openExplorer(page, hash = '') {
  const trouble = await watchForTrouble(page);
  await page.goto(`./${hash}`);
  await expect(page.locator('#status')).toBeHidden();
  return trouble;
}

// A fingerprint of what a canvas shows, and how many of its pixels are painted.
function canvasPixels(page, id) {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId);
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 0) painted += 1;
      hash = (hash * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2] + 17 * data[i + 3]) | 0;
    }
    return { painted, hash };
  }, id);
}

async function probabilities(page) {
  const items = await page.locator('#probabilities [role="slider"]').allTextContents();
  return items.map((text) => Number(text.split(':').at(-1).replace(/[^\d.,-]/g, '').replace(',', '.')));
}

test('loads from a sub-folder under the strict CSP with no error and draws every chart', async ({ page }) => {
  const trouble = await openExplorer(page);
  for (const id of ['value-chart', 'derivative-chart', 'softmax-chart', 'softmax-t1-chart', 'softmax-t2-chart']) {
    const { painted } = await canvasPixels(page, id);
    expect(painted, `${id} has drawn pixels`).toBeGreaterThan(1000);
  }
  await expect(page.locator('#value-chart')).toHaveAttribute('aria-label', /Sigmoid/);
  expect(trouble).toEqual([]);
});

test('each function can be chosen, and both of its charts are drawn anew', async ({ page }) => {
  test.setTimeout(120_000); // 36 functions, each drawn and read back twice: ~1 s apiece on a loaded machine
  const trouble = await openExplorer(page);
  const ids = await page.locator('#activation option').evaluateAll((options) => options.map((o) => o.value));
  expect(ids).toEqual(expect.arrayContaining(['linear', 'relu', 'selu', 'sigmoid', 'tanh', 'snake', 'quick_gelu']));
  expect(ids).not.toContain('swiglu'); // gated rows have a view of their own
  expect(ids.length).toBeGreaterThanOrEqual(36);
  const fingerprint = async () => `${(await canvasPixels(page, 'value-chart')).hash}/${(await canvasPixels(page, 'derivative-chart')).hash}`;
  const sigmoid = await fingerprint();
  for (const id of ids) {
    await page.selectOption('#activation', id);
    const name = await page.locator('#activation option:checked').textContent();
    await expect(page.locator('#value-caption')).toContainText(name);
    await expect(page.locator('#derivative-caption')).toContainText(name);
    await expect(page.locator('#explanation')).not.toBeEmpty();
    const value = await canvasPixels(page, 'value-chart');
    const derivative = await canvasPixels(page, 'derivative-chart');
    expect(value.painted).toBeGreaterThan(1000);
    expect(derivative.painted).toBeGreaterThan(1000);
    if (id !== 'sigmoid') expect(await fingerprint(), `${id} redraws both charts`).not.toBe(sigmoid);
    await expect(page.locator('#formula math')).toHaveCount(2);
    await expect(page.locator('#properties dt')).toHaveCount(7);
    await expect(page).toHaveURL(id === 'sigmoid' ? /activations\/$/ : new RegExp(`#fn=${id}`));
  }
  expect(trouble).toEqual([]);
});

test('SELU offers its parameters, and the notebook preset redraws the chart', async ({ page }) => {
  await openExplorer(page, '#fn=selu');
  const alpha = page.getByRole('spinbutton', { name: /alpha/ });
  await expect(alpha).toHaveValue('1.6732632423543772');
  const before = await canvasPixels(page, 'value-chart');
  await page.getByRole('button', { name: /notebook/i }).click();
  await expect(alpha).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: /scale/ })).toHaveValue('1');
  expect((await canvasPixels(page, 'value-chart')).hash).not.toBe(before.hash);
  await expect(page).toHaveURL(/selu\.alpha=3&selu\.scale=1/);

  await alpha.fill('99');
  await alpha.press('Enter');
  await expect(alpha).toHaveValue('5'); // clamped to the catalogue's maximum
  await page.getByRole('button', { name: /reset/i }).click();
  await expect(alpha).toHaveValue('1.6732632423543772');
});

test('changing the temperature changes the bars', async ({ page }) => {
  const trouble = await openExplorer(page);
  const atOne = await probabilities(page);
  expect(atOne).toHaveLength(5);
  expect(atOne.reduce((a, b) => a + b)).toBeCloseTo(1, 3);
  const barsAtOne = await canvasPixels(page, 'softmax-chart');

  const temperature = page.locator('#temperature');
  await temperature.fill('5');
  await temperature.press('Enter');
  const atFive = await probabilities(page);
  expect(Math.max(...atFive)).toBeLessThan(Math.max(...atOne));
  expect(Math.min(...atFive)).toBeGreaterThan(Math.min(...atOne));
  expect((await canvasPixels(page, 'softmax-chart')).hash).not.toBe(barsAtOne.hash);
  await expect(page.locator('#softmax-caption')).toContainText('5');

  // The slider by keyboard: each arrow press moves log10(T) by 0.01.
  const slider = page.locator('#temperature-slider');
  await slider.focus();
  for (let i = 0; i < 20; i += 1) await slider.press('ArrowLeft');
  const lowered = Number(await temperature.inputValue());
  expect(lowered).toBeLessThan(5);
  expect(Math.max(...(await probabilities(page)))).toBeGreaterThan(Math.max(...atFive));

  await temperature.fill('-3');
  await temperature.press('Enter');
  await expect(temperature).toHaveValue(String(lowered)); // not a temperature: reverted
  expect(trouble).toEqual([]);
});

test('logits can be added, edited and removed', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add a logit' }).click();
  await expect(page.locator('#probabilities [role="slider"]')).toHaveCount(6);
  const logit = page.getByRole('spinbutton', { name: 'Logit 1', exact: true });
  await logit.fill('10');
  await logit.press('Enter');
  expect((await probabilities(page))[0]).toBeGreaterThan(0.9);
  await expect(page).toHaveURL(/logits=10,-1,0,1,2,3/);
  await page.getByRole('button', { name: 'Remove the last logit' }).click();
  await expect(page.locator('#probabilities [role="slider"]')).toHaveCount(5);
});

test('switching language changes every text, and the choice is kept in the link', async ({ page }) => {
  const trouble = await openExplorer(page);
  const english = await page.locator('#explanation').textContent();
  await page.selectOption('#language', 'pt');
  await expect(page.locator('h1')).toHaveText('Funções de ativação de perto');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.locator('#explanation')).not.toHaveText(english);
  await expect(page.locator('#explanation')).toContainText('sigmoide');
  await expect(page.getByRole('button', { name: 'Adicionar um logit' })).toBeVisible();
  await expect(page).toHaveURL(/lang=pt/);
  await page.selectOption('#language', 'en');
  await expect(page.locator('h1')).toHaveText('Activation functions, up close');
  expect(trouble).toEqual([]);
});

test.describe('with a Brazilian Portuguese browser', () => {
  test.use({ locale: 'pt-BR' });
  test('the page starts in Portuguese', async ({ page }) => {
    await openExplorer(page);
    await expect(page.locator('h1')).toHaveText('Funções de ativação de perto');
    await expect(page.locator('#language')).toHaveValue('pt');
  });
});

test('a shared link restores the view', async ({ page }) => {
  await openExplorer(page, '#fn=tanh&t=2&logits=3,1,0.5&lang=pt');
  await expect(page.locator('#activation')).toHaveValue('tanh');
  await expect(page.locator('#temperature')).toHaveValue('2');
  await expect(page.locator('#probabilities [role="slider"]')).toHaveCount(3);
  await expect(page.locator('h1')).toHaveText('Funções de ativação de perto');
});

test('a hostile or malformed link falls back to defaults and runs no script', async ({ page }) => {
  const hash = '#fn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=abc&logits=1,foo&lang=javascript:alert(1)&selu.alpha=1e999';
  const trouble = await openExplorer(page, hash);
  await expect(page.locator('#activation')).toHaveValue('sigmoid');
  await expect(page.locator('#temperature')).toHaveValue('1');
  await expect(page.locator('#probabilities [role="slider"]')).toHaveCount(5);
  await expect(page.locator('img')).toHaveCount(0);
  expect(trouble).toEqual([]);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('nothing scrolls sideways and the charts stack', async ({ page }) => {
    await openExplorer(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    const value = await page.locator('#value-chart').boundingBox();
    const derivative = await page.locator('#derivative-chart').boundingBox();
    expect(derivative.y).toBeGreaterThan(value.y + value.height - 1);
  });
});

test('the naive overlay shows where the notebook breaks, and the log axis shows the tails', async ({ page }) => {
  const trouble = await openExplorer(page, '#fn=tanh');
  const note = page.locator('#naive-note');
  await expect(note).toBeHidden();
  const linear = await canvasPixels(page, 'derivative-chart');

  await page.getByLabel('Overlay the course notebook’s formula').check();
  await expect(note).toContainText('agrees'); // over [-10, 10] the notebook's tanh is fine
  await page.getByRole('spinbutton', { name: 'x to' }).fill('800');
  await page.getByRole('spinbutton', { name: 'x to' }).press('Enter');
  await page.getByRole('spinbutton', { name: 'x from' }).fill('-800');
  await page.getByRole('spinbutton', { name: 'x from' }).press('Enter');
  await expect(note).toContainText('[710, 800]'); // NaN once exp(x) overflows
  await expect(note).toContainText('[20, 372]'); // 1 - tanh^2 collapses to 0
  await expect(page).toHaveURL(/xmin=-800&xmax=800&naive=1/);

  await page.getByLabel('Logarithmic y axis (|y|)').check();
  expect((await canvasPixels(page, 'derivative-chart')).hash).not.toBe(linear.hash);
  await expect(page).toHaveURL(/logy=1/);

  await page.selectOption('#activation', 'gelu');
  await expect(note).toContainText('no formula of its own');
  await expect(page.getByLabel('Overlay the course notebook’s formula')).toBeDisabled();
  expect(trouble).toEqual([]);
});

test('an x range can be narrowed, and a bound pushed past the other keeps the range non-empty', async ({ page }) => {
  await openExplorer(page);
  const to = page.getByRole('spinbutton', { name: 'x to' });
  await to.fill('-20');
  await to.press('Enter');
  const from = Number(await page.getByRole('spinbutton', { name: 'x from' }).inputValue());
  expect(from).toBeLessThan(-20);
  await expect(to).toHaveValue('-20');
});

test('the vector functions: log-softmax gives log-probabilities, softmin favours the smallest logit', async ({ page }) => {
  const trouble = await openExplorer(page);
  await page.selectOption('#vector-function', 'log_softmax');
  await expect(page.locator('#vector-formula math')).toHaveCount(2);
  const logs = await probabilities(page);
  expect(Math.max(...logs)).toBeLessThan(0);
  expect(logs.map(Math.exp).reduce((a, b) => a + b)).toBeCloseTo(1, 3);
  await page.selectOption('#vector-function', 'softmin');
  const softmin = await probabilities(page);
  expect(softmin[0]).toBe(Math.max(...softmin)); // logit -2, the smallest
  await expect(page).toHaveURL(/vfn=softmin/);
  // sparsemax of -2..2 at T = 1 keeps only the largest: a support of two needs 1 + 2·1 > 2 + 1.
  await page.selectOption('#vector-function', 'sparsemax');
  await expect(page.locator('#vector-formula math')).toHaveCount(2);
  expect(await probabilities(page)).toEqual([0, 0, 0, 0, 1]);
  expect(trouble).toEqual([]);
});
