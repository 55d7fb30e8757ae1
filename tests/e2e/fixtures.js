// The one Playwright harness every spec uses: `page` fails its test on a console error, an
// uncaught exception, an unhandled rejection, a CSP violation or a dialog (an injected alert
// would open one). A spec that expects one of these says so with `trouble.expect(pattern)`.
import { expect, test as base } from '@playwright/test';

export const test = base.extend({
  trouble: async ({}, use) => {
    const seen = [];
    const expected = [];
    const trouble = {
      seen,
      /** Allows messages matching `pattern` (a RegExp) for the rest of the test. */
      expect: (pattern) => expected.push(pattern),
      unexpected: () => seen.filter((message) => !expected.some((pattern) => pattern.test(message))),
    };
    await use(trouble);
  },
  page: async ({ page, trouble }, use) => {
    page.on('console', (message) => message.type() === 'error' && trouble.seen.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => trouble.seen.push(`exception: ${error.message}`));
    page.on('dialog', async (dialog) => {
      trouble.seen.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.addInitScript(() => {
      window.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(page);
    expect(trouble.unexpected(), 'console errors, exceptions, CSP violations or dialogs').toEqual([]);
  },
});

/** Opens the explorer at `hash` (e.g. '#fn=relu') and waits until it has drawn. */
export async function openExplorer(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.locator('#status')).toBeHidden();
}

export { expect };

/** The origin of the course pages in hosts/, which embed the site from another origin. */
export const HOSTS = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4174) + 1}`;

/** Width and height of a PNG's bytes, from its IHDR chunk. */
export function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many pixels of a canvas are painted, and a fingerprint of what it shows. */
export function canvasPixels(page, selector) {
  return page.locator(selector).evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 0) painted += 1;
      hash = (hash * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2] + 17 * data[i + 3]) | 0;
    }
    return { painted, hash };
  });
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as the page writes it: '0.6225', '−1.758', '1,5' (Portuguese), '1.57 × 10⁻¹⁷', '10⁻³'.
 */
export function readNumber(text) {
  const plain = text
    .trim()
    .replaceAll('−', '-')
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (power) => [...power].map((c) => (c === '⁻' ? '-' : SUPERSCRIPT_DIGITS.indexOf(c))).join(''))
    .replace(',', '.');
  const scientific = plain.match(/^(-?)(?:([\d.]+) × )?10(-?\d+)$/);
  if (scientific) return Number(`${scientific[1]}${scientific[2] ?? '1'}e${scientific[3]}`);
  return Number(plain);
}

/** Asserts that a bounding box lies wholly inside the viewport. */
export function expectOnScreen(box, viewport, what) {
  expect(box, `${what} is laid out`).not.toBeNull();
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
}
