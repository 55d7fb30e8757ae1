// Lighthouse (npm `lighthouse`, pinned) against a served page, in Debian's Chromium launched
// headless with the flags every script here uses (tests/e2e/chromium.js), one fresh browser per
// run so no run warms another's cache. The presets are Lighthouse's own: mobile is its default
// config (a mid-range phone, slow 4G, 4x CPU, simulated), desktop its desktop-config.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { chromiumLaunchOptions } from '../../tests/e2e/chromium.js';

export const PRESETS = Object.freeze({ mobile: undefined, desktop: desktopConfig });
export const CATEGORIES = Object.freeze(['performance', 'accessibility', 'best-practices', 'seo']);
/** The metrics the bench prints beside the categories, by Lighthouse audit id. */
export const METRICS = Object.freeze({ LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' });
/**
 * The paints as the unthrottled load showed them, beside the simulated metrics: the simulation
 * counts every request that ended before the observed paint (and every ES module, whose
 * evaluation the trace does not name), so a late observed paint makes a late simulated one.
 */
export const OBSERVED = Object.freeze({ FCP: 'observedFirstContentfulPaint', LCP: 'observedLargestContentfulPaint' });

/**
 * One Lighthouse run of `url` with `preset` ('mobile' or 'desktop') over `categories`:
 * { scores: { category: 0..100 }, metrics: { LCP: ms, TBT: ms, CLS }, observed: { FCP: ms, LCP: ms },
 * failed: [audit ids below 1] } (metrics and observed only when performance is among them).
 */
export async function runLighthouse(url, preset, categories = CATEGORIES) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, PRESETS[preset]);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
    const metrics = Object.fromEntries(
      Object.entries(METRICS).filter(([, audit]) => lhr.audits[audit]).map(([name, audit]) => [name, lhr.audits[audit].numericValue]),
    );
    const observedItem = lhr.audits.metrics?.details?.items?.[0];
    const observed = observedItem ? Object.fromEntries(Object.entries(OBSERVED).map(([name, key]) => [name, observedItem[key]])) : {};
    const failed = categories.flatMap((id) =>
      lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1).map((ref) => `${id}: ${ref.id}`),
    );
    return { scores, metrics, observed, failed };
  } finally {
    await chrome.kill();
  }
}
