// Makes the README's screenshots from the real, built page (run `npm run build` first):
//   node scripts/screenshot.mjs
// docs/screenshots/desktop-1280.png, laptop-1024.png and phone-390.png: SELU with three
// compared functions at 1280 x 800 and 1024 x 768, and on a 390 x 844 phone; softmax-1280.png:
// the softmax view.
import { mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';
import { preview } from 'vite';

import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';

const SHOTS = [
  { file: 'desktop-1280.png', viewport: { width: 1280, height: 800 }, hash: '#fn=selu&cmp=elu,relu,leaky_relu&px=-1' },
  { file: 'laptop-1024.png', viewport: { width: 1024, height: 768 }, hash: '#fn=sigmoid&cmp=tanh,relu&naive=1&tab=layers&px=1' },
  { file: 'phone-390.png', viewport: { width: 390, height: 844 }, hash: '#fn=selu&cmp=relu' },
  { file: 'softmax-1280.png', viewport: { width: 1280, height: 800 }, hash: '#view=softmax&logits=-2,-1,0,1,2,2&t=1.5' },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const { file, viewport, hash } of SHOTS) {
    const page = await browser.newPage({ viewport, locale: 'en-US' });
    await page.goto(`${server.resolvedUrls.local[0]}${hash}`);
    await page.locator('#status').waitFor({ state: 'hidden' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `docs/screenshots/${file}` });
    await page.close();
    console.log(`wrote docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
