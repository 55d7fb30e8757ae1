// The vector panel: softmax, log-softmax or softmin of editable logits at a temperature, as
// bars (values written on them, argmax highlighted, the uniform 1/n line), the entropy, the
// notebook's temperature 1 beside 2, and softmax's Jacobian as a heatmap with its table.
import { fillGroupedOptions, numberField, setValue } from '../controls.js';
import { entropy } from '../entropy.js';
import { formulaMarkup } from '../catalogue/index.js';
import { renderFormulas } from '../mathml.js';
import { fillTableWhenOpen } from '../tables.js';

const LOGIT_KEY_STEP = 0.5;
const KEY_STEPS = { ArrowUp: LOGIT_KEY_STEP, ArrowRight: LOGIT_KEY_STEP, ArrowDown: -LOGIT_KEY_STEP, ArrowLeft: -LOGIT_KEY_STEP };

export function createVectorPanel(view) {
  const { doc, byId, act, catalog, rows, property, charts, drawn, update, format, functionName, describe, familyName } = view;
  const setLogit = (index, value) => update({ logits: view.state.logits.map((z, i) => (i === index ? value : z)) });

  function translate(t) {
    fillGroupedOptions(doc, byId('vector-function'), catalog.filter((row) => row.kind === 'vector'), familyName, (row) => functionName(t, row));
  }

  // The function's texts, then one number field per logit and one focusable "bar" per logit
  // in the list under the chart, which the arrow keys move: the keyboard's way to drag a bar.
  function build(t) {
    const { state } = view;
    const row = rows.get(state.vfn);
    byId('vector-explanation').textContent = describe(row).explanation;
    renderFormulas(doc, byId('vector-formula'), formulaMarkup(row));
    const logits = property('logits');
    byId('logit-fields').replaceChildren(
      ...state.logits.map((_, index) =>
        numberField(doc, {
          id: `logit-${index}`,
          label: t.logitLabel(index),
          limits: logits,
          read: () => view.state.logits[index],
          write: (value) => setLogit(index, value),
          withSlider: false,
        }),
      ),
    );
    byId('probabilities').replaceChildren(
      ...state.logits.map((_, index) => {
        const bar = Object.assign(doc.createElement('div'), { tabIndex: 0 });
        bar.setAttribute('role', 'slider');
        bar.setAttribute('aria-label', t.barLabel(index));
        bar.setAttribute('aria-valuemin', String(logits.min));
        bar.setAttribute('aria-valuemax', String(logits.max));
        bar.addEventListener('keydown', (event) => {
          const step = KEY_STEPS[event.key];
          if (step === undefined) return;
          event.preventDefault();
          setLogit(index, Math.min(logits.max, Math.max(logits.min, view.state.logits[index] + step)));
        });
        return bar;
      }),
    );
    byId('add-logit').disabled = state.logits.length >= logits.maxLength;
    byId('remove-logit').disabled = state.logits.length <= logits.minLength;
  }

  function render(t) {
    const { state } = view;
    byId('vector-function').value = state.vfn;
    const slider = byId('temperature-slider');
    setValue(slider, Math.log10(state.t));
    slider.setAttribute('aria-valuetext', t.temperatureValue(format(state.t)));
    setValue(byId('temperature'), state.t);

    const row = rows.get(state.vfn);
    const labels = state.logits.map((z) => format(z));
    const isProbability = row.range.min === 0 && row.range.max === 1;
    const describe = (values) => state.logits.map((z, i) => t.output(format(z), format(values[i])));
    const draw = (chart, canvasId, temperature) => {
      const values = act.evaluateVector(row.id, state.logits, temperature);
      const highlight = values.indexOf(Math.max(...values));
      chart.update(labels, values, { probability: isProbability, highlight, texts: Array.from(values, (v) => format(v, 3)) });
      byId(canvasId).setAttribute('aria-label', t.barDescription(format(temperature), describe(values).join('; ')));
      return values;
    };
    const values = draw(charts.vector, 'softmax-chart', state.t);
    draw(charts.temperatureOne, 'softmax-t1-chart', 1);
    draw(charts.temperatureTwo, 'softmax-t2-chart', 2);
    byId('softmax-caption').textContent = t.vectorCaption(functionName(t, row), format(state.t));
    const probabilities = isProbability ? values : values.map(Math.exp);
    byId('entropy').textContent = t.entropy(format(entropy(probabilities)), format(Math.log(values.length)));
    const texts = describe(values);
    byId('probabilities').querySelectorAll('[role="slider"]').forEach((bar, i) => {
      bar.textContent = texts[i];
      bar.setAttribute('aria-valuenow', String(state.logits[i]));
      bar.setAttribute('aria-valuetext', texts[i]);
    });
    drawn.vector = [[t.columns.logit, t.columns.output], state.logits.map((z, i) => [z, values[i]])];
    renderJacobian(t, labels);
  }

  function renderJacobian(t, labels) {
    const { logits, t: temperature } = view.state;
    const n = logits.length;
    const jacobian = act.softmaxJacobian(logits, temperature);
    const rowOf = (i) => jacobian.subarray(i * n, (i + 1) * n);
    charts.jacobian.update(jacobian, n);
    byId('jacobian').setAttribute('aria-label', t.jacobianDescription(n));
    fillTableWhenOpen(doc, byId('jacobian-data'), [t.columns.row, ...labels], () => logits.map((_, i) => [labels[i], ...Array.from(rowOf(i), (v) => format(v, 4))]));
    drawn.jacobian = [[t.columns.row, ...logits], logits.map((z, i) => [z, ...rowOf(i)])];
  }

  byId('vector-function').addEventListener('change', (event) => update({ vfn: event.target.value }, { record: true }));
  byId('temperature-slider').addEventListener('input', (event) => {
    update({ t: Number((10 ** event.target.valueAsNumber).toPrecision(3)) });
  });
  byId('temperature').addEventListener('change', (event) => {
    const value = event.target.valueAsNumber;
    const { min, max } = property('t');
    if (Number.isFinite(value) && value > 0) update({ t: Math.min(max, Math.max(min, value)) });
    event.target.value = String(view.state.t);
  });
  byId('add-logit').addEventListener('click', () => {
    const { logits } = view.state;
    update({ logits: [...logits, Math.min(property('logits').max, logits.at(-1) + 1)] }, { record: true });
  });
  byId('remove-logit').addEventListener('click', () => update({ logits: view.state.logits.slice(0, -1) }, { record: true }));

  const inputs = (state) => JSON.stringify([state.vfn, state.logits, state.t]);

  return { key: (state) => `${state.vfn}|${state.logits.length}`, inputs, translate, build, render };
}
