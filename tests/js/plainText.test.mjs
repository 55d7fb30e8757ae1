// Text a person typed or a link carries (web/src/plainText.js): kept as text when it is short,
// printable and on one line; refused otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { cleanText } from '../../web/src/plainText.js';

test('printable text is kept, without the white space around it', () => {
  assert.equal(cleanText('  mat ', 16), 'mat');
  assert.equal(cleanText('ice cream', 16), 'ice cream');
  assert.equal(cleanText('sofá', 16), 'sofá');
  assert.equal(cleanText('<script>alert(1)</script>', 40), '<script>alert(1)</script>'); // text, never markup
  assert.equal(cleanText('constructor', 16), 'constructor');
  assert.equal(cleanText('%2C,%', 16), '%2C,%');
});

test('the length counts code points, not UTF-16 units', () => {
  assert.equal(cleanText('🧨'.repeat(16), 16), '🧨'.repeat(16)); // 32 UTF-16 units
  assert.equal(cleanText('🧨'.repeat(17), 16), undefined);
  assert.equal(cleanText('é'.repeat(16), 16), 'é'.repeat(16));
  assert.equal(cleanText('x'.repeat(17), 16), undefined);
});

test('empty text, control and format characters, lone surrogates and line separators are refused', () => {
  for (const text of ['', '   ', '\u00a0', 'a\u0000b', 'a\nb', 'a\tb', 'a\u0085b', 'a\u202eb', 'a\u200bb', 'a\u2028b', 'a\u2029b', 'a\ud800b', 'a\udc00', 'a\ue000b', '\ufeffa\u200d']) {
    assert.equal(cleanText(text, 16), undefined, JSON.stringify(text));
  }
  for (const value of [undefined, null, 3, ['mat'], { toString: () => 'mat' }]) assert.equal(cleanText(value, 16), undefined);
});
