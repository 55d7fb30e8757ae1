// Form controls the explorer builds from the catalogue, each bound to one state value
// through `read` and `write`. Text goes in through textContent and attributes only.

/**
 * A labelled number input, optionally with a slider. Typed text is applied on commit
 * ('change'), clamped to the limits; anything that is not a finite number reverts.
 * The returned element has sync(), which shows the current state value.
 */
export function numberField(doc, { id, label, limits, read, write, withSlider = true }) {
  const wrapper = doc.createElement('div');
  wrapper.className = 'field';
  const labelElement = doc.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const number = Object.assign(doc.createElement('input'), { id, type: 'number', step: 'any' });
  Object.assign(number, { min: limits.min, max: limits.max });
  number.addEventListener('change', () => {
    const value = number.valueAsNumber;
    if (Number.isFinite(value)) write(Math.min(limits.max, Math.max(limits.min, value)));
    number.value = String(read()); // shows the clamped value, or reverts what was not a number
  });
  const controls = [number];
  wrapper.append(labelElement);
  if (withSlider) {
    const slider = Object.assign(doc.createElement('input'), { type: 'range', min: limits.min, max: limits.max, step: limits.step });
    slider.setAttribute('aria-label', label);
    slider.addEventListener('input', () => write(slider.valueAsNumber));
    wrapper.append(slider);
    controls.push(slider);
  }
  wrapper.append(number);
  wrapper.sync = () => controls.forEach((control) => setValue(control, read()));
  return wrapper;
}

export function button(doc, text, onClick) {
  const element = Object.assign(doc.createElement('button'), { type: 'button', textContent: text });
  element.addEventListener('click', onClick);
  return element;
}

/** Fills a select with one option per row, grouped by family in catalogue order. */
export function fillGroupedOptions(doc, select, rows, familyLabel, rowLabel) {
  const groups = new Map();
  for (const row of rows) {
    if (!groups.has(row.family)) {
      const group = doc.createElement('optgroup');
      group.label = familyLabel(row.family);
      groups.set(row.family, group);
    }
    groups.get(row.family).append(new Option(rowLabel(row), row.id));
  }
  select.replaceChildren(...groups.values());
}

/** Writes a control's value unless the user is typing in it. */
export function setValue(input, value) {
  if (input.ownerDocument.activeElement !== input || input.type === 'range') input.value = String(value);
}
