// The explorer page: builds its controls from the catalogue, keeps them, the charts and
// the URL hash in step with one state object. The only module that touches the page's DOM;
// every string it writes goes in through textContent or an attribute, never as HTML.
import { createBarChart } from './charts/barChart.js';
import { createLineChart } from './charts/lineChart.js';
import { button, fillGroupedOptions, numberField, setValue } from './controls.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';
import { mathFromMarkup } from './mathml.js';
import { brokenIntervals, brokenPoints } from './naive.js';
import { parameterKey, parseHash, serializeHash, stateProperties } from './state.js';

const SAMPLES = 801;
const COLORS = { value: '#1d4ed8', derivative: '#b45309', naive: '#6b7280', broken: '#c81e1e', bars: '#047857' };

export function startExplorer(act, doc = document) {
  const win = doc.defaultView;
  const byId = (id) => doc.getElementById(id);
  const catalog = act.catalog();
  const rows = new Map(catalog.map((row) => [row.id, row]));
  const properties = stateProperties(catalog, Object.keys(LANGUAGES));
  const property = (key) => properties.find((p) => p.key === key);
  const charts = {
    value: createLineChart(byId('value-chart')),
    derivative: createLineChart(byId('derivative-chart')),
    vector: createBarChart(byId('softmax-chart'), { color: COLORS.bars }),
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
  const functionName = (t, row) => t.functions[row.id]?.name ?? row.name;

  function update(changes) {
    state = { ...state, ...changes };
    const hash = serializeHash(state, properties);
    win.history.replaceState(null, '', hash || win.location.pathname + win.location.search);
    render();
  }

  function render() {
    const t = texts();
    const structure = { lang: language(), fn: state.fn, vfn: state.vfn, logitCount: state.logits.length };
    const changed = (key) => structure.lang !== builtFor.lang || structure[key] !== builtFor[key];
    if (structure.lang !== builtFor.lang) renderTexts(t);
    if (changed('fn')) buildFunctionDetails(t);
    if (changed('vfn')) buildVectorDetails(t);
    if (changed('logitCount')) buildLogitFields(t);
    builtFor = structure;
    syncControlValues(t);
    renderFunction(t);
    renderVector(t);
  }

  function renderTexts(t) {
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    for (const element of doc.querySelectorAll('[data-text]')) {
      const text = t[element.dataset.text];
      if (typeof text === 'string') element.textContent = text;
    }
    byId('language').value = language();
    const byKind = (kind) => catalog.filter((row) => row.kind === kind);
    const familyLabel = (family) => t.families[family] ?? family;
    fillGroupedOptions(doc, byId('activation'), byKind('elementwise'), familyLabel, (row) => functionName(t, row));
    fillGroupedOptions(doc, byId('vector-function'), byKind('vector'), familyLabel, (row) => functionName(t, row));
    byId('range-fields').replaceChildren(
      ...['xmin', 'xmax'].map((key) =>
        numberField(doc, {
          id: `range-${key}`,
          label: key === 'xmin' ? t.xMinLabel : t.xMaxLabel,
          limits: property(key),
          read: () => state[key],
          write: (value) => update(validRange({ ...state, [key]: value })),
          withSlider: false,
        }),
      ),
    );
  }

  // Keeps the x interval non-empty: a bound moved past the other one pushes it along.
  function validRange({ xmin, xmax }) {
    if (xmin < xmax) return { xmin, xmax };
    const span = Math.max(1e-6, Math.abs(state.xmax - state.xmin));
    return xmin === state.xmin ? { xmin: xmax - span, xmax } : { xmin, xmax: xmin + span };
  }

  function buildFunctionDetails(t) {
    const row = rows.get(state.fn);
    byId('parameters').hidden = row.params.length === 0;
    byId('parameter-fields').replaceChildren(
      ...row.params.map((p) =>
        numberField(doc, {
          id: `parameter-${p.id}`,
          label: t.parameterNames[p.id] ?? p.id,
          limits: p,
          read: () => state[parameterKey(row.id, p.id)],
          write: (value) => update({ [parameterKey(row.id, p.id)]: value }),
        }),
      ),
    );
    const setAll = (values) => update(Object.fromEntries(row.params.map((p, i) => [parameterKey(row.id, p.id), values[i]])));
    byId('presets').replaceChildren(
      ...row.presets.map((preset) => button(doc, t.presets[preset.id] ?? preset.id, () => setAll(preset.values))),
      button(doc, t.reset, () => setAll(row.params.map((p) => p.default))),
    );
    byId('explanation').textContent = t.functions[row.id]?.explanation ?? '';
    renderFormula(byId('formula'), row);
    renderProperties(t, row);
    byId('naive-toggle').disabled = !row.hasNaive;
  }

  function buildVectorDetails(t) {
    const row = rows.get(state.vfn);
    byId('vector-explanation').textContent = t.functions[row.id]?.explanation ?? '';
    renderFormula(byId('vector-formula'), row);
  }

  function renderFormula(container, row) {
    container.replaceChildren(mathFromMarkup(doc, row.formula.value), mathFromMarkup(doc, row.formula.derivative));
  }

  function renderProperties(t, row) {
    const range = `[${format(row.range.min)}, ${format(row.range.max)}]`;
    const entries = [
      [t.properties.range, range],
      [t.properties.monotonic, row.monotonic ? t.yes : t.no],
      [t.properties.continuity, t.continuity(row.continuity)],
      [t.properties.zeroCentred, row.zeroCentred ? t.yes : t.no],
      [t.properties.saturates, t.saturation[row.saturates]],
      [t.properties.follows, row.follows],
    ];
    byId('properties').replaceChildren(
      ...entries.flatMap(([term, description]) => [
        Object.assign(doc.createElement('dt'), { textContent: term }),
        Object.assign(doc.createElement('dd'), { textContent: description }),
      ]),
    );
  }

  function buildLogitFields(t) {
    const logits = property('logits');
    byId('logit-fields').replaceChildren(
      ...state.logits.map((_, index) =>
        numberField(doc, {
          id: `logit-${index}`,
          label: t.logitLabel(index),
          limits: logits,
          read: () => state.logits[index],
          write: (value) => update({ logits: state.logits.map((z, i) => (i === index ? value : z)) }),
          withSlider: false,
        }),
      ),
    );
    byId('add-logit').disabled = state.logits.length >= logits.maxLength;
    byId('remove-logit').disabled = state.logits.length <= logits.minLength;
  }

  function syncControlValues(t) {
    byId('activation').value = state.fn;
    byId('vector-function').value = state.vfn;
    byId('naive-toggle').checked = state.naive;
    byId('log-toggle').checked = state.logy;
    for (const field of doc.querySelectorAll('.field')) field.sync();
    const slider = byId('temperature-slider');
    setValue(slider, Math.log10(state.t));
    slider.setAttribute('aria-valuetext', t.temperatureValue(format(state.t)));
    setValue(byId('temperature'), state.t);
  }

  function renderFunction(t) {
    const row = rows.get(state.fn);
    const xs = Float64Array.from({ length: SAMPLES }, (_, i) => state.xmin + ((state.xmax - state.xmin) * i) / (SAMPLES - 1));
    const params = Object.fromEntries(row.params.map((p) => [p.id, state[parameterKey(row.id, p.id)]]));
    const accurate = act.evaluate(row.id, xs, params);
    const naive = state.naive && row.hasNaive ? act.evaluate(row.id, xs, params, { naive: true }) : undefined;
    const name = functionName(t, row);
    const notes = [];
    for (const which of ['value', 'derivative']) {
      const series = [{ ys: accurate[which], color: COLORS[which] }];
      if (naive) {
        const broken = brokenPoints(accurate[which], naive[which]);
        const markers = new Float64Array(xs.length).fill(NaN);
        for (const i of broken) markers[i] = accurate[which][i];
        series.push({ ys: naive[which], color: COLORS.naive, dashed: true }, { ys: markers, color: COLORS.broken, markersOnly: true });
        if (broken.length) {
          const intervals = brokenIntervals(xs, broken).map(([from, to]) => `[${format(from)}, ${format(to)}]`);
          notes.push(t.naiveBreaks(t.naiveWhat[which], broken.length, intervals.join(', ')));
        }
      }
      const chart = charts[which];
      chart.update(xs, series, { xMin: state.xmin, xMax: state.xmax, logScale: state.logy });
      const caption = which === 'value' ? t.valueCaption(name) : t.derivativeCaption(name);
      const { min, max } = chart.yRange();
      byId(`${which}-caption`).textContent = caption;
      byId(`${which}-chart`).setAttribute('aria-label', t.chartDescription(caption, format(state.xmin), format(state.xmax), format(min), format(max)));
    }
    const naiveNote = !state.naive ? '' : !row.hasNaive ? t.naiveUnavailable : notes.length ? `${notes.join(' ')} ${t.naiveMeaning}` : t.naiveAgrees;
    byId('naive-note').textContent = naiveNote;
  }

  function renderVector(t) {
    const row = rows.get(state.vfn);
    const name = functionName(t, row);
    const labels = state.logits.map(format);
    const isProbability = row.range.min === 0 && row.range.max === 1;
    const describe = (values) => state.logits.map((z, i) => t.output(format(z), format(values[i])));
    const draw = (chart, canvasId, temperature) => {
      const values = act.evaluateVector(row.id, state.logits, temperature);
      chart.update(labels, values, { probability: isProbability });
      byId(canvasId).setAttribute('aria-label', t.barDescription(format(temperature), describe(values).join('; ')));
      return values;
    };
    const values = draw(charts.vector, 'softmax-chart', state.t);
    byId('softmax-caption').textContent = t.vectorCaption(name, format(state.t));
    byId('probabilities').replaceChildren(
      ...describe(values).map((text) => Object.assign(doc.createElement('li'), { textContent: text })),
    );
    draw(charts.temperatureOne, 'softmax-t1-chart', 1);
    draw(charts.temperatureTwo, 'softmax-t2-chart', 2);
  }

  byId('language').addEventListener('change', (event) => update({ lang: event.target.value }));
  byId('activation').addEventListener('change', (event) => update({ fn: event.target.value }));
  byId('vector-function').addEventListener('change', (event) => update({ vfn: event.target.value }));
  byId('naive-toggle').addEventListener('change', (event) => update({ naive: event.target.checked }));
  byId('log-toggle').addEventListener('change', (event) => update({ logy: event.target.checked }));
  byId('temperature-slider').addEventListener('input', (event) => {
    update({ t: Number((10 ** event.target.valueAsNumber).toPrecision(3)) });
  });
  byId('temperature').addEventListener('change', (event) => {
    const value = event.target.valueAsNumber;
    const { min, max } = property('t');
    if (Number.isFinite(value) && value > 0) update({ t: Math.min(max, Math.max(min, value)) });
    event.target.value = String(state.t);
  });
  byId('add-logit').addEventListener('click', () => {
    update({ logits: [...state.logits, Math.min(property('logits').max, state.logits.at(-1) + 1)] });
  });
  byId('remove-logit').addEventListener('click', () => update({ logits: state.logits.slice(0, -1) }));
  win.addEventListener('hashchange', () => {
    state = parseHash(win.location.hash, properties);
    render();
  });

  render();
  byId('status').hidden = true;
}
