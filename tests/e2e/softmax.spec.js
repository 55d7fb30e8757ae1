// The softmax view end to end: temperature, logits named by position, ties, dragging bars,
// the notebook's temperature 1 beside 2 on one scale, log-softmax and softmin, the Jacobian of
// the chosen function, its table and the exports.
import { canvasPixels, expect, openExplorer, readNumber, test } from './fixtures.js';

// The values the bars show, from the focusable list under the chart ("z₁ = −2: 0.01166").
async function outputs(page) {
  return (await page.locator('.bar-sliders [role="slider"]').allTextContents()).map((text) => readNumber(text.split(': ')[1]));
}

test('temperature: typed or slid, it flattens or sharpens the bars; a bad one reverts', async ({ page }) => {
  await openExplorer(page, '#view=softmax');
  const atOne = await outputs(page);
  expect(atOne).toHaveLength(5);
  expect(atOne.reduce((a, b) => a + b)).toBeCloseTo(1, 3);
  const temperature = page.getByRole('spinbutton', { name: 'Temperature' });
  await temperature.fill('5');
  await temperature.press('Enter');
  const atFive = await outputs(page);
  expect(Math.max(...atFive)).toBeLessThan(Math.max(...atOne));
  expect(Math.min(...atFive)).toBeGreaterThan(Math.min(...atOne));
  await expect(page.getByRole('figure').first()).toContainText('Softmax at temperature 5');
  const slider = page.getByRole('slider', { name: 'Temperature' });
  await slider.focus();
  for (let i = 0; i < 20; i += 1) await slider.press('ArrowLeft');
  const lowered = Number(await temperature.inputValue());
  expect(lowered).toBeLessThan(5);
  expect(Math.max(...(await outputs(page)))).toBeGreaterThan(Math.max(...atFive));
  await temperature.fill('-3');
  await temperature.press('Enter');
  await expect(temperature).toHaveValue(String(lowered));
});

test('logits are named by position, can be added, edited and removed; tied maxima are all highlighted', async ({ page }) => {
  await openExplorer(page, '#view=softmax');
  await expect(page.locator('.bar-sliders [role="slider"]').first()).toHaveText('z₁ = −2: 0.01166');
  await page.getByRole('button', { name: 'Add a logit' }).click();
  await expect(page.locator('.bar-sliders [role="slider"]')).toHaveCount(6);
  await expect(page).toHaveURL(/logits=-2,-1,0,1,2,3/);
  const last = page.getByRole('spinbutton', { name: 'z₆' });
  await last.fill('2');
  await last.press('Enter');
  // Two logits at the maximum: both bars in the highlight colour.
  const highlighted = await page.locator('#softmax-chart').evaluate((canvas) => {
    const context = canvas.getContext('2d');
    const colour = getComputedStyle(document.documentElement).getPropertyValue('--bars-highlight').trim();
    const probe = new OffscreenCanvas(1, 1).getContext('2d');
    probe.fillStyle = colour;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
    const columns = new Set();
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) columns.add(Math.floor((i / 4) % width / 10));
    return columns.size;
  });
  expect(highlighted).toBeGreaterThanOrEqual(6); // two bars, each several 10-px columns wide
  await page.getByRole('button', { name: 'Remove the last' }).click();
  await expect(page.locator('.bar-sliders [role="slider"]')).toHaveCount(5);
  // Tiny values in proper notation.
  await openExplorer(page, '#view=softmax&logits=40,0,1');
  await expect(page.locator('.bar-sliders [role="slider"]').nth(1)).toHaveText(/z₂ = 0: 4\.248 × 10⁻¹⁸/);
});

test('a bar follows the mouse when dragged, and the keyboard moves it too', async ({ page }) => {
  await openExplorer(page, '#view=softmax');
  const canvas = page.locator('#softmax-chart');
  const box = await canvas.boundingBox();
  // The first bar's column (z₁, about 1/10 of the way across the plot) dragged up to ~0.7.
  const x = box.x + box.width * 0.19;
  await page.mouse.move(x, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.up();
  const [first] = await outputs(page);
  expect(first).toBeGreaterThan(0.5);
  const z1 = Number(await page.getByRole('spinbutton', { name: 'z₁' }).inputValue());
  expect(z1).toBeGreaterThan(2);
  // Far below the chart: the logit is clamped at the lowest the state table allows.
  await page.mouse.move(x, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(x, box.y + box.height + 400, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('spinbutton', { name: 'z₁' })).toHaveValue('-100');

  const bar = page.getByRole('slider', { name: 'z₂' });
  await bar.focus();
  for (let i = 0; i < 6; i += 1) await bar.press('ArrowUp');
  await expect(page.getByRole('spinbutton', { name: 'z₂' })).toHaveValue('2');
  await expect(bar).toBeFocused();
});

test('temperature 1 beside 2: one y scale for both, and for log-softmax labels outside the bars', async ({ page }) => {
  await openExplorer(page, '#view=softmax&vfn=log_softmax');
  const logs = await outputs(page);
  expect(Math.max(...logs)).toBeLessThan(0);
  expect(logs.map(Math.exp).reduce((a, b) => a + b)).toBeCloseTo(1, 3);
  for (const id of ['softmax-t1-chart', 'softmax-t2-chart']) expect((await canvasPixels(page, `#${id}`)).painted).toBeGreaterThan(1000);
  const scales = await page.evaluate(() =>
    ['softmax-t1-chart', 'softmax-t2-chart'].map((id) => document.getElementById(id).getAttribute('aria-label')),
  );
  expect(scales[0]).toContain('temperature 1');
  expect(scales[1]).toContain('temperature 2');
  const yRange = (label) => label.match(/y from (.+?) to (.+?):/).slice(1).map(readNumber);
  expect(yRange(scales[0])).toEqual(yRange(scales[1]));
  expect(yRange(scales[0])[0]).toBeLessThan(Math.min(...logs)); // room below the lowest bar for its label
  await page.getByRole('combobox', { name: 'Function' }).selectOption('softmin');
  const softmin = await outputs(page);
  expect(softmin[0]).toBe(Math.max(...softmin)); // the smallest logit, -2, gets the most
  await expect(page).toHaveURL(/vfn=softmin/);
});

test('sparsemax and entmax15 give exact zeros where softmax never does', async ({ page }) => {
  for (const vfn of ['sparsemax', 'entmax15']) {
    await openExplorer(page, `#view=softmax&vfn=${vfn}`);
    const values = await outputs(page);
    expect(values.reduce((a, b) => a + b)).toBeCloseTo(1, 3);
    expect(values.filter((v) => v === 0).length, vfn).toBeGreaterThanOrEqual(2);
  }
});

test('the Jacobian is the chosen function’s: columns sum to 0 for softmax and softmin, not for log-softmax', async ({ page }) => {
  const columnSums = async () => {
    const rows = await page.locator('.pane table').nth(1).locator('tbody tr').all();
    const matrix = await Promise.all(rows.map(async (row) => (await row.locator('td').allTextContents()).map(readNumber)));
    return matrix[0].map((_, j) => matrix.reduce((sum, row) => sum + row[j], 0));
  };
  for (const [vfn, zeroSums] of [['softmax', true], ['softmin', true], ['sparsemax', true], ['entmax15', true], ['log_softmax', false]]) {
    await openExplorer(page, `#view=softmax&vfn=${vfn}&tab=data`);
    await expect(page.locator('.pane table').nth(1).locator('tbody tr')).toHaveCount(5);
    const sums = await columnSums();
    for (const sum of sums) {
      if (zeroSums) expect(Math.abs(sum)).toBeLessThan(2e-3); // rounded to 4 significant digits in the table
      else expect(Math.abs(sum)).toBeGreaterThan(0.1);
    }
  }
  // A fixed colour scale: a higher temperature fades the colours instead of being rescaled away.
  await openExplorer(page, '#view=softmax');
  const atOne = await canvasPixels(page, '#jacobian-chart');
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('4');
  await page.getByRole('spinbutton', { name: 'Temperature' }).press('Enter');
  await expect.poll(async () => (await canvasPixels(page, '#jacobian-chart')).hash).not.toBe(atOne.hash);
  await expect(page.locator('.jacobian .hint')).toHaveText('Colours on a fixed scale from −0.25 to 0.25; larger entries are drawn at full colour.');
});

// The colour bar's lowest label is centred on the bar's end: the drawing leaves it room, so
// no text runs off the canvas's bottom edge (at 1280 × 800 the grid fills the box's height).
for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`the Jacobian's labels stay inside its canvas at ${width} × ${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page, '#view=softmax');
    await page.locator('#jacobian-chart').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await canvasPixels(page, '#jacobian-chart')).painted).toBeGreaterThan(0);
    const bottomRows = await page.locator('#jacobian-chart').evaluate((canvas) => {
      const rows = Math.round(2 * (canvas.width / canvas.clientWidth)); // the last 2 CSS pixels
      const { data } = canvas.getContext('2d').getImageData(0, canvas.height - rows, canvas.width, rows);
      return new Set(Array.from({ length: data.length / 4 }, (_, i) => data.slice(4 * i, 4 * i + 3).join())).size;
    });
    expect(bottomRows).toBe(1); // the background alone
  });
}

test('the bars and the Jacobian export as named PNGs and CSVs', async ({ page }) => {
  await openExplorer(page, '#view=softmax&t=2');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG: Jacobian' }).click()]);
  expect(png.suggestedFilename()).toBe('softmax_t-2_logits-neg2_neg1_0_1_2_jacobian.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: bars' }).click()]);
  expect(csv.suggestedFilename()).toBe('softmax_t-2_logits-neg2_neg1_0_1_2_vector.csv');
});

test('softmax beside sparsemax and entmax15: the same logits, their supports, zeros greyed', async ({ page }) => {
  await openExplorer(page, '#view=softmax&logits=-2,-1,0,1,2&t=1');
  const captions = page.locator('.chart-trio figcaption');
  await expect(captions).toHaveText(['Softmax: support 5 of 5', /^Sparsemax: support [1-4] of 5$/, /^1\.5-entmax: support [1-4] of 5$/]);
  // Below the fold, they are built once scrolled to.
  await page.locator('.chart-trio').scrollIntoViewIfNeeded();
  for (const id of ['softmax', 'sparsemax', 'entmax15']) await expect.poll(async () => (await canvasPixels(page, `#sparse-${id}-chart`)).painted).toBeGreaterThan(1000);
  // A higher temperature widens sparsemax's support.
  const support = async () => Number((await captions.nth(1).textContent()).match(/support (\d+)/)[1]);
  const cold = await support();
  await page.getByRole('spinbutton', { name: 'Temperature' }).fill('10');
  await page.getByRole('spinbutton', { name: 'Temperature' }).press('Enter');
  await expect.poll(support).toBeGreaterThan(cold);
});
