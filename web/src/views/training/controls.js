// The training view's controls, beside its charts: the activations trained side by side (each
// with its parameters, shared with the functions view's), the network, the data, and how it
// trains. Every control writes one property of the state; what it changes follows from there.
import { html, nothing } from 'lit-html';

import { describeRow, familyName } from '../../catalogue/index.js';
import { formatNumber } from '../../format.js';
import { parameterKey } from '../../state.js';
import { numberField, selectField } from '../../ui/fields.js';
import { swatch } from '../functions/controls.js';

/** context: { store, rows } (rows: the catalogue's element-wise rows). */
export function controlsTemplate({ store, rows }, t, lang, state) {
  const tt = t.training;
  const { update, property } = store;
  const ids = state['train.acts'];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const setActivations = (acts) => update({ 'train.acts': acts }, { record: true });
  const families = [...new Set(rows.map((row) => row.family))];
  const whole = (key) => (value) => update({ [key]: Math.round(value) });
  const choose = (key) => (value) => update({ [key]: value }, { record: true });
  const field = (key, label, extra = {}) =>
    numberField({ id: `field-${key.replace('.', '-')}`, label, value: state[key], limits: property(key), write: (value) => update({ [key]: value }), ...extra });

  const activation = (id, index) => {
    const row = byId.get(id);
    const texts = describeRow(lang, row);
    const options = families.map((family) => ({
      label: familyName(lang, family),
      options: rows
        .filter((other) => other.family === family)
        .map((other) => ({ value: other.id, text: describeRow(lang, other).name, disabled: other.id !== id && ids.includes(other.id) })),
    }));
    return html`<div class="activation" data-id=${id}>
      <div class="card-head">
        ${swatch(index)}
        ${selectField({
          id: `train-activation-${index}`,
          label: tt.activationLabel(index + 1),
          labelHidden: true, // the swatch and the position say which one it is
          value: id,
          options,
          write: (chosen) => setActivations(ids.map((other, i) => (i === index ? chosen : other))),
        })}
        ${ids.length > property('train.acts').minLength
          ? html`<button type="button" class="icon remove" aria-label=${tt.removeActivation(texts.name)} @click=${() => setActivations(ids.filter((_, i) => i !== index))}>×</button>`
          : nothing}
      </div>
      ${row.params.length
        ? html`<div class="parameters" data-part="parameters">
            ${row.params.map((p) =>
              numberField({
                id: `train-parameter-${id}-${p.id}`,
                label: texts.parameterLabel(p.id),
                value: state[parameterKey(id, p.id)],
                limits: p,
                slider: true,
                wide: String(p.default).length > 8,
                write: (value) => update({ [parameterKey(id, p.id)]: value }),
              }),
            )}
          </div>`
        : nothing}
    </div>`;
  };

  const unused = rows.find((row) => !ids.includes(row.id));
  return html`<fieldset class="card">
      <legend>${tt.activationsLegend}</legend>
      ${ids.map(activation)}
      <button type="button" class="add-activation" ?disabled=${ids.length >= property('train.acts').maxLength} @click=${() => setActivations([...ids, unused.id])}>
        ${tt.addActivation}
      </button>
    </fieldset>
    <fieldset class="card">
      <legend>${tt.networkLegend}</legend>
      ${field('train.layers', tt.layersLabel, { slider: true, write: whole('train.layers') })}
      ${field('train.width', tt.widthLabel, { slider: true, write: whole('train.width') })}
      ${selectField({ id: 'field-train-init', label: tt.initLabel, value: state['train.init'], options: property('train.init').choices.map((value) => ({ value, text: tt.initializations[value] })), write: choose('train.init') })}
    </fieldset>
    <fieldset class="card">
      <legend>${tt.dataLegend}</legend>
      ${selectField({ id: 'field-train-data', label: tt.datasetLabel, value: state['train.data'], options: property('train.data').choices.map((value) => ({ value, text: tt.datasets[value] })), write: choose('train.data') })}
      ${field('train.noise', tt.noiseLabel, { slider: true })}
      ${field('train.seed', tt.seedLabel, { write: (seed) => update({ 'train.seed': Math.round(seed) }, { record: true }) })}
      <button type="button" @click=${() => update({ 'train.seed': (state['train.seed'] + 1) % (property('train.seed').max + 1) }, { record: true })}>${tt.newSeed}</button>
    </fieldset>
    <fieldset class="card">
      <legend>${tt.trainingLegend}</legend>
      ${field('train.lr', tt.learningRateLabel, { slider: 'log', valueText: tt.learningRateValue(formatNumber(state['train.lr'], t.htmlLang, 3)) })}
      ${field('train.batch', tt.batchLabel, { slider: true, write: whole('train.batch') })}
      ${selectField({ id: 'field-train-opt', label: tt.optimizerLabel, value: state['train.opt'], options: property('train.opt').choices.map((value) => ({ value, text: tt.optimizers[value] })), write: choose('train.opt') })}
    </fieldset>`;
}
