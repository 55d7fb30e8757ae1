// Lighthouse's accessibility, best-practices and SEO categories at 100 (issue 17), for both
// presets and both views: these audits are deterministic, so they are tests; the performance
// figures vary with the machine and stay in the benchmark (bench/lighthouse.mjs).
import { CATEGORIES, PRESETS, runLighthouse } from '../../bench/lib/lighthouse.mjs';
import { expect, test } from './fixtures.js';

const ASSERTED = CATEGORIES.filter((id) => id !== 'performance');

// Each run starts its own Chromium and loads the page cold: about 15 s on the loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

for (const preset of Object.keys(PRESETS)) {
  for (const view of ['', '#view=softmax']) {
    test(`Lighthouse ${preset}, ${view || 'default view'}: accessibility, best practices and SEO 100`, async ({ baseURL }) => {
      const { scores, failed } = await runLighthouse(`${baseURL}${view}`, preset, ASSERTED);
      expect({ scores, failed }).toEqual({ scores: Object.fromEntries(ASSERTED.map((id) => [id, 100])), failed: [] });
    });
  }
}
