// Lessons end to end: the course notebook's lesson in both languages, stepping by buttons and
// keys (in presentation mode too), a teacher's own lesson file, and over 50 malformed or hostile
// lesson files, each giving a message and running nothing.
import { canvasPixels, expect, openExplorer, test } from './fixtures.js';
import { hostileLessons, LESSON_CANARY } from '../hostile/lessons.js';

const bar = (page) => page.locator('#lesson-bar');

test('the notebook’s lesson: Lesson starts it, each step shows its view and question, the answer on request', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Lesson' }).click();
  await expect(bar(page).getByRole('heading')).toHaveText('The course notebook: why ReLU beat sigmoid');
  await expect(bar(page)).toContainText('step 1 of 9');
  await expect(bar(page).locator('.lesson-question')).toContainText('How steep is it at x = 5');
  await expect(page).toHaveURL(/lesson=notebook/);
  await expect(page.locator('.probe-x')).toHaveText('x = 5');
  const answer = bar(page).getByText('σ′(5) ≈ 0.0066');
  await expect(answer).toBeHidden();
  await bar(page).getByText('Show the answer').click();
  await expect(answer).toBeVisible();

  await bar(page).getByRole('button', { name: 'Next →' }).click();
  await expect(bar(page)).toContainText('step 2 of 9');
  await expect(bar(page).getByText('Less than (1/4)²⁰')).toBeHidden(); // each step starts with its answer closed
  await expect(page.getByRole('tab', { name: 'Through layers' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('spinbutton', { name: 'Layers' })).toHaveValue('20');
  // The arrow keys step too, outside form fields; a slider keeps its own arrows.
  await page.locator('body').press('ArrowRight');
  await expect(bar(page)).toContainText('step 3 of 9');
  await expect(page.locator('.legend li')).toHaveText(['Tanh', 'Sigmoid']);
  await page.getByRole('slider', { name: 'Probe x' }).press('ArrowRight');
  await expect(bar(page)).toContainText('step 3 of 9');
  await page.getByRole('slider', { name: 'Probe x' }).blur();
  await page.locator('body').press('ArrowLeft');
  await expect(bar(page)).toContainText('step 2 of 9');
  // Step 8 trains the four networks; the last is the softmax view at T = 1 beside 2.
  for (let i = 0; i < 6; i += 1) await page.locator('body').press('ArrowRight');
  await expect(bar(page)).toContainText('step 8 of 9');
  await expect(page.getByRole('tab', { name: 'Training' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible(); // it plays
  await page.locator('body').press('ArrowRight');
  await expect(bar(page)).toContainText('step 9 of 9');
  await expect(page.getByRole('tabpanel', { name: 'Softmax' })).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Next →' })).toBeDisabled();
  await bar(page).getByRole('button', { name: 'Close the lesson' }).click();
  await expect(bar(page)).toBeEmpty();
  await expect(page).not.toHaveURL(/lesson=/);
});

test('the lesson in Portuguese, from a shared link, and stepped in presentation mode', async ({ page }) => {
  await openExplorer(page, '#lesson=notebook&step=6&lang=pt&present=1');
  await expect(bar(page).getByRole('heading')).toHaveText('O notebook do curso: por que a ReLU venceu a sigmoide');
  await expect(bar(page)).toContainText('passo 6 de 9');
  await expect(bar(page).locator('.lesson-question')).toContainText('A SELU com as constantes padrão');
  await expect(page.locator('.legend li')).toHaveText(['SELU', 'ELU']);
  await page.keyboard.press('ArrowRight');
  await expect(bar(page)).toContainText('passo 7 de 9');
  await expect(page.locator('body')).toHaveClass(/present/);
  await expect(page.getByLabel('Fórmula do notebook')).toBeChecked();
  // A link with a view of its own keeps it: the lesson only adds its question.
  await openExplorer(page, '#lesson=notebook&step=1&fn=relu');
  await expect(bar(page)).toContainText('step 1 of 9');
  await expect(page.locator('.card h2').first()).toHaveText('ReLU');
});

test('a teacher’s own lesson file beside the site', async ({ page }) => {
  await page.route('**/lessons/my-class.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        title: { en: 'My class', pt: 'Minha turma' },
        steps: [
          { view: '#fn=gelu', question: { en: 'What is GELU at 0?', pt: 'Quanto vale a GELU em 0?' }, answer: { en: 'Zero.' } },
          { view: '#view=softmax&t=3', question: { en: 'And at T = 3?' } },
        ],
      }),
    }),
  );
  await openExplorer(page, '#lesson=my-class&lang=pt');
  await expect(bar(page).getByRole('heading')).toHaveText('Minha turma');
  await expect(page.locator('.card h2').first()).toHaveText('GELU (exata, erf)');
  await bar(page).getByText('Mostrar a resposta').click();
  await expect(bar(page)).toContainText('Zero.'); // no Portuguese answer: the English one
  await bar(page).getByRole('button', { name: 'Próximo →' }).click();
  await expect(bar(page).locator('.lesson-question')).toHaveText('And at T = 3?');
  await expect(page.getByRole('spinbutton', { name: 'Temperatura' })).toHaveValue('3');
  await expect.poll(async () => (await canvasPixels(page, '#softmax-chart')).painted).toBeGreaterThan(1000);
});

test('a lesson that is not there, or whose name is no name, gives a message or nothing', async ({ page, trouble }) => {
  trouble.expect(/Failed to load resource: the server responded with a status of 404/); // the browser logs the missing file
  await openExplorer(page, '#lesson=no-such-lesson');
  await expect(bar(page).getByRole('alert')).toHaveText('The lesson “no-such-lesson” cannot be shown: there is no such file beside the explorer (HTTP 404).');
  await openExplorer(page, '#lesson=..%2F..%2Fetc%2Fpasswd');
  await expect(bar(page)).toBeEmpty();
  await expect(page.locator('.card h2').first()).toHaveText('Sigmoid');
});

test.describe.configure({ mode: 'parallel' });

const CASES = hostileLessons();
test(`${CASES.length} malformed or hostile lesson files: a message (or the markup as text), and no script`, async ({ page }) => {
  test.setTimeout(240_000);
  expect(CASES.length).toBeGreaterThanOrEqual(50);
  await page.route('**/lessons/hostile-*.json', (route) => {
    const index = Number(route.request().url().match(/hostile-(\d+)\.json/)[1]);
    return route.fulfill({ contentType: 'application/json', body: CASES[index].body });
  });
  const injected = () =>
    page.evaluate((canary) => ({
      canary: canary in window,
      elements: [...document.querySelectorAll('#lesson-bar img, #lesson-bar script, #lesson-bar svg, #lesson-bar iframe, #lesson-bar a, #lesson-bar b')].length,
    }), LESSON_CANARY);
  await openExplorer(page);
  for (const [index, { label, valid, body }] of CASES.entries()) {
    await page.evaluate((hash) => (location.hash = hash), `#lesson=hostile-${index}`);
    if (valid) {
      await expect(bar(page).locator('.lesson-question'), label).toBeVisible();
      const shown = await bar(page).innerText();
      const texts = JSON.parse(body.replace(/^\uFEFF/, '')).steps[0].question.en;
      expect(shown, `${label}: the markup is shown as text`).toContain(texts);
    } else {
      await expect(bar(page).getByRole('alert'), label).toContainText(`The lesson “hostile-${index}” cannot be shown:`);
    }
    expect(await injected(), label).toEqual({ canary: false, elements: 0 });
  }
});

// Found while using it: a step about a pane under the charts scrolled it into sight when stepped
// to, but not when a link opened the lesson at that step (the view was not drawn yet).
for (const [what, hash] of [
  ['a link naming only the lesson and step', '#lesson=notebook&step=2'],
  ['a link with the step’s whole view', '#fn=sigmoid&px=0&tab=layers&depth=20&lesson=notebook&step=2'],
]) {
  test(`${what}, opened cold, brings the step’s pane into sight`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, hash);
    await expect(bar(page)).toContainText('step 2 of 9');
    const pane = page.locator('#layers-chart');
    await expect(pane).toBeVisible();
    await expect.poll(async () => {
      const box = await pane.boundingBox();
      return box.y >= 0 && box.y + box.height <= 800;
    }, 'the layers chart lies within the viewport').toBe(true);
  });
}
