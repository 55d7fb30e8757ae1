// Numbers as a reader expects them: at most a few significant digits, powers of ten with
// superscripts (1.57 × 10⁻¹⁷, never 0.0000000000000000157), a true minus sign, intervals as
// mathematicians write them, and the language's decimal separator.

const SUPERSCRIPTS = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
const SMALLEST_PLAIN = 1e-3;
const LARGEST_PLAIN = 1e6;

// The page's languages' separators, written here rather than asked of Intl.NumberFormat: a
// page's first NumberFormat loads ICU's number data, 35–100 ms in this project's test Chromium
// (Debian's, on a 2-core server), a cost every browser pays once per page, in the task that
// first draws it. The rounding is Intl.NumberFormat's own (the shortest decimal that
// reads back as the double, rounded half away from zero), which tests/js/format.test.mjs checks
// against Intl over thousands of values. Other locales go to Intl.
const SEPARATORS = { en: { decimal: '.', group: ',' }, 'pt-BR': { decimal: ',', group: '.' } };

// Building an Intl formatter costs more than formatting with it, and a slider event formats hundreds.
const intlFormatters = new Map();
function intlFormatter(locale, digits) {
  const key = `${locale}|${digits}`;
  if (!intlFormatters.has(key)) intlFormatters.set(key, new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }));
  return intlFormatters.get(key);
}

// |value|'s significant digits (at most `digits`, no trailing zeros) and the power of ten of
// the first: 1234.5 to 3 digits is { significant: '123', exponent: 3 }.
function roundedDigits(magnitude, digits) {
  const [mantissa, power] = magnitude.toExponential().split('e'); // the shortest round-trip digits
  const shortest = mantissa.replace('.', '');
  let exponent = Number(power);
  let significant = shortest.slice(0, digits);
  if (shortest.length > digits && shortest[digits] >= '5') {
    const roundedUp = String(BigInt(significant) + 1n);
    if (roundedUp.length > significant.length) exponent += 1; // 9.99 → 10.0
    significant = roundedUp.slice(0, digits);
  }
  return { significant: significant.replace(/(?<=.)0+$/, ''), exponent };
}

// `value` at most `digits` significant digits, with the separators: what
// Intl.NumberFormat(locale, { maximumSignificantDigits: digits }) writes for it.
function plainNumber(value, { decimal, group }, digits) {
  const { significant, exponent } = roundedDigits(Math.abs(value), digits);
  const whole = exponent < 0 ? '0' : significant.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = exponent < 0 ? '0'.repeat(-exponent - 1) + significant : significant.slice(exponent + 1);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

function localeNumber(value, locale, digits) {
  const separators = SEPARATORS[locale];
  return separators ? plainNumber(value, separators, digits) : intlFormatter(locale, digits).format(value);
}

const withMinusSign = (text) => text.replace(/^-/, '−');

/** 10 to an integer power, written 10⁻²⁶. */
export function powerOfTen(exponent) {
  return `10${String(exponent).replace(/./g, (c) => SUPERSCRIPTS[c])}`;
}

/**
 * `value` with at most `digits` significant digits in `locale` ('en', 'pt-BR'): plainly between
 * 10⁻³ and 10⁶, else as m × 10ᵏ. Not a number reads '—'; infinities read ∞ and −∞.
 */
export function formatNumber(value, locale, digits = 4) {
  if (Number.isNaN(value)) return '—';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN)) {
    return withMinusSign(localeNumber(value === 0 ? 0 : value, locale, digits));
  }
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  const shortMantissa = localeNumber(Number(mantissa), locale, digits);
  const power = powerOfTen(Number(exponent));
  return withMinusSign(shortMantissa === '1' ? power : shortMantissa === '-1' ? `-${power}` : `${shortMantissa} × ${power}`);
}

/** A count (of steps, say) in full, grouped as the language groups digits: 12,345 or 12.345. */
export function formatCount(count, locale) {
  return localeNumber(count, locale, 21);
}

/**
 * An interval as written in mathematics: (0, 1), [0, ∞), (−1.758, ∞). `range` has min and max
 * and whether each bound is attained (closed). Where the decimal separator is a comma the
 * bounds are separated by a semicolon: (−1,758; ∞).
 */
export function formatInterval({ min, max, minClosed, maxClosed }, locale, digits = 4) {
  const separator = localeNumber(1.5, locale, 2).includes(',') ? '; ' : ', ';
  const open = minClosed && Number.isFinite(min) ? '[' : '(';
  const close = maxClosed && Number.isFinite(max) ? ']' : ')';
  return `${open}${formatNumber(min, locale, digits)}${separator}${formatNumber(max, locale, digits)}${close}`;
}

/** A value for a file name: short, ASCII, no separators ('1.673', 'neg0.5', '1e-8'). */
export function fileNumber(value) {
  const text = Number(value.toPrecision(4)).toString();
  return text.startsWith('-') ? `neg${text.slice(1)}` : text;
}

/** A union of intervals and points, as in (−∞, −0.5) ∪ {0} ∪ (0.5, ∞). */
export function formatRange(pieces, locale, digits = 4) {
  return pieces
    .map((piece) => (piece.min === piece.max ? `{${formatNumber(piece.min, locale, digits)}}` : formatInterval(piece, locale, digits)))
    .join(' ∪ ');
}
