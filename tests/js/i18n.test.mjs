// Both languages carry the same texts, and the browser's language picks the default.
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

test('Portuguese has exactly the English keys, with the same kinds of value', () => {
  assert.deepEqual(shape(LANGUAGES.pt), shape(LANGUAGES.en));
});

test('no text is left empty or untranslated', () => {
  const strings = (table) => shape(table).filter((entry) => entry.endsWith(':string'));
  assert.ok(strings(LANGUAGES.en).length > 30);
  for (const [key, english] of Object.entries(LANGUAGES.en.functions)) {
    assert.notEqual(LANGUAGES.pt.functions[key].explanation, english.explanation, key);
    assert.ok(english.explanation.length > 80, key);
  }
  assert.notEqual(LANGUAGES.pt.intro, LANGUAGES.en.intro);
});

test("the browser's first supported language wins, else English", () => {
  assert.equal(browserLanguage(['pt-BR', 'en-US']), 'pt');
  assert.equal(browserLanguage(['de-DE', 'PT']), 'pt');
  assert.equal(browserLanguage(['en-GB', 'pt-BR']), 'en');
  assert.equal(browserLanguage(['de', 'fr']), 'en');
  assert.equal(browserLanguage([]), 'en');
});
