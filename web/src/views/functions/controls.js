// The controls that move the charts: beside them, a card per shown function (its name, a way
// to change or remove it, its parameters with presets and reset) and the button that adds a
// function to the comparison; above them, the view options (x and y ranges, log axis, the
// notebook's formula).
import { html, nothing } from 'lit-html';

import { describeRow } from '../../catalogue/index.js';
import { DASHES } from '../../charts/theme.js';
import { checkbox, numberField } from '../../ui/fields.js';
import { parameterKey } from '../../state.js';

/** A short line in the series' colour and dash pattern, for cards and legends. */
export function swatch(index) {
  return html`<svg class="swatch series-${index + 1}" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
    <line x1="1" y1="6" x2="31" y2="6" stroke-dasharray=${DASHES[index].join(' ') || 'none'}></line>
  </svg>`;
}

// Keeps an interval non-empty: a bound moved past the other one pushes it along.
export function orderedRange(state, lowKey, highKey, change) {
  const next = { [lowKey]: state[lowKey], [highKey]: state[highKey], ...change };
  if (next[lowKey] < next[highKey]) return next;
  const span = Math.max(1e-6, state[highKey] - state[lowKey]);
  return lowKey in change ? { ...next, [highKey]: next[lowKey] + span } : { ...next, [lowKey]: next[highKey] - span };
}

function card({ store, picker }, t, lang, row, index, state) {
  const texts = describeRow(lang, row);
  const { update } = store;
  const setAll = (values) => update(Object.fromEntries(row.params.map((p, i) => [parameterKey(row.id, p.id), values[i]])), { record: true });
  const head =
    index === 0
      ? html`<button type="button" class="change" data-part="pickers" aria-haspopup="dialog" @click=${(event) => picker.open('main', event.currentTarget)}>
          ${t.changeFunction}
        </button>`
      : html`<button
          type="button"
          class="icon remove"
          data-part="pickers"
          aria-label=${t.compareRemove(texts.name)}
          @click=${() => update({ cmp: state.cmp.filter((id) => id !== row.id) }, { record: true })}
        >
          ×
        </button>`;
  return html`<section class="card" data-id=${row.id} aria-label=${texts.name}>
    <div class="card-head">
      ${swatch(index)}
      <h2>${texts.name}</h2>
      ${head}
    </div>
    ${row.kind === 'gated'
      ? html`<div class="parameters" data-part="parameters">
          ${numberField({
            id: `gate-value-${row.id}`,
            label: t.gateValueLabel,
            value: state.gatea,
            limits: { ...store.property('gatea'), step: 0.01 },
            slider: true,
            write: (gatea) => update({ gatea }),
          })}
          <p class="hint">${t.gateHint}</p>
        </div>`
      : nothing}
    ${row.params.length
      ? html`<div class="parameters" data-part="parameters">
          ${row.params.map((p) =>
            numberField({
              id: `parameter-${row.id}-${p.id}`,
              label: texts.parameterLabel(p.id),
              value: state[parameterKey(row.id, p.id)],
              limits: p,
              slider: true,
              wide: String(p.default).length > 8,
              write: (value) => update({ [parameterKey(row.id, p.id)]: value }),
            }),
          )}
          <div class="button-row">
            ${row.presets.map((preset) => html`<button type="button" @click=${() => setAll(preset.values)}>${texts.presetLabel(preset.id)}</button>`)}
            <button type="button" @click=${() => setAll(row.params.map((p) => p.default))}>${t.reset}</button>
          </div>
        </div>`
      : nothing}
  </section>`;
}

/** The view options, in a row above the charts: x range, log axis, the notebook's formula, fixed y. */
export function viewOptionsTemplate({ store }, t, state, main) {
  const { update, property } = store;
  const bound = (key, label, low, high) =>
    numberField({
      id: `field-${key}`,
      label,
      value: state[key],
      limits: property(key),
      write: (value) => update(orderedRange(state, low, high, { [key]: value }), { record: true }),
    });
  return html`<fieldset class="view-options" data-part="view">
    <legend class="visually-hidden">${t.viewLegend}</legend>
    ${bound('xmin', t.xMinLabel, 'xmin', 'xmax')} ${bound('xmax', t.xMaxLabel, 'xmin', 'xmax')}
    ${checkbox({ id: 'log-toggle', label: t.logScaleLabel, checked: state.logy, write: (logy) => update({ logy }, { record: true }) })}
    ${checkbox({ id: 'naive-toggle', label: t.naiveLabel, checked: state.naive, disabled: !main.hasNaive, write: (naive) => update({ naive }, { record: true }) })}
    ${checkbox({ id: 'yfix-toggle', label: t.yFixedLabel, checked: state.yfix, write: (yfix) => update({ yfix }, { record: true }) })}
    ${state.yfix ? html`${bound('ymin', t.yMinLabel, 'ymin', 'ymax')} ${bound('ymax', t.yMaxLabel, 'ymin', 'ymax')}` : nothing}
  </fieldset>`;
}

/** The cards of the shown functions and the compare button. context: { store, picker, maxCompared }. */
export function cardsTemplate(context, t, lang, state, shownRows) {
  const full = state.cmp.length >= context.maxCompared;
  return html`<div class="cards">
      ${shownRows.map((row, index) => card(context, t, lang, row, index, state))}
      <button
        type="button"
        class="add-compare"
        data-part="pickers"
        aria-haspopup="dialog"
        ?disabled=${full}
        @click=${(event) => context.picker.open('add', event.currentTarget)}
      >
        ${full ? t.compareFull : t.compareAdd}
      </button>
    </div>`;
}
