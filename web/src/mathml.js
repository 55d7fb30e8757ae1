// Turns the catalogue's MathML markup into DOM nodes through an allowlist: only MathML Core
// presentation elements, no attribute but display, so even a bad catalogue string could
// never bring script or HTML into the page.
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

/** Shows a catalogue row's formulas, f and f' (or y_i and dy_i/dz_j), in `container`. */
export function renderFormulas(doc, container, row) {
  container.replaceChildren(mathFromMarkup(doc, row.formula.value), mathFromMarkup(doc, row.formula.derivative));
}
