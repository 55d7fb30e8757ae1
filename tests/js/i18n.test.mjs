// Both languages carry the same texts, each translated, and the browser's language picks the default.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { browserLanguage, LANGUAGES } from '../../web/src/i18n/index.js';

// Every key path of a text table, with the kind of value found there.
function shape(value, path = '') {
  if (typeof value !== 'object') return [`${path}:${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((key) => shape(value[key], `${path}.${key}`));
}

// Every string of a table by key path; functions are called with a sample number for each argument.
function strings(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(...Array(value.length).fill(1.5)))]];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
}

// Texts that are the same in both languages: names, symbols, and technical words Portuguese
// borrows as they are.
const SAME_IN_BOTH = new Set(['.views.softmax', '.parameterNames.beta', '.parameterNames.lambd', '.logScaleLabel', '.axisTitles.value',
  '.axisTitles.derivative', '.axisTitlesLog.value', '.axisTitlesLog.derivative', '.chartTitles.value', '.chartTitles.derivative', '.continuity',
  '.exportPng', '.exportCsv', '.chartNames.value', '.chartNames.derivative', '.columns.x', '.columns.logit', '.logitsLegend', '.output',
  '.temperatureCaption', '.properties.frameworks', '.axisTitles.x', '.axisTitlesGated.x', '.axisTitlesGated.value', '.axisTitlesGated.derivative']);

test('Portuguese has exactly the English keys, with the same kinds of value', () => {
  assert.deepEqual(shape(LANGUAGES.pt), shape(LANGUAGES.en));
});

test('every text is there in both languages, and translated', () => {
  const portuguese = new Map(strings(LANGUAGES.pt));
  const english = strings(LANGUAGES.en);
  assert.ok(english.length > 100);
  const untranslated = [];
  for (const [path, text] of english) {
    assert.ok(text.trim().length > 0, `en${path} is empty`);
    assert.ok(portuguese.get(path)?.trim().length > 0, `pt${path} is empty`);
    if (portuguese.get(path) === text && !SAME_IN_BOTH.has(path) && path !== '.htmlLang') untranslated.push(path);
  }
  assert.deepEqual(untranslated, []);
});

test('entropy is written with the unit each language’s plural rules want', () => {
  assert.match(LANGUAGES.en.entropy(1, Math.log(5)), /^Entropy: 1 nat \(at most 1\.609 nats,/);
  assert.match(LANGUAGES.en.entropy(0.5, 2), /^Entropy: 0\.5 nats/);
  assert.match(LANGUAGES.pt.entropy(2.5, 3), /^Entropia: 2,5 nats/);
  assert.match(LANGUAGES.pt.entropy(1, 3), /^Entropia: 1 nat /);
});

test("the browser's first supported language wins, else English", () => {
  assert.equal(browserLanguage(['pt-BR', 'en-US']), 'pt');
  assert.equal(browserLanguage(['de-DE', 'PT']), 'pt');
  assert.equal(browserLanguage(['en-GB', 'pt-BR']), 'en');
  assert.equal(browserLanguage(['de', 'fr']), 'en');
  assert.equal(browserLanguage([]), 'en');
});
