// Form controls as lit-html templates, each bound to one state value: `value` shows it and
// `write` changes it. Typed text applies on commit ('change'), clamped to the limits; text
// that is no finite number reverts. Text goes in as text, never as markup.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

const clamp = (value, { min, max }) => Math.min(max, Math.max(min, value));

// Applies typed text, and shows what was applied: the clamped (and, for a whole-number
// property, rounded) number, or the old value again.
function commitNumber(event, limits, value, write) {
  const typed = event.target.valueAsNumber;
  const clamped = clamp(typed, limits);
  const applied = Number.isFinite(typed) ? (limits.integer ? Math.round(clamped) : clamped) : value;
  if (applied !== value) write(applied);
  event.target.value = String(applied);
}

// A slider over log10 of the value, for values that span decades (a learning rate): it moves
// in hundredths of a decade and writes values of three significant digits.
const LOG_STEP = 0.01;
const logSlider = (limits, value) => ({
  min: Math.log10(limits.min),
  max: Math.log10(limits.max),
  step: LOG_STEP,
  value: Math.log10(value),
  read: (position) => Math.min(limits.max, Math.max(limits.min, Number((10 ** position).toPrecision(3)))),
});
const linearSlider = (limits, value) => ({ ...limits, value, read: (position) => position });

/**
 * A labelled number input; with `slider`, a range input under it moves the same value
 * (slider: 'log' moves it in decades). limits: { min, max, step, integer? }; write(value) is
 * called on every slider move and on commit. valueText: what a screen reader says for the
 * slider's value (default: the number); describedBy: the id of a text that explains the control.
 */
export function numberField({ id, label, value, limits, write, slider = false, wide = false, valueText, describedBy }) {
  const range = (slider === 'log' ? logSlider : linearSlider)(limits, value);
  return html`<div class="field${slider ? ' with-slider' : ''}">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class=${wide ? 'wide' : nothing}
      type="number"
      step="any"
      min=${limits.min}
      max=${limits.max}
      aria-describedby=${describedBy ?? nothing}
      .value=${live(String(value))}
      @change=${(event) => commitNumber(event, limits, value, write)}
    />
    ${slider
      ? html`<input
          type="range"
          aria-label=${label}
          min=${range.min}
          max=${range.max}
          step=${range.step}
          aria-valuetext=${valueText ?? nothing}
          aria-describedby=${describedBy ?? nothing}
          .value=${String(range.value)}
          @input=${(event) => write(range.read(event.target.valueAsNumber))}
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

/**
 * A labelled select of `options` ([{ value, text, disabled? }], or groups [{ label, options }]),
 * showing `value`; write(value) is called on change. labelHidden: the label for screen readers
 * only, where what is around the select says what it is.
 */
export function selectField({ id, label, value, options, write, labelHidden = false }) {
  const option = (o) => html`<option value=${o.value} ?selected=${o.value === value} ?disabled=${o.disabled ?? false}>${o.text}</option>`;
  return html`<div class="field select-field">
    <label for=${id} class=${labelHidden ? 'visually-hidden' : nothing}>${label}</label>
    <select id=${id} @change=${(event) => write(event.target.value)}>
      ${options.map((o) => (o.options ? html`<optgroup label=${o.label}>${o.options.map(option)}</optgroup>` : option(o)))}
    </select>
  </div>`;
}
