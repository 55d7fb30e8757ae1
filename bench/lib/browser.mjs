// Serves a folder with the end-to-end tests' static server (strict CSP, sub-folder prefix)
// and drives Debian's Chromium through Playwright; both are stopped however `run` ends.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

import { chromiumLaunchOptions } from '../../tests/e2e/chromium.js';

const SERVER = fileURLToPath(new URL('../../tests/e2e/static-server.mjs', import.meta.url));
export const PREFIX = '/bench/site/';

function startServer(root, port) {
  const server = spawn(process.execPath, [SERVER, root, PREFIX, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => chunk.toString().includes('serving') && resolve());
    server.on('exit', (code) => reject(new Error(`static server exited (${code}) before serving ${root}`)));
  });
  return { server, ready };
}

/** Runs `run(browser, baseUrl)` with `root` served at baseUrl; returns what it returns. */
export async function withServedBrowser(root, run) {
  const port = 20000 + (process.pid % 20000);
  const { server, ready } = startServer(root, port);
  const stop = () => server.exitCode === null && server.kill();
  process.once('exit', stop);
  let browser;
  try {
    await ready;
    browser = await chromium.launch(chromiumLaunchOptions);
    return await run(browser, `http://127.0.0.1:${port}${PREFIX}`);
  } finally {
    await browser?.close();
    stop();
  }
}

/** A route handler (context.route) that serves every response cross-origin isolated: performance.now() then has 5 us resolution, not 100. */
export async function isolate(route) {
  const response = await route.fetch();
  const headers = { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  await route.fulfill({ response, headers });
}
