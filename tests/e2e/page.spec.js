// The page as a whole: loading under the strict CSP from a sub-folder, the view tabs, both
// languages (every shown text translated), shared links and the history, Copy link,
// accessibility in each view and scheme, the dark scheme.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import en from '../../web/src/i18n/en.js';
import { canvasPixels, expect, openExplorer, test } from './fixtures.js';

const require = createRequire(import.meta.url);

test('loads from a sub-folder under the strict CSP and draws both views’ charts; the tabs switch views', async ({ page }) => {
  await openExplorer(page);
  for (const id of ['value-chart', 'derivative-chart']) expect((await canvasPixels(page, `#${id}`)).painted).toBeGreaterThan(1000);
  const tabs = page.getByRole('tablist', { name: 'Views' });
  await expect(tabs.getByRole('tab')).toHaveText(['Functions', 'Softmax']);
  await tabs.getByRole('tab', { name: 'Softmax' }).click();
  await expect(page).toHaveURL(/#view=softmax$/);
  await expect(page.getByRole('tabpanel', { name: 'Softmax' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Functions' })).toBeHidden();
  for (const id of ['softmax-chart', 'softmax-t1-chart', 'softmax-t2-chart', 'jacobian-chart']) {
    await expect.poll(async () => (await canvasPixels(page, `#${id}`)).painted).toBeGreaterThan(1000);
  }
  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  await tabs.getByRole('tab', { name: 'Softmax' }).press('ArrowLeft');
  await expect(page).toHaveURL(/activations\/$/);
  await expect(tabs.getByRole('tab', { name: 'Functions' })).toBeFocused();
});

test('switching language translates every shown text, and the choice is kept in the link', async ({ page }) => {
  await openExplorer(page, '#cmp=relu&naive=1');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pt');
  await expect(page.locator('h1')).toHaveText('Funções de ativação');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page).toHaveURL(/lang=pt/);
  await expect(page.locator('.explanation').first()).toContainText('sigmoide');
  // No English sentence is left on either view (names such as "ReLU" are the same in both).
  const englishSentences = Object.values(en).filter((text) => typeof text === 'string' && text.includes(' ') && text.length > 12);
  for (const view of ['functions', 'softmax']) {
    await page.getByRole('tab', { name: view === 'functions' ? 'Funções' : 'Softmax' }).click();
    const shown = await page.locator('body').innerText();
    for (const sentence of englishSentences) expect(shown, `"${sentence}" on the Portuguese ${view} view`).not.toContain(sentence);
    await expect(page.getByRole('tab', { name: 'Explicação' })).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.locator('h1')).toHaveText('Activation functions');
});

test.describe('with a Brazilian Portuguese browser', () => {
  test.use({ locale: 'pt-BR' });
  test('the page starts in Portuguese, with Portuguese numbers', async ({ page }) => {
    await openExplorer(page);
    await expect(page.locator('h1')).toHaveText('Funções de ativação');
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('pt');
    await expect(page.locator('.probe-readout')).toContainText('f(x) = 0,6225');
  });
});

test('a shared link restores the view; the back button undoes choices; Copy link copies the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, '#view=softmax&t=2&logits=3,1,0.5&lang=pt');
  await expect(page.getByRole('spinbutton', { name: 'Temperatura' })).toHaveValue('2');
  await expect(page.locator('.bar-sliders [role="slider"]')).toHaveCount(3);
  await expect(page.locator('h1')).toHaveText('Funções de ativação');

  await openExplorer(page);
  await page.getByLabel('Log |y|').check();
  await page.getByRole('tab', { name: 'Formula' }).click();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Explanation' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByLabel('Log |y|')).not.toBeChecked();
  await page.goForward();
  await expect(page.getByLabel('Log |y|')).toBeChecked();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.actions .status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a hostile or malformed link falls back to defaults and runs no script', async ({ page }) => {
  await openExplorer(page, '#fn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&view=<b>&present=yes&t=abc&fit=constructor&lang=javascript:alert(1)&selu.alpha=1e999');
  await expect(page.locator('.card h2').first()).toHaveText('Sigmoid');
  await expect(page.locator('body')).not.toHaveClass(/present/);
  await expect(page.getByRole('tabpanel', { name: 'Functions' })).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // to inject axe-core, which the page's policy rightly refuses
  for (const colorScheme of ['light', 'dark']) {
    for (const [view, hash] of [['functions', '#cmp=tanh,selu&naive=1'], ['softmax', '#view=softmax'], ['presentation', '#cmp=relu&present=1']]) {
      test(`axe finds no serious or critical violation: ${view}, ${colorScheme} scheme`, async ({ page }) => {
        test.setTimeout(120_000); // axe runs once per pane
        await page.emulateMedia({ colorScheme });
        await openExplorer(page, hash);
        await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
        const panes = page.locator('.panes-tabs [role="tab"]:visible');
        const checks = [];
        for (let i = 0; i < Math.max(1, await panes.count()); i += 1) {
          if (await panes.count()) await panes.nth(i).click();
          checks.push(await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] })));
        }
        const serious = checks.flatMap((result) => result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)));
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      });
    }
  }

  test('the gallery dialog passes axe too', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Change…' }).click();
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const results = await page.evaluate(() => globalThis.axe.run(document.querySelector('dialog.gallery'), { resultTypes: ['violations'] }));
    expect(results.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id)).toEqual([]);
  });
});

test('the dark scheme darkens the page and the charts follow it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)');
  const light = await canvasPixels(page, '#value-chart');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await canvasPixels(page, '#value-chart')).hash).not.toBe(light.hash);
});
