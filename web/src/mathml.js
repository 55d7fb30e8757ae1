// Turns the catalogue's MathML (rendered from TeX at build time, web/generated/formulas.js) into
// DOM nodes through an allowlist: MathML Core presentation elements and the layout attributes
// temml writes, never class, style, href or an event handler, so even a bad formula string
// could never bring script, styles or HTML into the page.
import { formulaMarkup } from './catalogue/index.js';

export const MATHML_ELEMENTS = new Set([
  'math', 'mrow', 'mi', 'mn', 'mo', 'mfrac', 'msup', 'msub', 'msubsup', 'msqrt', 'mroot', 'mtable', 'mtr', 'mtd',
  'mtext', 'mspace', 'mstyle', 'mpadded', 'munder', 'mover', 'munderover',
]);
export const MATHML_ATTRIBUTES = new Set([
  'display', 'columnalign', 'displaystyle', 'scriptlevel', 'fence', 'form', 'separator', 'stretchy', 'symmetric',
  'lspace', 'rspace', 'width', 'height', 'depth', 'minsize', 'maxsize', 'mathvariant', 'movablelimits', 'accent',
  'accentunder', 'largeop',
]);
const MATHML = 'http://www.w3.org/1998/Math/MathML';

function mathFromMarkup(doc, markup) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  const source = parsed.body.firstElementChild;
  return source?.localName === 'math' ? copyAllowed(doc, source) : doc.createTextNode('');
}

function copyAllowed(doc, source) {
  const element = doc.createElementNS(MATHML, source.localName);
  for (const { name, value } of source.attributes) {
    if (MATHML_ATTRIBUTES.has(name)) element.setAttribute(name, value);
  }
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) element.append(child.textContent);
    else if (child.nodeType === Node.ELEMENT_NODE && child.namespaceURI === MATHML && MATHML_ELEMENTS.has(child.localName)) {
      element.append(copyAllowed(doc, child));
    }
  }
  return element;
}

/** A row's formulas, f and f' (or y_i and dy_i/dz_j), as MathML elements of `doc`. */
export function formulaElements(doc, row) {
  const markup = formulaMarkup(row);
  return [mathFromMarkup(doc, markup.value), mathFromMarkup(doc, markup.derivative)];
}
