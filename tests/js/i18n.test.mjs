// Both languages carry the same page-wide texts, and the browser's language picks the default.
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

test('no page-wide text is left empty or untranslated (the catalogue\'s texts: catalogue.test.mjs)', () => {
  const strings = (table) => shape(table).filter((entry) => entry.endsWith(':string'));
  assert.ok(strings(LANGUAGES.en).length > 30);
  assert.notEqual(LANGUAGES.pt.intro, LANGUAGES.en.intro);
  assert.notEqual(LANGUAGES.pt.noFramework, LANGUAGES.en.noFramework);
});

test("the browser's first supported language wins, else English", () => {
  assert.equal(browserLanguage(['pt-BR', 'en-US']), 'pt');
  assert.equal(browserLanguage(['de-DE', 'PT']), 'pt');
  assert.equal(browserLanguage(['en-GB', 'pt-BR']), 'en');
  assert.equal(browserLanguage(['de', 'fr']), 'en');
  assert.equal(browserLanguage([]), 'en');
});
