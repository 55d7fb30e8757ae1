// The training view end to end: it trains and its charts change, play, pause, step and reset
// (a step is exactly one batch for every network), divergence marked and never a NaN, the
// activations and their parameters, links that start a run, both languages, its layout, and
// the trainer loaded only once the view is shown.
import fs from 'node:fs';

import { canvasPixels, expect, expectOnScreen, openExplorer, readNumber, test } from './fixtures.js';

/** Opens the training view at `hash` (more keys, each starting with '&') and waits for the trainer. */
async function openTraining(page, hash = '') {
  await openExplorer(page, `#view=training${hash}`);
  await expect(page.locator('.transport .play')).toBeEnabled();
}

// The step counter ("Step 1,234", "Passo 1.234") as a number.
const stepsShown = async (page) => Number((await page.locator('.transport .steps').textContent()).replace(/\D/g, ''));
// A network's loss as its legend entry gives it ("loss 0.0412, 96% right").
const lossShown = async (page, index) => readNumber((await page.locator('.training-legend .readout').nth(index).textContent()).match(/loss ([^,]+)/)[1]);
// Two animation frames: what the page draws after an event has been drawn.
const frames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

// No NaN anywhere on the page: in its text, in any attribute (labels and descriptions), nor
// the "—" that format.js writes for one.
async function expectNoNaN(page) {
  const found = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => `${element.localName}[${a.name}]=${a.value}`));
    return [document.body.innerText, ...attributes].filter((text) => /NaN/.test(text));
  });
  expect(found).toEqual([]);
  await expect(page.locator('#view-panel-training .transport, #view-panel-training .training-legend')).not.toContainText(['—']);
}

test('the trainer loads only once the training view is shown', async ({ page }) => {
  const trainerFiles = [];
  page.on('request', (request) => /trainer/.test(request.url()) && trainerFiles.push(request.url()));
  await openExplorer(page);
  await frames(page);
  expect(trainerFiles).toEqual([]);
  await page.getByRole('tab', { name: 'Training' }).click();
  await expect(page.locator('.transport .play')).toBeEnabled();
  expect(trainerFiles.some((url) => url.endsWith('.wasm'))).toBe(true);
  await expect(page).toHaveURL(/view=training/);
});

test('it trains: the step counter runs, the steps per second show, the loss falls and the charts change', async ({ page }) => {
  await openTraining(page);
  await expect(page.locator('.training-legend .readout').first()).toHaveText(/^loss [\d.]+, [\d.]+% right$/);
  const lossAtStart = await lossShown(page, 1); // tanh
  const before = { loss: await canvasPixels(page, '#training-loss'), region: await canvasPixels(page, '#training-region-1') };
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/train\.play=1/);
  await expect.poll(() => stepsShown(page), { timeout: 20_000 }).toBeGreaterThan(300);
  await expect(page.locator('.transport .speed')).toHaveText(/^[\d,.]+ steps\/s$/);
  expect(readNumber((await page.locator('.transport .speed').textContent()).split(' ')[0].replace(',', ''))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.transport .speed')).toHaveText('paused');
  await expect(page).not.toHaveURL(/train\.play/);
  expect(await lossShown(page, 1), 'tanh’s loss over the whole dataset falls').toBeLessThan(lossAtStart);
  expect((await canvasPixels(page, '#training-loss')).hash).not.toBe(before.loss.hash);
  expect((await canvasPixels(page, '#training-region-1')).hash).not.toBe(before.region.hash);
  // The charts further down, out of view until now, draw as they come into it.
  const lower = ['training-gradients-0', 'training-gradients-3', 'training-deadFraction', 'training-spread'];
  const blank = await Promise.all(lower.map((id) => canvasPixels(page, `#${id}`)));
  for (const [i, id] of lower.entries()) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await canvasPixels(page, `#${id}`)).hash, id).not.toBe(blank[i].hash);
  }
  await expectNoNaN(page);
});

test('pause and step: a step is exactly one batch for every network; paused, nothing moves; reset starts again', async ({ page }) => {
  await openTraining(page);
  await expect(page.locator('.transport .steps')).toHaveText('Step 0');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Step 1');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Step 2');
  // The loss history, as a CSV: each network has the losses of batches 1 and 2, no more.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: loss' }).click()]);
  expect(download.suggestedFilename()).toBe('training_sigmoid_tanh_relu_selu_circle_loss.csv');
  const [header, ...lines] = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(header).toBe('activation,step,loss');
  expect(lines.map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['sigmoid,1', 'sigmoid,2', 'tanh,1', 'tanh,2', 'relu,1', 'relu,2', 'selu,1', 'selu,2']);
  expect(lines.every((line) => Number(line.split(',')[2]) > 0)).toBe(true);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause' }).click();
  await frames(page);
  const paused = await stepsShown(page);
  await page.waitForTimeout(600); // nothing may happen meanwhile
  expect(await stepsShown(page)).toBe(paused);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.locator('.transport .steps')).toHaveText(`Step ${(paused + 1).toLocaleString('en')}`);

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Step 0');
});

test('a huge learning rate: the network that diverges is marked where it did, the others go on, no NaN anywhere', async ({ page }) => {
  // At a learning rate of 1, SELU's network overflows: the loss of its 7th batch is not finite.
  // The sigmoid's trains on.
  await openTraining(page, '&train.acts=sigmoid,selu&train.lr=1&train.play=1');
  const diverged = page.locator('.training-legend li.diverged');
  await expect(diverged).toHaveCount(1);
  await expect(diverged).toContainText('SELU');
  await expect(diverged.locator('.readout')).toHaveText('Diverged at step 7');
  await expect(page.locator('#training-region-1')).toHaveAttribute('aria-label', 'The SELU network diverged at step 7: its numbers overflowed, so it stopped there.');
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(100);
  // The sigmoid's loss is large (tens of millions) but finite, and written as a number.
  await expect(page.locator('.training-legend .readout').first()).toHaveText(/^loss [^,]+, [\d.]+% right$/);
  expect(await lossShown(page, 0)).toBeGreaterThan(0);
  await expect(page.locator('.transport .play')).toHaveText('Pause');
  // SELU's last losses ran up to ~10³⁰⁰ before the overflow: the live sigmoid sets the scale.
  const [, top] = (await page.locator('#training-loss').getAttribute('aria-label')).match(/to (.+)\.$/);
  expect(readNumber(top)).toBeLessThan(1e20);
  await expectNoNaN(page);

  // At 1000 every network diverges, and the run stops by itself.
  await openTraining(page, '&train.lr=1000&train.play=1');
  await expect(diverged).toHaveCount(4);
  await expect(page.locator('.transport .play')).toHaveText('Play');
  await expect(page).not.toHaveURL(/train\.play/);
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('1000');
  await expectNoNaN(page);
});

test('activations: choose, add and remove them, with their parameters; a change starts a new run; links carry it', async ({ page }) => {
  await openTraining(page, '&train.acts=relu,elu');
  await expect(page.locator('.activation')).toHaveCount(2);
  await expect(page.locator('[id^="training-region-"]')).toHaveCount(2);
  // Two is the fewest: no remove buttons.
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Step 1');
  // ELU's α is shared with the functions view's; moving it starts again from step 0.
  const alpha = page.getByRole('spinbutton', { name: 'α (alpha)' });
  await alpha.fill('0.5');
  await alpha.press('Enter');
  await expect(page).toHaveURL(/elu\.alpha=0\.5/);
  await expect(page.locator('.transport .steps')).toHaveText('Step 0');
  await page.getByRole('combobox', { name: 'Activation 2' }).selectOption('gelu');
  await expect(page).toHaveURL(/train\.acts=relu,gelu/);
  // An activation shown in another slot cannot be chosen twice.
  await expect(page.getByRole('combobox', { name: 'Activation 2' }).locator('option[value="relu"]')).toBeDisabled();
  await page.getByRole('button', { name: '+ Add an activation' }).click();
  await page.getByRole('button', { name: '+ Add an activation' }).click();
  await expect(page.locator('.activation')).toHaveCount(4);
  await expect(page.getByRole('button', { name: '+ Add an activation' })).toBeDisabled();
  await expect(page.locator('.training-legend li')).toHaveCount(4);
  await expect(page.locator('[id^="training-gradients-"]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Remove GELU (exact, erf)' }).click();
  await expect(page.locator('.activation')).toHaveCount(3);
  await expect(page.locator('[id^="training-region-"]')).toHaveCount(3);
  await expect(page.locator('.training-legend .readout').nth(2)).toHaveText(/^loss /);

  // The learning rate's slider moves in decades, from 10⁻⁴ to 1000.
  const rate = page.getByRole('slider', { name: 'Learning rate' });
  await rate.press('End');
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('1000');
  await rate.press('Home');
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.0001');
  await expect(rate).toHaveAttribute('aria-valuetext', 'learning rate 10⁻⁴');
  await expect(page).toHaveURL(/train\.lr=0\.0001/);

  // A lesson's link: the sine with three hidden layers of 16, Adam, playing from the start.
  await openTraining(page, '&train.data=sine&train.layers=3&train.width=16&train.opt=adam&train.lr=0.01&train.play=1');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toHaveValue('sine');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('adam');
  await expect(page.getByRole('spinbutton', { name: 'Hidden layers' })).toHaveValue('3');
  await expect(page.getByRole('figure').filter({ hasText: 'Fitted curve' }).first()).toBeVisible();
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(50);
  // A curve has no "right side": the legend gives the loss alone.
  await expect(page.locator('.training-legend .readout').first()).toHaveText(/^loss [\d.]+(?: × 10⁻\d+)?$/);
});

test('in Portuguese: every text translated, numbers in its notation', async ({ page }) => {
  await openTraining(page, '&lang=pt');
  await expect(page.getByRole('tab', { name: 'Treinamento' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.transport .steps')).toHaveText('Passo 0');
  await page.getByRole('button', { name: 'Um passo' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Passo 1');
  await expect(page.locator('.training-legend .readout').first()).toHaveText(/^perda \d+(,\d+)?, \d+(,\d+)?% de acertos$/);
  await expect(page.getByRole('combobox', { name: 'Conjunto de dados' })).toHaveValue('circle');
  await expect(page.getByRole('spinbutton', { name: 'Taxa de aprendizado' })).toHaveValue('0.03');
  const text = await page.locator('#view-panel-training').innerText();
  for (const english of ['Loss per step', 'Hidden layers', 'Learning rate', 'Decision regions', 'Play', 'steps/s', 'Dead units', 'Gradient norm', 'Every network']) {
    expect(text, english).not.toContain(english);
  }
  const description = await page.locator('#training-loss').getAttribute('aria-label');
  const [, low, high] = description.match(/^Gráfico de linhas da perda por passo de Sigmoide, Tanh, ReLU, SELU ao longo de 1 passo, em escala log de (.+) a (.+)\.$/);
  expect(readNumber(low)).toBeLessThan(readNumber(high));
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test(`at ${viewport.width} × ${viewport.height}: the loss and the four decision regions on the first screen, the controls beside them`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openTraining(page);
    const loss = await page.locator('#training-loss').boundingBox();
    expectOnScreen(loss, viewport, 'the loss chart');
    expect(loss.height, 'a chart to read, not a strip').toBeGreaterThan(300);
    for (let i = 0; i < 4; i += 1) expectOnScreen(await page.locator(`#training-region-${i}`).boundingBox(), viewport, `decision regions ${i + 1}`);
    const controls = await page.locator('.training .controls').boundingBox();
    expect(controls.x + controls.width, 'the controls beside the charts').toBeLessThanOrEqual(loss.x);
    expectOnScreen(await page.getByRole('combobox', { name: 'Activation 1' }).boundingBox(), viewport, 'the first activation');
    expectOnScreen(await page.locator('.transport .play').boundingBox(), viewport, 'play');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('on a 390 × 844 phone: play above the charts, the charts first, the controls under them, nothing scrolls sideways', async ({ page }) => {
  const viewport = { width: 390, height: 844 };
  await page.setViewportSize(viewport);
  await openTraining(page);
  const play = await page.locator('.transport .play').boundingBox();
  const loss = await page.locator('#training-loss').boundingBox();
  expectOnScreen(play, viewport, 'play');
  expect(loss.y, 'the loss chart starts in the top half').toBeLessThan(viewport.height / 2);
  expect(loss.height).toBeGreaterThanOrEqual(150);
  expect(loss.y).toBeGreaterThan(play.y);
  const region = await page.locator('#training-region-0').boundingBox();
  expect(region.y).toBeGreaterThan(loss.y + loss.height);
  expect((await page.getByRole('combobox', { name: 'Activation 1' }).boundingBox()).y, 'the controls after the charts').toBeGreaterThan(region.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
});

// Found by looking: in a 700 × 450 embed the decision regions’ squares are narrower than
// "Sigmoide" with its swatch, and the name ran into the next caption.
test('embedded at 700 × 450, in Portuguese, each decision region’s caption stays inside its square’s column', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 450 });
  await openTraining(page, '&embed=1&lang=pt');
  const captions = page.locator('.region figcaption');
  await expect(captions).toHaveCount(4);
  for (const caption of await captions.all()) {
    const { scrollWidth, clientWidth } = await caption.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth, await caption.textContent()).toBeLessThanOrEqual(clientWidth);
  }
});

test('the one-file build trains too, from file://, its trainer inlined', async ({ page }) => {
  await page.goto(`${new URL('../../dist-single/activation-explorer.html', import.meta.url).href}#view=training`);
  await expect(page.locator('.transport .play')).toBeEnabled();
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.locator('.transport .steps')).toHaveText('Step 1');
  await expect(page.locator('.training-legend .readout').first()).toHaveText(/^loss [\d.]+, [\d.]+% right$/);
});
