// Numbers as a reader expects them: at most a few significant digits, powers of ten with
// superscripts (1.57 × 10⁻¹⁷, never 0.0000000000000000157), a true minus sign, intervals as
// mathematicians write them, and the language's decimal separator.

const SUPERSCRIPTS = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };
const SMALLEST_PLAIN = 1e-3;
const LARGEST_PLAIN = 1e6;

// Building a formatter costs more than formatting with it, and a slider event formats hundreds.
const formatters = new Map();
function formatter(locale, digits) {
  const key = `${locale}|${digits}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }));
  return formatters.get(key);
}

/**
 * Builds `locale`'s first number formatter now: the first one of a locale loads ICU's data for
 * it, ~30 ms on a fast laptop and four times that on a phone, better spent while the wasm
 * downloads than in the task that first draws the page.
 */
export function prepareNumbers(locale) {
  formatter(locale, 4);
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
    return withMinusSign(formatter(locale, digits).format(value === 0 ? 0 : value));
  }
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  const shortMantissa = formatter(locale, digits).format(Number(mantissa));
  const power = powerOfTen(Number(exponent));
  return withMinusSign(shortMantissa === '1' ? power : shortMantissa === '-1' ? `-${power}` : `${shortMantissa} × ${power}`);
}

/** A count (of steps, say) in full, grouped as the language groups digits: 12,345 or 12.345. */
export function formatCount(count, locale) {
  return formatter(locale, 21).format(count);
}

/**
 * An interval as written in mathematics: (0, 1), [0, ∞), (−1.758, ∞). `range` has min and max
 * and whether each bound is attained (closed). Where the decimal separator is a comma the
 * bounds are separated by a semicolon: (−1,758; ∞).
 */
export function formatInterval({ min, max, minClosed, maxClosed }, locale, digits = 4) {
  const separator = formatter(locale, 2).format(1.5).includes(',') ? '; ' : ', ';
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
