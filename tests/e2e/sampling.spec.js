// The sampling view end to end: each knob cuts the candidate words as Hugging Face's warpers
// do (worked out by hand below from the example's logits), presets, the draws (never a removed
// word, frequencies within a stated bound of the expected probabilities, the same for the
// same seed), editing the prompt, words and logits as plain text, both languages, the
// exports, and the layout at 1280 × 800, 1024 × 768 and on a 390 × 844 phone.
import en from '../../web/src/i18n/en.js';
import pt from '../../web/src/i18n/pt.js';
import { SAMPLING_EXAMPLE_LOGITS } from '../../web/src/state.js';
import { canvasPixels, expect, expectOnScreen, openExplorer, readNumber, test } from './fixtures.js';

const KNOBS = ['Temperature', 'Top-k', 'Top-p', 'Min-p'];
const EXAMPLE = en.sampling.example.words; // mat, floor, sofa, bed, chair, rug, table, roof, keyboard, moon

// The data table under the charts: one row per word.
async function readTable(page) {
  const rows = await page.locator('.sampling-data tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const [logit, model, sampled, count, share] = await row.locator('td').allTextContents();
      return { word: await row.locator('th').textContent(), logit: readNumber(logit), model: readNumber(model), sampled: readNumber(sampled), count: count === '' ? null : Number(count), share: share === '' ? null : readNumber(share) };
    }),
  );
}
const keptWords = async (page) => (await readTable(page)).filter((row) => row.sampled > 0).map((row) => row.word);

async function setKnob(page, name, value) {
  const field = page.getByRole('spinbutton', { name, exact: true });
  await field.fill(String(value));
  await field.press('Enter');
}

test('the example: ten words, the model’s softmax, every filter off', async ({ page }) => {
  await openExplorer(page, '#view=sampling');
  await expect(page.locator('.prompt-line')).toHaveText('The cat sat on the …');
  const rows = await readTable(page);
  expect(rows.map((row) => row.word)).toEqual(EXAMPLE);
  expect(rows.map((row) => row.logit)).toEqual([...SAMPLING_EXAMPLE_LOGITS]);
  // softmax at T = 1 from the logits, to the table's four significant digits.
  const weights = SAMPLING_EXAMPLE_LOGITS.map(Math.exp);
  const sum = weights.reduce((a, b) => a + b);
  rows.forEach((row, i) => {
    expect(Math.abs(row.model - weights[i] / sum) / (weights[i] / sum)).toBeLessThan(5e-4);
    expect(row.sampled).toBe(row.model);
  });
  await expect(page.locator('.readout-line')).toHaveText('10 of 10 words kept');
  for (const name of KNOBS) await expect(page.getByRole('slider', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Top-k' })).toHaveAttribute('aria-valuetext', 'Top-k: off');
  await expect(page.getByRole('slider', { name: 'Top-p' })).toHaveAccessibleDescription(/nucleus sampling/);
});

test('top-k keeps the k most probable words, and words tied with the k-th; greedy keeps one', async ({ page }) => {
  await openExplorer(page, '#view=sampling');
  await setKnob(page, 'Top-k', 3);
  await expect(page).toHaveURL(/topk=3/);
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa']);
  await expect(page.locator('.readout-line')).toHaveText('3 of 10 words kept; removed: bed, chair, rug, table, roof, keyboard, moon');
  const label = await page.locator('#sampling-original-chart').getAttribute('aria-label');
  expect(label).toContain('bed removed');
  // The kept three renormalised: p / (p_mat + p_floor + p_sofa).
  const rows = await readTable(page);
  const kept = rows[0].model + rows[1].model + rows[2].model;
  for (const row of rows.slice(0, 3)) expect(Math.abs(row.sampled - row.model / kept)).toBeLessThan(1e-3);
  // The slider moves it too, by keyboard.
  const slider = page.getByRole('slider', { name: 'Top-k' });
  await slider.press('ArrowRight');
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa', 'bed']);
  // sofa's logit raised to floor's 3.3: top-k 2 keeps both words tied at the second place.
  await openExplorer(page, '#view=sampling&topk=2&scores=4,3.3,3.3,2.5,2.2,1.8,1.2,0.8,0.3,-1');
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa']);
  await page.getByRole('button', { name: 'Greedy (top-k = 1)' }).click();
  await expect.poll(() => keptWords(page)).toEqual(['mat']);
  await expect(page.getByRole('button', { name: 'Greedy (top-k = 1)' })).toHaveAttribute('aria-pressed', 'true');
  expect((await readTable(page))[0].sampled).toBe(1);
});

test('top-p keeps the most probable words until their total reaches p; min-p cuts under min-p × the largest', async ({ page }) => {
  await openExplorer(page, '#view=sampling');
  // Ascending, the example's probabilities add up to 0.0027, 0.0127, 0.0293, 0.0540, 0.0990,
  // 0.1662, …: HF removes while the total is ≤ 1 − 0.9 = 0.1, the five least probable words.
  await setKnob(page, 'Top-p', 0.9);
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa', 'bed', 'chair']);
  await expect(page.getByRole('figure').nth(2)).toContainText('Top-p = 0.9 cuts the running total');
  // The running total: most probable first, each bar the sum so far.
  const totals = (await page.locator('#sampling-cumulative-chart').getAttribute('aria-label')).match(/mat [\d.]+/)[0];
  expect(totals).toBe('mat 0.41');
  // Top-p 0.5 alone keeps mat and floor (0.3921 ≤ 0.5 < 0.5937); after top-k 3 it sees
  // mat, floor and sofa renormalised (0.1820, then 0.4530 ≤ 0.5): mat alone. Top-k comes first.
  await setKnob(page, 'Top-p', 0.5);
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor']);
  await setKnob(page, 'Top-k', 3);
  await expect.poll(() => keptWords(page)).toEqual(['mat']);
  // Min-p 0.2: everything under 0.2 × 0.4062 = 0.0812 goes; bed (0.0906) stays.
  await openExplorer(page, '#view=sampling&minp=0.2');
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa', 'bed']);
  // Min-p 1 keeps only the most probable word.
  await setKnob(page, 'Min-p', 1);
  await expect.poll(() => keptWords(page)).toEqual(['mat']);
});

test('temperature sharpens or flattens what is sampled, never the model’s own bars', async ({ page }) => {
  await openExplorer(page, '#view=sampling');
  const atOne = await readTable(page);
  await setKnob(page, 'Temperature', 2);
  await expect(page).toHaveURL(/temp=2/);
  await expect.poll(async () => (await readTable(page))[0].sampled).toBeLessThan(atOne[0].sampled);
  const atTwo = await readTable(page);
  expect(atTwo.map((row) => row.model)).toEqual(atOne.map((row) => row.model));
  expect(atTwo.at(-1).sampled).toBeGreaterThan(atOne.at(-1).sampled);
  await setKnob(page, 'Temperature', 0.05);
  await expect.poll(async () => (await readTable(page))[0].sampled).toBeGreaterThan(0.99);
  // The chatbot preset: T = 0.7 and top-p = 0.9, in the link.
  await page.getByRole('button', { name: 'Chatbot (T = 0.7, top-p = 0.9)' }).click();
  await expect(page).toHaveURL(/temp=0\.7&topp=0\.9/);
  await expect(page.getByRole('spinbutton', { name: 'Temperature' })).toHaveValue('0.7');
  // A typed value outside the limits is clamped; text that is no number reverts.
  await setKnob(page, 'Top-p', 0);
  await expect(page.getByRole('spinbutton', { name: 'Top-p' })).toHaveValue('0.01');
});

// The bound on a drawn share: four standard errors of a binomial share, √(p(1 − p)/N), plus
// the table's rounding of p to four digits. A given seed always draws the same, so this is no
// flaky test; any seed would pass it but for a chance of about 6 × 10⁻⁵ per word.
const within = (share, p, n) => Math.abs(share - p) <= 4 * Math.sqrt((p * (1 - p)) / n) + 5e-4;

test('draws never include a removed word, follow the expected probabilities, and are the same for the same seed', async ({ page }) => {
  await openExplorer(page, '#view=sampling&topk=3');
  await expect(page.locator('.continuations .hint')).toHaveText(en.sampling.nothingDrawn);
  await page.getByRole('button', { name: 'Draw 1,000 samples' }).click();
  await expect(page).toHaveURL(/draws=1000/);
  await expect(page.locator('.continuations-list li')).toHaveCount(6);
  const rows = await readTable(page);
  expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(1000);
  for (const row of rows) {
    if (row.sampled === 0) expect(row.count, `${row.word} was removed`).toBe(0);
    else expect(within(row.share, row.sampled, 1000), `${row.word}: ${row.share} against ${row.sampled}`).toBe(true);
  }
  const continuations = await page.locator('.continuations-list li').allTextContents();
  for (const text of continuations) expect(['mat', 'floor', 'sofa'].map((word) => `The cat sat on the ${word}`)).toContain(text);
  await expect(page.locator('#sampling-histogram-chart')).toHaveAttribute('aria-label', /mat 0\.\d+ \(expected 0\.55\)/);

  // Drawing again takes the next seed; the link of the first draw gives its draws again.
  const first = page.url();
  await page.getByRole('button', { name: 'Draw 1,000 samples' }).click();
  await expect(page).toHaveURL(/drawseed=2/);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
  const second = await page.locator('.continuations-list li').allTextContents();
  await openExplorer(page, first.slice(first.indexOf('#')));
  await expect(page.locator('.continuations-list li')).toHaveText(continuations);
  expect((await readTable(page)).map((row) => row.count)).toEqual(rows.map((row) => row.count));
  expect(second).not.toEqual(continuations);

  // Greedy: all 100 draws are the one word left; min-p at a high temperature: none removed is drawn.
  await openExplorer(page, '#view=sampling&topk=1&draws=100&drawseed=5');
  expect((await readTable(page)).map((row) => row.count)).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  await openExplorer(page, '#view=sampling&temp=1.5&minp=0.1&draws=10000&drawseed=9');
  for (const row of await readTable(page)) {
    if (row.sampled === 0) expect(row.count, row.word).toBe(0);
    else expect(within(row.share, row.sampled, 10000), `${row.word}: ${row.share} against ${row.sampled}`).toBe(true);
  }
});

test('the prompt, words and logits are edited as plain text; refused text reverts and says why', async ({ page }) => {
  await openExplorer(page, '#view=sampling&draws=100');
  const firstWord = page.getByRole('textbox', { name: 'Word 1', exact: true });
  await firstWord.fill('<img src=x>');
  await firstWord.press('Enter');
  await expect(page).toHaveURL(/words=%3Cimg%20src%3Dx%3E,floor,/);
  await expect(page.locator('.sampling-data tbody th').first()).toHaveText('<img src=x>');
  await expect(page.locator('.continuations-list li').first()).toContainText('The cat sat on the ');
  await expect(page.locator('img')).toHaveCount(0);
  await firstWord.fill('rug, red');
  await firstWord.press('Enter');
  await expect(page.locator('.sampling-data tbody th').first()).toHaveText('rug, red');
  // Empty, or over 16 characters: refused.
  for (const text of ['   ', 'x'.repeat(17)]) {
    await firstWord.fill(text);
    await firstWord.press('Enter');
    await expect(firstWord).toHaveValue('rug, red');
    await expect(page.locator('.words .problem')).toHaveText(en.sampling.badText);
  }
  // The prompt: typed, then emptied (the example's again).
  const prompt = page.getByRole('textbox', { name: 'Prompt' });
  await prompt.fill('My dog slept on the');
  await prompt.press('Enter');
  await expect(page.locator('.prompt-line')).toHaveText('My dog slept on the …');
  await expect(page.locator('.continuations-list li').first()).toHaveText(/^My dog slept on the /);
  await prompt.fill('');
  await prompt.press('Enter');
  await expect(page.locator('.prompt-line')).toHaveText('The cat sat on the …');
  // moon's logit raised to 5: now the most probable word.
  const moon = page.getByRole('spinbutton', { name: 'Logit of word 10' });
  await moon.fill('5');
  await moon.press('Enter');
  await expect
    .poll(async () => {
      const model = (await readTable(page)).map((row) => row.model);
      return model.indexOf(Math.max(...model));
    })
    .toBe(9);
  await moon.fill('99');
  await moon.press('Enter');
  await expect(moon).toHaveValue('20'); // clamped to the state table's limit
  // Adding and removing words keeps words and logits paired in the link.
  await page.getByRole('button', { name: 'Add a word' }).click();
  await expect(page.locator('.sampling-data tbody tr')).toHaveCount(11);
  await expect(page.getByRole('textbox', { name: 'Word 11' })).toHaveValue('word 11');
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  expect(hash.get('words').split(',')).toHaveLength(11);
  expect(hash.get('scores').split(',')).toHaveLength(11);
  await page.getByRole('button', { name: 'Remove the last' }).click();
  await page.getByRole('button', { name: 'Remove the last' }).click();
  await expect(page.locator('.sampling-data tbody tr')).toHaveCount(9);
  await page.getByRole('button', { name: 'Back to the example' }).click();
  expect((await readTable(page)).map((row) => row.word)).toEqual(EXAMPLE);
});

test('in Portuguese: the example, the knobs by their names, no English left; typed words stay as typed', async ({ page }) => {
  await openExplorer(page, '#view=sampling&lang=pt&topk=3&draws=100');
  await expect(page.locator('.prompt-line')).toHaveText('O gato subiu no …');
  await expect.poll(() => keptWords(page)).toEqual(pt.sampling.example.words.slice(0, 3));
  for (const name of ['Temperatura', 'Top-k', 'Top-p', 'Min-p']) await expect(page.getByRole('slider', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sortear 1.000 amostras' })).toBeVisible();
  await expect(page.locator('.continuations-list li').first()).toHaveText(/^O gato subiu no (telhado|muro|sofá)$/);
  const english = [];
  const collect = (value) => (typeof value === 'string' ? english.push(value) : typeof value === 'object' && Object.values(value).forEach(collect));
  collect(en.sampling);
  const shown = await page.locator('#view-panel-sampling').innerText();
  for (const text of english.filter((s) => s.includes(' ') && s.length > 12)) expect(shown, text).not.toContain(text);
  const word = page.getByRole('textbox', { name: 'Palavra 2' });
  await word.fill('chão');
  await word.press('Enter');
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.locator('.prompt-line')).toHaveText('The cat sat on the …');
  await expect(page.getByRole('textbox', { name: 'Word 2' })).toHaveValue('chão');
  await expect(page.getByRole('textbox', { name: 'Word 1', exact: true })).toHaveValue('telhado');
});

test('the charts export as named PNGs; the numbers as a CSV where typed words cannot run as formulas', async ({ page }) => {
  await openExplorer(page, '#view=sampling&temp=0.7&topp=0.9&draws=100&drawseed=3&words=%3D1%2B1,b,c,d,e,f,g,h,i,j');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG: running total' }).click()]);
  expect(png.suggestedFilename()).toBe('sampling_t-0.7_topk-0_topp-0.9_minp-0_draws-100_seed-3_cumulative.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV: the numbers' }).click()]);
  expect(csv.suggestedFilename()).toBe('sampling_t-0.7_topk-0_topp-0.9_minp-0_draws-100_seed-3_data.csv');
  const lines = (await (await csv.createReadStream()).toArray()).join('').trim().split('\n');
  expect(lines[0]).toBe('word,logit,model,after the knobs,draws,share of draws');
  expect(lines[1]).toMatch(/^'=1\+1,4,0\.406\d+,0\.\d+,\d+,0\.\d+$/);
  expect(lines).toHaveLength(11);
});

test('embedded, the view keeps its state and draws without the page chrome; the full explorer is a link away', async ({ page }) => {
  await openExplorer(page, '#view=sampling&embed=1&topk=3&draws=100&drawseed=4');
  await expect(page.locator('#app-header')).toBeHidden();
  for (const which of ['original', 'filtered', 'cumulative', 'histogram']) {
    await expect.poll(async () => (await canvasPixels(page, `#sampling-${which}-chart`)).painted, which).toBeGreaterThan(1000);
  }
  await expect.poll(() => keptWords(page)).toEqual(['mat', 'floor', 'sofa']);
  await expect(page.locator('#full-explorer')).toHaveAttribute('href', /#view=sampling&topk=3&draws=100&drawseed=4$/);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });
    test('both distributions side by side on the first screen, the four knobs beside them', async ({ page }) => {
      await openExplorer(page, '#view=sampling&draws=100');
      const original = await page.locator('#sampling-original-chart').boundingBox();
      const filtered = await page.locator('#sampling-filtered-chart').boundingBox();
      expectOnScreen(original, viewport, 'the model’s bars');
      expectOnScreen(filtered, viewport, 'the sampled bars');
      expect(Math.abs(original.y - filtered.y), 'side by side').toBeLessThan(2);
      expect(filtered.x).toBeGreaterThanOrEqual(original.x + original.width);
      expect((original.width * original.height + filtered.width * filtered.height) / (viewport.width * viewport.height)).toBeGreaterThan(0.25);
      for (const name of KNOBS) {
        const slider = await page.getByRole('slider', { name, exact: true }).boundingBox();
        expectOnScreen(slider, viewport, `the ${name} slider`);
        expect(slider.x + slider.width, `the ${name} slider is beside the charts`).toBeLessThanOrEqual(original.x);
      }
      expectOnScreen(await page.getByRole('button', { name: 'Greedy (top-k = 1)' }).boundingBox(), viewport, 'the presets');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test.describe('on a 390 × 844 phone', () => {
  const viewport = { width: 390, height: 844 };
  test.use({ viewport });
  test('the charts first, the knobs under them, nothing scrolls sideways', async ({ page }) => {
    await openExplorer(page, '#view=sampling&lang=pt&words=refrigerador,b,c,d,e,f,g,h,i,j');
    const original = await page.locator('#sampling-original-chart').boundingBox();
    const filtered = await page.locator('#sampling-filtered-chart').boundingBox();
    expect(original.y, 'the model’s bars start in the top half').toBeLessThan(viewport.height / 2);
    expect(original.height).toBeGreaterThanOrEqual(150);
    expect(filtered.y, 'the sampled bars under them').toBeGreaterThanOrEqual(original.y + original.height);
    for (const box of [original, filtered]) expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const slider = await page.getByRole('slider', { name: 'Temperatura' }).boundingBox();
    expect(slider.y, 'the knobs come after the charts').toBeGreaterThan(filtered.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
});
