// The catalogue's web side (web/src/catalogue/) against the wasm catalogue: every id, parameter
// and preset has its texts in every language and its formulas, nothing names an id that does
// not exist, the formulas pass mathml.js's allowlist untouched, and the frameworks' names,
// defaults and aliases are well formed. Run after a build (it reads web/generated/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';

import { CATALOGUE_TEXTS, describeRow, familyName, searchNames } from '../../web/src/catalogue/index.js';
import { TEX } from '../../web/src/catalogue/tex.js';
import { FORMULAS } from '../../web/generated/formulas.js';
import { NAMES } from '../../web/generated/names.js';
import { LANGUAGE_CODES, loadLanguage } from '../../web/src/i18n/languages.js';
import { formulaMarkup, MATHML_ATTRIBUTES, MATHML_ELEMENTS } from '../../web/src/mathml.js';
import { act } from './support.mjs';

const rows = act.catalog();
const ids = new Set(rows.map((row) => row.id));
await Promise.all(LANGUAGE_CODES.map(loadLanguage)); // the page loads one language at a time; here all
const languages = Object.keys(CATALOGUE_TEXTS);
const FRAMEWORKS = ['PyTorch', 'Keras', 'JAX', 'TensorFlow'];

/** Where a text is missing: "pt: relu6.explanation" for each gap. */
function missingTexts(lang) {
  const { rows: texts, families } = CATALOGUE_TEXTS[lang];
  const gaps = [];
  const need = (ok, what) => ok || gaps.push(`${lang}: ${what}`);
  for (const row of rows) {
    const text = texts[row.id];
    for (const key of ['name', 'explanation', 'convention']) need(typeof text?.[key] === 'string' && text[key].trim() !== '', `${row.id}.${key}`);
    for (const p of row.params) need(Boolean(text?.parameters?.[p.id]?.trim()), `${row.id}.parameters.${p.id}`);
    for (const preset of row.presets) need(Boolean(text?.presets?.[preset.id]?.trim()), `${row.id}.presets.${preset.id}`);
    need(Boolean(families[row.family]?.trim()), `families.${row.family}`);
  }
  return gaps;
}

/** Texts that name what the catalogue does not have: an id, or a row's parameter or preset. */
function strayTexts(lang) {
  const { rows: texts, families } = CATALOGUE_TEXTS[lang];
  const stray = Object.keys(texts).filter((id) => !ids.has(id));
  for (const row of rows) {
    const text = texts[row.id] ?? {};
    const params = new Set(row.params.map((p) => p.id));
    const presets = new Set(row.presets.map((p) => p.id));
    stray.push(...Object.keys(text.parameters ?? {}).filter((id) => !params.has(id)).map((id) => `${row.id}.parameters.${id}`));
    stray.push(...Object.keys(text.presets ?? {}).filter((id) => !presets.has(id)).map((id) => `${row.id}.presets.${id}`));
    stray.push(...Object.keys(text).filter((key) => !['name', 'explanation', 'convention', 'parameters', 'presets'].includes(key)).map((key) => `${row.id}.${key}`));
  }
  const usedFamilies = new Set(rows.map((row) => row.family));
  stray.push(...Object.keys(families).filter((family) => !usedFamilies.has(family)).map((family) => `families.${family}`));
  return stray.map((what) => `${lang}: ${what}`);
}

describe('texts: complete, and naming nothing that does not exist', () => {
  test('the catalogue has at least 45 rows', () => {
    assert.ok(rows.length >= 45, `${rows.length} rows`);
  });

  for (const lang of languages) {
    test(`${lang}: every id has a name, an explanation and a convention note; every parameter and preset a label`, () => {
      assert.deepEqual(missingTexts(lang), []);
    });

    test(`${lang}: no text for an id, parameter, preset or family the catalogue does not have`, () => {
      assert.deepEqual(strayTexts(lang), []);
    });
  }

  test('the check finds a missing text and a stray one', () => {
    const { rows: texts } = CATALOGUE_TEXTS.en;
    const saved = texts.relu6;
    delete texts.relu6;
    texts.no_such_row = saved;
    try {
      assert.ok(missingTexts('en').includes('en: relu6.name'));
      assert.ok(strayTexts('en').includes('en: no_such_row'));
    } finally {
      texts.relu6 = saved;
      delete texts.no_such_row;
    }
  });

  test('Portuguese is a translation: every explanation and convention note differs from the English', () => {
    const same = rows.flatMap((row) =>
      ['explanation', 'convention'].filter((key) => describeRow('pt', row)[key] === describeRow('en', row)[key]).map((key) => `${row.id}.${key}`),
    );
    assert.deepEqual(same, []);
    for (const row of rows) assert.ok(describeRow('en', row).explanation.length > 80, row.id);
  });

  test('labels are per function: softplus and threshold label their "threshold" differently', () => {
    const label = (id) => describeRow('en', rows.find((row) => row.id === id)).parameterLabel('threshold');
    assert.notEqual(label('softplus'), label('threshold'));
    const leaky = rows.find((row) => row.id === 'leaky_relu');
    assert.match(describeRow('en', leaky).presetLabel('keras'), /Keras/);
    assert.match(describeRow('pt', leaky).presetLabel('keras_layer'), /camada/i);
  });

  test('family headings in both languages, and every name unique in its language', () => {
    assert.equal(familyName('en', 'gated'), 'Gated linear units');
    assert.notEqual(familyName('pt', 'periodic'), familyName('en', 'periodic'));
    for (const lang of languages) {
      const names = rows.map((row) => describeRow(lang, row).name);
      assert.equal(new Set(names).size, names.length, lang);
    }
  });
});

test("<activation-plot>'s names (web/generated/names.js) are the catalogue's, in every language, and nothing more", () => {
  assert.deepEqual(Object.keys(NAMES).sort(), [...languages].sort()); // the languages load concurrently: any order
  for (const lang of languages) {
    assert.deepEqual(NAMES[lang], Object.fromEntries(rows.map((row) => [row.id, describeRow(lang, row).name])), lang);
  }
});

describe('formulas: TeX for every row, rendered at build time, through the allowlist untouched', () => {
  test('every id has TeX and rendered MathML for f and f′, and no formula names a missing id', () => {
    assert.deepEqual(Object.keys(TEX).sort(), [...ids].sort());
    assert.deepEqual(Object.keys(FORMULAS).sort(), [...ids].sort());
    for (const row of rows) {
      const { value, derivative } = formulaMarkup(row);
      assert.match(value, /^<math display="block">.*<\/math>$/, row.id);
      assert.match(derivative, /^<math display="block">.*<\/math>$/, row.id);
    }
  });

  test('the MathML holds only allowlisted elements and attributes, never class, style or handlers', () => {
    const outside = new Set();
    for (const { value, derivative } of Object.values(FORMULAS)) {
      for (const [, element, attributes] of `${value}${derivative}`.matchAll(/<([a-z]+)([^>]*)>/g)) {
        if (!MATHML_ELEMENTS.has(element)) outside.add(element);
        for (const [, name] of attributes.matchAll(/([a-zA-Z-]+)="/g)) if (!MATHML_ATTRIBUTES.has(name)) outside.add(`@${name}`);
      }
    }
    assert.deepEqual([...outside], []);
    for (const forbidden of ['class', 'style', 'href', 'onclick']) assert.ok(!MATHML_ATTRIBUTES.has(forbidden), forbidden);
  });

  test('piecewise cases are aligned tables; primes are superscripts of f', () => {
    const relu = FORMULAS.relu.derivative;
    assert.match(relu, /<mtable>.*<mtd columnalign="left">/);
    assert.match(relu, /<msup><mi>f<\/mi><mo[^>]*>′<\/mo><\/msup>/);
  });
});

describe('frameworks and aliases, merged into catalog() rows', () => {
  test('each framework entry names a known framework and gives defaults of real parameters, in range', () => {
    for (const row of rows) {
      const params = new Map(row.params.map((p) => [p.id, p]));
      for (const { framework, name, defaults } of row.frameworks) {
        assert.ok(FRAMEWORKS.includes(framework), `${row.id}: ${framework}`);
        assert.match(name, /^(torch\.nn|keras\.(activations|layers)|jax\.nn|tf)\./, `${row.id}: ${name}`);
        for (const [id, value] of Object.entries(defaults)) {
          const p = params.get(id);
          assert.ok(p, `${row.id}: ${name} sets ${id}, which is not a parameter`);
          assert.ok(value >= p.min && value <= p.max, `${row.id}: ${name} ${id} = ${value}`);
        }
      }
    }
  });

  test('the frameworks\' defaults the issue names: leaky_relu 0.01 in PyTorch and JAX, 0.2 in Keras and TensorFlow; JAX gelu is the tanh form', () => {
    const defaultsOf = (id, framework) => rows.find((row) => row.id === id).frameworks.filter((f) => f.framework === framework);
    assert.equal(defaultsOf('leaky_relu', 'PyTorch')[0].defaults.negative_slope, 0.01);
    assert.equal(defaultsOf('leaky_relu', 'JAX')[0].defaults.negative_slope, 0.01);
    assert.equal(defaultsOf('leaky_relu', 'TensorFlow')[0].defaults.negative_slope, 0.2);
    assert.deepEqual(defaultsOf('leaky_relu', 'Keras').map((f) => f.defaults.negative_slope), [0.2, 0.3]);
    assert.equal(defaultsOf('gelu_tanh', 'JAX')[0].name, 'jax.nn.gelu');
    assert.equal(defaultsOf('gelu', 'JAX')[0].name, 'jax.nn.gelu(approximate=False)');
    assert.equal(defaultsOf('hardsigmoid', 'Keras')[0].name, 'keras.activations.hard_sigmoid');
  });

  test('aliases evaluate as their rows and are found by the picker\'s search', () => {
    const pairs = { swish: 'silu', hard_silu: 'hardswish', hard_swish: 'hardswish', identity: 'linear' };
    const xs = [-3, -0.5, 0, 1e-300, 2.5];
    for (const [alias, id] of Object.entries(pairs)) {
      assert.deepEqual(act.evaluate(alias, xs), act.evaluate(id, xs), alias);
      const row = rows.find((r) => r.id === id);
      assert.ok(row.aliases.includes(alias), alias);
      assert.ok(searchNames(row).includes(alias), alias);
    }
    const silu = rows.find((r) => r.id === 'silu');
    assert.ok(searchNames(silu).includes('torch.nn.SiLU'));
    assert.ok(searchNames(silu).includes('SiLU / Swish'));
  });

  test("the README's catalogue table lists every id, with a frameworks column", () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### The catalogue'), readme.indexOf('## Accuracy'));
    assert.match(table, /\| family \| ids \(parameters and defaults\) \| frameworks \|/);
    const listed = new Set([...table.matchAll(/^\|[^\n]*$/gm)].flatMap(([line]) => [...line.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1])));
    assert.deepEqual([...ids].filter((id) => !listed.has(id)), []);
  });

  test('a row lists no framework where none defines it, and frameworks are frozen', () => {
    const snake = rows.find((row) => row.id === 'snake');
    assert.deepEqual(snake.frameworks, []);
    const leaky = rows.find((row) => row.id === 'leaky_relu');
    assert.throws(() => { leaky.frameworks[0].defaults.negative_slope = 1; }, TypeError);
  });
});
