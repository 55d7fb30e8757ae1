// The explorer page: builds its controls from the catalogue, keeps them, the charts and
// the URL hash in step with one state object. The only module that touches the DOM;
// every string it writes goes in through textContent or an attribute, never as HTML.
import { createBarChart } from './charts/barChart.js';
import { createLineChart } from './charts/lineChart.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';
import { parameterKey, parseHash, serializeHash, stateProperties } from './state.js';

const X_MIN = -10;
const X_MAX = 10;
const SAMPLES = 401;
const COLORS = { value: '#1d4ed8', derivative: '#b45309', bars: '#047857' };

export function startExplorer(act, doc = document) {
  const win = doc.defaultView;
  const byId = (id) => doc.getElementById(id);
  const catalog = act.catalog();
  const rows = new Map(catalog.map((row) => [row.id, row]));
  const properties = stateProperties(catalog, Object.keys(LANGUAGES));
  const logitsProperty = properties.find((p) => p.key === 'logits');
  const xs = Float64Array.from({ length: SAMPLES }, (_, i) => X_MIN + ((X_MAX - X_MIN) * i) / (SAMPLES - 1));
  const charts = {
    value: createLineChart(byId('value-chart'), { color: COLORS.value, xMin: X_MIN, xMax: X_MAX }),
    derivative: createLineChart(byId('derivative-chart'), { color: COLORS.derivative, xMin: X_MIN, xMax: X_MAX }),
    softmax: createBarChart(byId('softmax-chart'), { color: COLORS.bars }),
    temperatureOne: createBarChart(byId('softmax-t1-chart'), { color: COLORS.bars }),
    temperatureTwo: createBarChart(byId('softmax-t2-chart'), { color: COLORS.bars }),
  };
  let state = parseHash(win.location.hash, properties);
  // What the structural controls were last built for; rebuilt only when this changes,
  // so a control never disappears from under the keyboard focus.
  let builtFor = {};

  const language = () => state.lang ?? browserLanguage(win.navigator.languages);
  const texts = () => LANGUAGES[language()];
  const format = (value) => new Intl.NumberFormat(texts().htmlLang, { maximumSignificantDigits: 4 }).format(value);

  function update(changes) {
    state = { ...state, ...changes };
    const hash = serializeHash(state, properties);
    win.history.replaceState(null, '', hash || win.location.pathname + win.location.search);
    render();
  }

  function render() {
    const t = texts();
    const structure = { lang: language(), fn: state.fn, logitCount: state.logits.length };
    if (structure.lang !== builtFor.lang) renderTexts(t);
    if (structure.lang !== builtFor.lang || structure.fn !== builtFor.fn) buildParameterFields(t);
    if (structure.lang !== builtFor.lang || structure.logitCount !== builtFor.logitCount) buildLogitFields(t);
    builtFor = structure;
    syncControlValues(t);
    renderFunction(t);
    renderSoftmax(t);
  }

  function renderTexts(t) {
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    for (const element of doc.querySelectorAll('[data-text]')) {
      const text = t[element.dataset.text];
      if (typeof text === 'string') element.textContent = text;
    }
    byId('language').value = language();
    buildActivationOptions(t);
  }

  function buildActivationOptions(t) {
    const select = byId('activation');
    const groups = new Map();
    for (const row of catalog.filter((r) => r.kind === 'elementwise')) {
      if (!groups.has(row.family)) {
        const group = doc.createElement('optgroup');
        group.label = t.families[row.family] ?? row.family;
        groups.set(row.family, group);
      }
      groups.get(row.family).append(new Option(functionName(t, row), row.id));
    }
    select.replaceChildren(...groups.values());
  }

  function buildParameterFields(t) {
    const row = rows.get(state.fn);
    const fieldset = byId('parameters');
    fieldset.hidden = row.params.length === 0;
    byId('parameter-fields').replaceChildren(
      ...row.params.map((p) =>
        numberField({
          id: `parameter-${p.id}`,
          label: t.parameterNames[p.id] ?? p.id,
          limits: p,
          read: () => state[parameterKey(row.id, p.id)],
          write: (value) => update({ [parameterKey(row.id, p.id)]: value }),
        }),
      ),
    );
    const presetButtons = row.presets.map((preset) =>
      button(t.presets[preset.id] ?? preset.id, () =>
        update(Object.fromEntries(row.params.map((p, i) => [parameterKey(row.id, p.id), preset.values[i]]))),
      ),
    );
    const reset = button(t.reset, () =>
      update(Object.fromEntries(row.params.map((p) => [parameterKey(row.id, p.id), p.default]))),
    );
    byId('presets').replaceChildren(...presetButtons, reset);
  }

  function buildLogitFields(t) {
    byId('logit-fields').replaceChildren(
      ...state.logits.map((_, index) =>
        numberField({
          id: `logit-${index}`,
          label: t.logitLabel(index),
          limits: { min: logitsProperty.min, max: logitsProperty.max, step: 0.5 },
          read: () => state.logits[index],
          write: (value) => update({ logits: state.logits.map((z, i) => (i === index ? value : z)) }),
          withSlider: false,
        }),
      ),
    );
    byId('add-logit').disabled = state.logits.length >= logitsProperty.maxLength;
    byId('remove-logit').disabled = state.logits.length <= logitsProperty.minLength;
  }

  // A labelled number input (and optionally a slider) bound to one state value. Typed
  // text is applied on commit ('change'); anything that is not a finite number reverts.
  function numberField({ id, label, limits, read, write, withSlider = true }) {
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

  function syncControlValues(t) {
    byId('activation').value = state.fn;
    for (const field of doc.querySelectorAll('#parameter-fields .field, #logit-fields .field')) field.sync();
    const slider = byId('temperature-slider');
    setValue(slider, Math.log10(state.t));
    slider.setAttribute('aria-valuetext', t.temperatureValue(format(state.t)));
    setValue(byId('temperature'), state.t);
  }

  function renderFunction(t) {
    const row = rows.get(state.fn);
    const params = Object.fromEntries(row.params.map((p) => [p.id, state[parameterKey(row.id, p.id)]]));
    const { value, derivative } = act.evaluate(row.id, xs, params);
    const name = functionName(t, row);
    byId('explanation').textContent = t.functions[row.id]?.explanation ?? '';
    drawLine(charts.value, value, 'value', t.valueCaption(name), t);
    drawLine(charts.derivative, derivative, 'derivative', t.derivativeCaption(name), t);
  }

  function drawLine(chart, ys, which, caption, t) {
    chart.update(xs, ys);
    const { min, max } = chart.yRange();
    byId(`${which}-caption`).textContent = caption;
    byId(`${which}-chart`).setAttribute('aria-label', t.chartDescription(caption, format(X_MIN), format(X_MAX), format(min), format(max)));
  }

  function renderSoftmax(t) {
    const labels = state.logits.map(format);
    const probabilities = act.softmax(state.logits, state.t);
    const caption = t.softmaxCaption(format(state.t));
    const items = state.logits.map((z, i) => t.probability(format(z), format(probabilities[i])));
    charts.softmax.update(labels, probabilities);
    byId('softmax-caption').textContent = caption;
    byId('softmax-chart').setAttribute('aria-label', t.barDescription(format(state.t), items.join('; ')));
    byId('probabilities').replaceChildren(
      ...items.map((text) => Object.assign(doc.createElement('li'), { textContent: text })),
    );
    for (const [chart, temperature] of [[charts.temperatureOne, 1], [charts.temperatureTwo, 2]]) {
      const p = act.softmax(state.logits, temperature);
      chart.update(labels, p);
      const description = t.barDescription(format(temperature), state.logits.map((z, i) => t.probability(format(z), format(p[i]))).join('; '));
      byId(temperature === 1 ? 'softmax-t1-chart' : 'softmax-t2-chart').setAttribute('aria-label', description);
    }
  }

  function button(text, onClick) {
    const element = Object.assign(doc.createElement('button'), { type: 'button', textContent: text });
    element.addEventListener('click', onClick);
    return element;
  }

  byId('language').addEventListener('change', (event) => update({ lang: event.target.value }));
  byId('activation').addEventListener('change', (event) => update({ fn: event.target.value }));
  byId('temperature-slider').addEventListener('input', (event) => {
    update({ t: Number((10 ** event.target.valueAsNumber).toPrecision(3)) });
  });
  byId('temperature').addEventListener('change', (event) => {
    const value = event.target.valueAsNumber;
    const { min, max } = properties.find((p) => p.key === 't');
    if (Number.isFinite(value) && value > 0) update({ t: Math.min(max, Math.max(min, value)) });
    event.target.value = String(state.t);
  });
  byId('add-logit').addEventListener('click', () => update({ logits: [...state.logits, Math.min(logitsProperty.max, state.logits.at(-1) + 1)] }));
  byId('remove-logit').addEventListener('click', () => update({ logits: state.logits.slice(0, -1) }));
  win.addEventListener('hashchange', () => {
    state = parseHash(win.location.hash, properties);
    render();
  });

  render();
  byId('status').hidden = true;
}

function functionName(t, row) {
  return t.functions[row.id]?.name ?? row.name;
}

// Writes a control's value unless the user is typing in it.
function setValue(input, value) {
  if (input.ownerDocument.activeElement !== input || input.type === 'range') input.value = String(value);
}
