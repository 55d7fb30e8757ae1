// A view's formula pane: its MathML nodes come from mathml.js and the formulas rendered at build
// time (web/generated/formulas.js), which load when a formula is first shown, not with the page.
import { signal } from '@preact/signals-core';

/** Returns formulaOf(row): the row's formula elements, made once while it stays shown (lit keeps the same nodes), or null while they load; a template that calls it renders again once they have. */
export function formulaLoader(doc) {
  const mathml = signal(null);
  let shown = { id: null, elements: null };
  return (row) => {
    const module = mathml.value;
    if (!module) {
      import('./mathml.js').then((loaded) => (mathml.value = loaded));
      return null;
    }
    if (shown.id !== row.id) shown = { id: row.id, elements: module.formulaElements(doc, row) };
    return shown.elements;
  };
}
