// Turns the catalogue's MathML markup into DOM nodes through an allowlist: only MathML Core
// presentation elements, no attribute but display, so even a bad catalogue string could
// never bring script or HTML into the page.
import { formulaMarkup } from './catalogue/index.js';

const ALLOWED = new Set(['math', 'mrow', 'mi', 'mn', 'mo', 'mfrac', 'msup', 'msub', 'msubsup', 'msqrt', 'mtable', 'mtr', 'mtd', 'mtext', 'mspace']);
const MATHML = 'http://www.w3.org/1998/Math/MathML';

function mathFromMarkup(doc, markup) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  const source = parsed.body.firstElementChild;
  return source?.localName === 'math' ? copyAllowed(doc, source) : doc.createTextNode('');
}

function copyAllowed(doc, source) {
  const element = doc.createElementNS(MATHML, source.localName);
  if (source.localName === 'math' && source.getAttribute('display') === 'block') element.setAttribute('display', 'block');
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) element.append(child.textContent);
    else if (child.nodeType === Node.ELEMENT_NODE && child.namespaceURI === MATHML && ALLOWED.has(child.localName)) {
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
