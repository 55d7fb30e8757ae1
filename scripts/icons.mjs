// Draws the app's icons (web/public/icons/) from the favicon's drawing, in Chromium: the
// manifest's 192 and 512 px icons, and a maskable one whose curve keeps inside the safe zone
// (the middle 80%) that Android's round and squircle masks never cut. The PNGs are committed;
// run this after changing web/src/favicon.svg:
//   node scripts/icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';

const favicon = readFileSync(new URL('../web/src/favicon.svg', import.meta.url), 'utf8');
// The favicon's curve, shrunk to 60% about the middle, on a square with no rounded corners.
const maskable = favicon
  .replace(/<rect [^>]*\/>/, '<rect width="32" height="32" fill="#1d4ed8"/>')
  .replace('<path ', '<path transform="translate(6.4 6.4) scale(0.6)" ');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch(chromiumLaunchOptions);
for (const { file, size, svg } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  writeFileSync(new URL(`../web/public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`wrote web/public/icons/${file}`);
}
await browser.close();
