// Numbers, intervals and file names as the page writes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileNumber, formatCount, formatInterval, formatNumber, formatRange, powerOfTen } from '../../web/src/format.js';
import { mulberry32 } from '../seeded-random.mjs';

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

// Values the page shows: random magnitudes across the plain range, decimal ties at each digit
// count (where shortest-digit rounding and toPrecision disagree), carries into a new power of
// ten, and whole counts.
function valuesLikeThePages() {
  const random = mulberry32(17);
  const values = [0, 1, 0.001, 999999, 1.0005, 2.5, 0.125, 0.00125, 9.9995, 99.995, 999999.5, 1234, 12345.5, 1.15, 1.25, 1.35];
  for (let i = 0; i < 4000; i += 1) {
    const value = 10 ** (random() * 9 - 3);
    values.push(value, Number(value.toPrecision(1 + Math.floor(random() * 6))), Math.round(value));
  }
  for (let digits = 1; digits <= 6; digits += 1) for (let i = 0; i < 200; i += 1) values.push(Number(`${Math.floor(random() * 10 ** digits)}5e-${digits}`));
  return values.flatMap((value) => [value, -value]);
}

test('numbers read exactly as Intl.NumberFormat writes them, in both languages, at every digit count the page uses', () => {
  const plain = valuesLikeThePages().filter((value) => value === 0 || (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e6));
  const random = mulberry32(29);
  const counts = Array.from({ length: 2000 }, () => Math.floor(10 ** (random() * 12)));
  for (const locale of ['en', 'pt-BR']) {
    const intl = (digits) => new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
    for (const digits of [2, 3, 4]) {
      const expected = (value) => intl(digits).format(value === 0 ? 0 : value).replace(/^-/, '−'); // −0 reads 0
      const mismatches = plain.filter((value) => formatNumber(value, locale, digits) !== expected(value));
      assert.deepEqual(mismatches.slice(0, 5), [], `${locale}, ${digits} digits`);
    }
    assert.deepEqual(counts.filter((count) => formatCount(count, locale) !== intl(21).format(count)).slice(0, 5), [], `${locale} counts`);
  }
  assert.ok(plain.length > 20000);
});

test('a language the page does not know yet still formats, through Intl', () => {
  assert.equal(formatNumber(-1234.5678, 'de'), '−1.235');
  assert.equal(formatCount(1234567, 'de'), '1.234.567');
});
