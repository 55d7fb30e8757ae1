// Form controls as lit-html templates, each bound to one state value: `value` shows it and
// `write` changes it. Typed text applies on commit ('change'), clamped to the limits; text
// that is no finite number reverts. Text goes in as text, never as markup.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

const clamp = (value, { min, max }) => Math.min(max, Math.max(min, value));

// Applies typed text, and shows what was applied: the clamped number, or the old value again.
function commitNumber(event, limits, value, write) {
  const typed = event.target.valueAsNumber;
  const applied = Number.isFinite(typed) ? clamp(typed, limits) : value;
  if (applied !== value) write(applied);
  event.target.value = String(applied);
}

/**
 * A labelled number input; with `slider`, a range input under it moves the same value.
 * limits: { min, max, step }; write(value) is called on every slider move and on commit.
 */
export function numberField({ id, label, value, limits, write, slider = false, wide = false }) {
  return html`<div class="field${slider ? ' with-slider' : ''}">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class=${wide ? 'wide' : nothing}
      type="number"
      step="any"
      min=${limits.min}
      max=${limits.max}
      .value=${live(String(value))}
      @change=${(event) => commitNumber(event, limits, value, write)}
    />
    ${slider
      ? html`<input
          type="range"
          aria-label=${label}
          min=${limits.min}
          max=${limits.max}
          step=${limits.step}
          .value=${String(value)}
          @input=${(event) => write(event.target.valueAsNumber)}
        />`
      : nothing}
  </div>`;
}

/** A labelled checkbox. */
export function checkbox({ id, label, checked, write, disabled = false }) {
  return html`<label class="check">
    <input id=${id} type="checkbox" .checked=${checked} ?disabled=${disabled} @change=${(event) => write(event.target.checked)} />
    <span>${label}</span>
  </label>`;
}
