// Makes docs/screenshot.png from the real, built page (run `npm run build` first):
//   node scripts/screenshot.mjs [hash]
import { chromium } from '@playwright/test';
import { preview } from 'vite';

import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';

const hash = process.argv[2] ?? '#fn=selu&cmp=elu,relu';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, locale: 'en-US' });
  await page.goto(`${server.resolvedUrls.local[0]}${hash}`);
  await page.locator('#status').waitFor({ state: 'hidden' });
  await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
