// Redrawing at most once per animation frame: a slider fires more input events than the
// screen shows frames, and only the latest state needs drawing.
import { effect } from '@preact/signals-core';
import { render } from 'lit-html';

/**
 * Runs `draw(inputs)` in the next animation frame whenever a signal that `read()` reads
 * changes; `inputs` is what `read()` returned last. Returns the function that stops it.
 */
export function drawEachFrame(win, read, draw) {
  let inputs;
  let requested = false;
  return effect(() => {
    inputs = read();
    if (requested) return;
    requested = true;
    win.requestAnimationFrame(() => {
      requested = false;
      draw(inputs);
    });
  });
}

/**
 * Renders `template()` (lit-html) into `root` once, then again whenever what it reads changes
 * while `active` (a signal) is true: a hidden view does not rebuild its markup for every drag
 * in another view. Returns the function that stops it.
 */
export function renderWhileActive(root, active, template) {
  let rendered = false;
  return effect(() => {
    const isActive = active.value;
    if (rendered && !isActive) return;
    render(template(), root);
    rendered = true;
  });
}
