// Numbers, intervals and file names as the page writes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileNumber, formatCount, formatInterval, formatNumber, formatRange, powerOfTen, prepareNumbers } from '../../web/src/format.js';

test('at most the asked significant digits, a true minus sign, the language’s decimal separator', () => {
  assert.equal(formatNumber(0.622459331, 'en'), '0.6225');
  assert.equal(formatNumber(-1.7580993408473766, 'en'), '−1.758');
  assert.equal(formatNumber(-1.7580993408473766, 'pt-BR'), '−1,758');
  assert.equal(formatNumber(0.5, 'en'), '0.5');
  assert.equal(formatNumber(0, 'en'), '0');
  assert.equal(formatNumber(-0, 'en'), '0');
  assert.equal(formatNumber(123456, 'en', 3), '123,000');
});

test('tiny and huge values in powers of ten with superscripts, never a long row of zeros', () => {
  assert.equal(formatNumber(1.57e-17, 'en'), '1.57 × 10⁻¹⁷');
  assert.equal(formatNumber(4.248354255291589e-18, 'en'), '4.248 × 10⁻¹⁸');
  assert.equal(formatNumber(-2.5e-9, 'pt-BR'), '−2,5 × 10⁻⁹');
  assert.equal(formatNumber(1e-300, 'en'), '10⁻³⁰⁰');
  assert.equal(formatNumber(-1e-5, 'en'), '−10⁻⁵');
  assert.equal(formatNumber(2.2e20, 'en'), '2.2 × 10²⁰');
  assert.equal(formatNumber(9.99996e-4, 'en'), '10⁻³'); // rounds up to the next power
  assert.equal(powerOfTen(-26), '10⁻²⁶');
  assert.equal(powerOfTen(0), '10⁰');
});

test('no NaN is shown: not a number reads as a dash, infinities as ∞', () => {
  assert.equal(formatNumber(NaN, 'en'), '—');
  assert.equal(formatNumber(Infinity, 'en'), '∞');
  assert.equal(formatNumber(-Infinity, 'pt-BR'), '−∞');
});

test('counts in full, grouped as the language groups digits, even past a million', () => {
  assert.equal(formatCount(0, 'en'), '0');
  assert.equal(formatCount(12345, 'en'), '12,345');
  assert.equal(formatCount(12345, 'pt-BR'), '12.345');
  assert.equal(formatCount(123456789, 'en'), '123,456,789');
});

test('intervals as mathematicians write them, with a semicolon where the decimal separator is a comma', () => {
  assert.equal(formatInterval({ min: 0, max: 1, minClosed: false, maxClosed: false }, 'en'), '(0, 1)');
  assert.equal(formatInterval({ min: 0, max: Infinity, minClosed: true, maxClosed: true }, 'en'), '[0, ∞)'); // ∞ is never attained
  assert.equal(formatInterval({ min: -1.7580993408473766, max: Infinity, minClosed: false, maxClosed: false }, 'en'), '(−1.758, ∞)');
  assert.equal(formatInterval({ min: -1.7580993408473766, max: Infinity, minClosed: false, maxClosed: false }, 'pt-BR'), '(−1,758; ∞)');
  assert.equal(formatInterval({ min: 0, max: 6, minClosed: true, maxClosed: true }, 'en'), '[0, 6]');
  assert.equal(
    formatRange([{ min: -Infinity, max: -0.5, minClosed: false, maxClosed: false }, { min: 0, max: 0, minClosed: true, maxClosed: true }], 'en'),
    '(−∞, −0.5) ∪ {0}',
  );
});

test('numbers for file names are short and ASCII', () => {
  assert.equal(fileNumber(3), '3');
  assert.equal(fileNumber(1.6732632423543772), '1.673');
  assert.equal(fileNumber(-0.5), 'neg0.5');
  assert.equal(fileNumber(1e-8), '1e-8');
});

test('prepareNumbers builds the formatter the first readout uses, so that readout builds none', () => {
  const { NumberFormat } = Intl;
  let built = 0;
  Intl.NumberFormat = function CountedNumberFormat(...args) {
    built += 1;
    return new NumberFormat(...args);
  };
  try {
    prepareNumbers('de'); // a locale no other test formats in, so nothing is cached yet
    assert.equal(built, 1);
    assert.equal(formatNumber(-1.7580993408473766, 'de'), '−1,758');
    assert.equal(built, 1);
  } finally {
    Intl.NumberFormat = NumberFormat;
  }
});
