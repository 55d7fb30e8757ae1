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
