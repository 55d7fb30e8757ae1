import { defineConfig } from '@playwright/test';

import { chromiumLaunchOptions } from './tests/e2e/chromium.js';

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own here)
// against the built site, served from a sub-folder with the strict CSP header.
// E2E_PORT moves both servers, so two checkouts can run their suites at once.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const SITE_PATH = '/course/activations/';
// Course pages that embed the site, on another origin (the next port).
const HOSTS_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // The machine is shared: a chart may take more than the default 5 s to appear under load.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SITE_PATH}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    // A service worker would answer requests that page.route() must see; offline.spec.js,
    // which tests the worker, allows it.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node tests/e2e/static-server.mjs dist ${SITE_PATH} ${PORT} --csp --cors`,
      url: `http://127.0.0.1:${PORT}${SITE_PATH}`,
      reuseExistingServer: false,
    },
    {
      command: `node tests/e2e/static-server.mjs tests/e2e/hosts / ${HOSTS_PORT} --site=http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOSTS_PORT}/blank.html`,
      reuseExistingServer: false,
    },
  ],
});
