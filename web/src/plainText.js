// Text a person typed (or a link carries), kept as text: the page only ever sets it as a text
// node or an attribute value. What is accepted is short, printable, single-line text.

// Control and format characters (bidi overrides, zero-width ones, NUL), private-use code
// points, lone surrogates (no URL can encode them) and the line and paragraph separators.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * `text` without surrounding white space when it then holds 1 to `maxChars` code points and
 * nothing unprintable; otherwise undefined.
 */
export function cleanText(text, maxChars) {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const length = [...trimmed].length;
  return length >= 1 && length <= maxChars && !UNPRINTABLE.test(trimmed) ? trimmed : undefined;
}
