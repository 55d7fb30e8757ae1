// The build step that lets the bundler drop the Chart.js scales the charts never register.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

import { chartjsPureStatics, markStaticReadsPure } from '../../scripts/chartjs-pure-statics.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chartJsPath = fileURLToPath(import.meta.resolve('chart.js')); // the ES module, which Vite bundles
// As the unminified bundle names them.
const UNUSED_SCALES = ['RadialLinearScale', 'TimeScale', 'TimeSeriesScale'];

// A bundle of Chart.js with only the linear scale registered, as the charts register theirs.
async function bundleLinearOnly(plugins) {
  const entry = 'virtual:linear-only';
  const source = "import { Chart, LinearScale } from 'chart.js'; Chart.register(LinearScale); export { Chart };";
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [...plugins, { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }],
    build: { write: false, minify: false, rollupOptions: { input: entry, preserveEntrySignatures: 'strict' } },
  });
  const outputs = Array.isArray(result) ? result : [result]; // one RollupOutput per output format
  return outputs[0].output[0].code;
}

test('both static reads, and only they, are wrapped in a pure call', async () => {
  const source = await readFile(chartJsPath, 'utf8');
  const marked = markStaticReadsPure(source);
  assert.equal(marked.match(/\/\* @__PURE__ \*\/ \(\(\) => /g).length - (source.match(/\/\* @__PURE__ \*\/ \(\(\) => /g) ?? []).length, 2);
  assert.match(marked, /static defaults = \/\* @__PURE__ \*\/ \(\(\) => TimeScale\.defaults\)\(\);/);
  assert.match(marked, /callback: \/\* @__PURE__ \*\/ \(\(\) => Ticks\.formatters\.numeric\)\(\)/);
  assert.equal(marked.replace(/\/\* @__PURE__ \*\/ \(\(\) => ([\w.]+)\)\(\)/g, '$1'), source.replace(/\/\* @__PURE__ \*\/ \(\(\) => ([\w.]+)\)\(\)/g, '$1'));
});

test('a Chart.js that no longer holds a read fails with the plugin named', () => {
  assert.throws(() => markStaticReadsPure('class TimeSeriesScale {}'), /chartjs-pure-statics: "TimeScale\.defaults" after "class TimeSeriesScale"/);
});

test('the unused scales leave the bundle with the plugin, and only with it', async () => {
  const without = await bundleLinearOnly([]);
  const withPlugin = await bundleLinearOnly([chartjsPureStatics()]);
  const declares = (code, name) => new RegExp(`\\b${name} = class\\b`).test(code);
  for (const name of UNUSED_SCALES) {
    assert.ok(declares(without, name), `${name} is bundled without the plugin (else this test proves nothing)`);
    assert.ok(!declares(withPlugin, name), `${name} is left out with the plugin`);
  }
  assert.ok(declares(withPlugin, 'LinearScale'), 'the registered scale stays');
});
