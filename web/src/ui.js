// The explorer page: builds its controls from the catalogue, keeps them, the charts and
// the URL hash in step with one state object. The only module that touches the page's DOM;
// every string it writes goes in through textContent or an attribute, never as HTML.
import { createBarChart } from './charts/barChart.js';
import { Chart } from './charts/chartjs.js';
import { createHeatmap } from './charts/heatmap.js';
import { createLineChart } from './charts/lineChart.js';
import { button, fillGroupedOptions, numberField, setValue } from './controls.js';
import { gradientsThroughLayers } from './depth.js';
import { embedSnippets, reportHeight } from './embedding.js';
import { entropy } from './entropy.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';
import { mathFromMarkup } from './mathml.js';
import { brokenIntervals, brokenPoints } from './naive.js';
import { parameterKey, parseHash, serializeHash, stateProperties } from './state.js';
import { download, fillTable, toCsv } from './tables.js';

const SAMPLES = 801;
const DATA_TABLE_ROWS = 41;
const LOGIT_KEY_STEP = 0.5;

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
    depth: createLineChart(byId('depth-chart')),
    vector: createBarChart(byId('softmax-chart')),
    temperatureOne: createBarChart(byId('softmax-t1-chart')),
    temperatureTwo: createBarChart(byId('softmax-t2-chart')),
    jacobian: createHeatmap(byId('jacobian')),
  };
  let state = parseHash(win.location.hash, properties);
  let colors = readColors();
  // What the structural controls were last built for; rebuilt only when this changes,
  // so a control never disappears from under the keyboard focus.
  let builtFor = {};
  // The points last drawn, for the CSV exports.
  const drawn = {};

  const language = () => state.lang ?? browserLanguage(win.navigator.languages);
  const texts = () => LANGUAGES[language()];
  const format = (value, digits = 4) => new Intl.NumberFormat(texts().htmlLang, { maximumSignificantDigits: digits }).format(value);
  const functionName = (t, row) => t.functions[row.id]?.name ?? row.name;
  const shownRows = () => [state.fn, ...state.cmp].map((id) => rows.get(id));
  const parametersOf = (row) => Object.fromEntries(row.params.map((p) => [p.id, state[parameterKey(row.id, p.id)]]));
  const evaluate = (row, xs) => act.evaluate(row.id, xs, parametersOf(row));

  // Discrete choices get a history entry of their own, so the back button restores them;
  // drags and typing replace the current entry instead of flooding the history.
  function update(changes, { record = false } = {}) {
    state = { ...state, ...changes };
    const hash = serializeHash(state, properties);
    const url = hash || win.location.pathname + win.location.search;
    if (record) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    render();
  }

  function render() {
    const t = texts();
    const structure = { lang: language(), fn: state.fn, cmp: state.cmp.join(), vfn: state.vfn, logits: state.logits.length };
    const changed = (key) => structure.lang !== builtFor.lang || structure[key] !== builtFor[key];
    if (structure.lang !== builtFor.lang) renderTexts(t);
    if (changed('fn') || changed('cmp')) buildFunctionDetails(t);
    if (changed('vfn')) buildVectorDetails(t);
    if (changed('logits')) buildLogitFields(t);
    builtFor = structure;
    applyEmbedding();
    syncControlValues(t);
    renderFunction(t);
    renderProbe(t);
    renderDepth(t);
    renderVector(t);
  }

  function renderTexts(t) {
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    for (const element of doc.querySelectorAll('[data-text]')) {
      const text = t[element.dataset.text];
      if (typeof text === 'string') element.textContent = text;
    }
    for (const element of doc.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t[element.dataset.label]);
    byId('language').value = language();
    const familyLabel = (family) => t.families[family] ?? family;
    const byKind = (kind) => catalog.filter((row) => row.kind === kind);
    fillGroupedOptions(doc, byId('activation'), byKind('elementwise'), familyLabel, (row) => functionName(t, row));
    fillGroupedOptions(doc, byId('vector-function'), byKind('vector'), familyLabel, (row) => functionName(t, row));
    const boundField = (key, label, write) =>
      numberField(doc, { id: `field-${key}`, label, limits: property(key), read: () => state[key], write, withSlider: false });
    byId('range-fields').replaceChildren(
      boundField('xmin', t.xMinLabel, (xmin) => update(orderedRange('xmin', 'xmax', { xmin }))),
      boundField('xmax', t.xMaxLabel, (xmax) => update(orderedRange('xmin', 'xmax', { xmax }))),
    );
    byId('y-range-fields').replaceChildren(
      boundField('ymin', t.yMinLabel, (ymin) => update(orderedRange('ymin', 'ymax', { ymin }))),
      boundField('ymax', t.yMaxLabel, (ymax) => update(orderedRange('ymin', 'ymax', { ymax }))),
    );
    byId('depth-field').replaceChildren(
      numberField(doc, { id: 'field-depth', label: t.depthLabel, limits: property('depth'), read: () => state.depth, write: (depth) => update({ depth: Math.round(depth) }) }),
    );
    buildExportButtons(t);
  }

  // Embedded: no page chrome, a link to the full explorer, the parts listed in `hide` hidden,
  // and the height reported to the host page.
  let reportingHeight = false;
  function applyEmbedding() {
    for (const element of doc.querySelectorAll('[data-chrome]')) element.hidden = state.embed;
    for (const element of doc.querySelectorAll('[data-part]')) element.hidden = state.hide.includes(element.dataset.part);
    byId('full-explorer-line').hidden = !state.embed;
    const fullView = serializeHash({ ...state, embed: false, hide: [] }, properties);
    byId('full-explorer').href = win.location.pathname + win.location.search + fullView;
    if (state.embed && !reportingHeight) {
      reportingHeight = true;
      reportHeight(win);
    }
  }

  function copyText(text, status, copiedMessage) {
    win.navigator.clipboard.writeText(text).then(
      () => { status.textContent = copiedMessage; },
      () => { status.textContent = texts().linkCopyFailed; },
    );
  }

  function openEmbedDialog() {
    const t = texts();
    const main = rows.get(state.fn);
    const { iframe, element } = embedSnippets({
      pageUrl: win.location.href.split('#')[0],
      hash: serializeHash({ ...state, embed: false, hide: [] }, properties),
      title: t.frameTitle(functionName(t, main)),
      element: { fn: main.id, params: parametersOf(main), lang: language() },
    });
    byId('embed-iframe').value = iframe;
    byId('embed-element').value = element;
    byId('embed-status').textContent = '';
    byId('embed-dialog').showModal();
  }

  // Keeps an interval non-empty: a bound moved past the other one pushes it along.
  function orderedRange(lowKey, highKey, change) {
    const next = { [lowKey]: state[lowKey], [highKey]: state[highKey], ...change };
    if (next[lowKey] < next[highKey]) return next;
    const span = Math.max(1e-6, state[highKey] - state[lowKey]);
    return lowKey in change ? { ...next, [highKey]: next[lowKey] + span } : { ...next, [lowKey]: next[highKey] - span };
  }

  function buildFunctionDetails(t) {
    const main = rows.get(state.fn);
    const shown = shownRows();
    const addable = catalog.filter((row) => row.kind === 'elementwise' && !shown.includes(row));
    const add = byId('compare-add');
    fillGroupedOptions(doc, add, addable, (family) => t.families[family] ?? family, (row) => functionName(t, row));
    add.prepend(new Option(t.compareAdd, '', true, true));
    add.disabled = state.cmp.length >= property('cmp').maxLength;
    byId('compare-list').replaceChildren(
      ...state.cmp.map((id, index) => {
        const chip = doc.createElement('li');
        chip.style.setProperty('--swatch', colors.series[index + 1]);
        const name = functionName(t, rows.get(id));
        const remove = button(doc, '×', () => update({ cmp: state.cmp.filter((other) => other !== id) }, { record: true }));
        remove.setAttribute('aria-label', t.compareRemove(name));
        chip.append(Object.assign(doc.createElement('span'), { textContent: name }), remove);
        return chip;
      }),
    );
    byId('legend').replaceChildren(
      ...shown.map((row, index) => {
        const item = Object.assign(doc.createElement('li'), { textContent: functionName(t, row) });
        item.style.setProperty('--swatch', colors.series[index]);
        return item;
      }),
    );
    byId('parameter-sets').replaceChildren(...shown.filter((row) => row.params.length).map((row) => parameterSet(t, row)));
    byId('explanation').textContent = t.functions[main.id]?.explanation ?? '';
    renderFormula(byId('formula'), main);
    renderProperties(t, main);
    byId('naive-toggle').disabled = !main.hasNaive;
  }

  function parameterSet(t, row) {
    const fieldset = doc.createElement('fieldset');
    fieldset.append(Object.assign(doc.createElement('legend'), { textContent: t.parametersFor(functionName(t, row)) }));
    fieldset.append(
      ...row.params.map((p) =>
        numberField(doc, {
          id: `parameter-${row.id}-${p.id}`,
          label: t.parameterNames[p.id] ?? p.id,
          limits: p,
          read: () => state[parameterKey(row.id, p.id)],
          write: (value) => update({ [parameterKey(row.id, p.id)]: value }),
        }),
      ),
    );
    const setAll = (values) => update(Object.fromEntries(row.params.map((p, i) => [parameterKey(row.id, p.id), values[i]])), { record: true });
    const buttons = doc.createElement('div');
    buttons.className = 'button-row';
    buttons.append(
      ...row.presets.map((preset) => button(doc, t.presets[preset.id] ?? preset.id, () => setAll(preset.values))),
      button(doc, t.reset, () => setAll(row.params.map((p) => p.default))),
    );
    fieldset.append(buttons);
    return fieldset;
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
    const entries = [
      [t.properties.range, `[${format(row.range.min)}, ${format(row.range.max)}]`],
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

  // One number field per logit, and one focusable "bar" per logit in the list under the
  // chart, which the arrow keys move: the keyboard's way to drag a bar.
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
    byId('probabilities').replaceChildren(
      ...state.logits.map((_, index) => {
        const bar = doc.createElement('div');
        Object.assign(bar, { tabIndex: 0 });
        bar.setAttribute('role', 'slider');
        bar.setAttribute('aria-label', t.barLabel(index));
        bar.setAttribute('aria-valuemin', String(logits.min));
        bar.setAttribute('aria-valuemax', String(logits.max));
        bar.addEventListener('keydown', (event) => {
          const step = { ArrowUp: LOGIT_KEY_STEP, ArrowRight: LOGIT_KEY_STEP, ArrowDown: -LOGIT_KEY_STEP, ArrowLeft: -LOGIT_KEY_STEP }[event.key];
          if (step === undefined) return;
          event.preventDefault();
          const value = Math.min(logits.max, Math.max(logits.min, state.logits[index] + step));
          update({ logits: state.logits.map((z, i) => (i === index ? value : z)) });
        });
        return bar;
      }),
    );
    byId('add-logit').disabled = state.logits.length >= logits.maxLength;
    byId('remove-logit').disabled = state.logits.length <= logits.minLength;
  }

  function buildExportButtons(t) {
    const tools = {
      'function-tools': ['value', 'derivative'],
      'depth-tools': ['depth'],
      'vector-tools': ['vector'],
      'jacobian-tools': ['jacobian'],
    };
    for (const [container, names] of Object.entries(tools)) {
      byId(container).replaceChildren(
        ...names.flatMap((name) => [
          button(doc, t.exportPng(t.chartNames[name]), () => download(doc, `${name}.png`, charts[name].png())),
          button(doc, t.exportCsv(t.chartNames[name]), () => {
            const url = win.URL.createObjectURL(new win.Blob([toCsv(...drawn[name])], { type: 'text/csv' }));
            download(doc, `${name}.csv`, url);
            win.setTimeout(() => win.URL.revokeObjectURL(url), 0);
          }),
        ]),
      );
    }
  }

  function syncControlValues(t) {
    byId('activation').value = state.fn;
    byId('vector-function').value = state.vfn;
    byId('naive-toggle').checked = state.naive;
    byId('log-toggle').checked = state.logy;
    byId('yfix-toggle').checked = state.yfix;
    byId('y-range-fields').hidden = !state.yfix;
    for (const field of doc.querySelectorAll('.field')) field.sync();
    const probe = byId('probe');
    Object.assign(probe, { min: state.xmin, max: state.xmax, step: (state.xmax - state.xmin) / (SAMPLES - 1) });
    setValue(probe, state.px);
    probe.setAttribute('aria-valuetext', `x = ${format(state.px, 6)}`);
    byId('probe-value').textContent = `x = ${format(state.px, 6)}`;
    const slider = byId('temperature-slider');
    setValue(slider, Math.log10(state.t));
    slider.setAttribute('aria-valuetext', t.temperatureValue(format(state.t)));
    setValue(byId('temperature'), state.t);
  }

  function renderFunction(t) {
    const xs = Float64Array.from({ length: SAMPLES }, (_, i) => state.xmin + ((state.xmax - state.xmin) * i) / (SAMPLES - 1));
    const shown = shownRows();
    const curves = shown.map((row) => evaluate(row, xs));
    const main = shown[0];
    const naive = state.naive && main.hasNaive ? act.evaluate(main.id, xs, parametersOf(main), { naive: true }) : undefined;
    const names = shown.map((row) => functionName(t, row));
    const notes = [];
    for (const which of ['value', 'derivative']) {
      const series = curves.map((curve, i) => ({ ys: curve[which], color: colors.series[i] }));
      if (naive) {
        const broken = brokenPoints(curves[0][which], naive[which]);
        const markers = new Float64Array(xs.length).fill(NaN);
        for (const i of broken) markers[i] = curves[0][which][i];
        series.push({ ys: naive[which], color: colors.naive, dashed: true }, { ys: markers, color: colors.broken, markersOnly: true });
        if (broken.length) {
          const intervals = brokenIntervals(xs, broken).map(([from, to]) => `[${format(from)}, ${format(to)}]`);
          notes.push(t.naiveBreaks(t.naiveWhat[which], broken.length, intervals.join(', ')));
        }
      }
      const fixed = state.yfix && !state.logy ? { yMin: state.ymin, yMax: state.ymax } : {};
      charts[which].update(xs, series, { xMin: state.xmin, xMax: state.xmax, logScale: state.logy, probe: state.px, ...fixed });
      const caption = which === 'value' ? t.valueCaption(names.join(', ')) : t.derivativeCaption(names.join(', '));
      const { min, max } = charts[which].yRange();
      byId(`${which}-caption`).textContent = caption;
      byId(`${which}-chart`).setAttribute('aria-label', t.chartDescription(caption, format(state.xmin), format(state.xmax), format(min), format(max)));
      drawn[which] = [[t.columns.x, ...names], Array.from(xs, (x, i) => [x, ...curves.map((curve) => curve[which][i])])];
    }
    byId('naive-note').textContent = !state.naive ? '' : !main.hasNaive ? t.naiveUnavailable : notes.length ? `${notes.join(' ')} ${t.naiveMeaning}` : t.naiveAgrees;
    const every = Math.ceil(SAMPLES / DATA_TABLE_ROWS);
    const header = [t.columns.x, ...names.flatMap((name) => [`${name}: f(x)`, `${name}: f′(x)`])];
    const tableRows = [];
    for (let i = 0; i < SAMPLES; i += every) tableRows.push([format(xs[i], 6), ...curves.flatMap((c) => [format(c.value[i], 6), format(c.derivative[i], 6)])]);
    fillTable(doc, byId('function-data'), header, tableRows);
  }

  function renderProbe(t) {
    const readout = shownRows().map((row) => {
      const { value, derivative } = evaluate(row, [state.px]);
      return [functionName(t, row), format(value[0], 6), format(derivative[0], 6)];
    });
    fillTable(doc, byId('probe-readout'), t.probeColumns, readout);
  }

  function renderDepth(t) {
    const layers = Float64Array.from({ length: state.depth }, (_, i) => i + 1);
    const shown = shownRows();
    const gradients = shown.map((row) => gradientsThroughLayers((xs) => evaluate(row, xs), [state.px], state.depth)[0]);
    charts.depth.update(layers, gradients.map((ys, i) => ({ ys, color: colors.series[i] })), { xMin: 1, xMax: Math.max(2, state.depth), logScale: true });
    const caption = t.depthCaption(format(state.px, 6));
    byId('depth-caption').textContent = caption;
    const readout = shown.map((row, i) => t.depthReadout(functionName(t, row), state.depth, format(gradients[i][state.depth - 1])));
    byId('depth-chart').setAttribute('aria-label', `${caption}. ${readout.join('; ')}`);
    byId('depth-readout').replaceChildren(...readout.map((text) => Object.assign(doc.createElement('li'), { textContent: text })));
    drawn.depth = [[t.columns.layers, ...shown.map((row) => functionName(t, row))], Array.from(layers, (n, i) => [n, ...gradients.map((g) => g[i])])];
  }

  function renderVector(t) {
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

    const n = state.logits.length;
    const jacobian = act.softmaxJacobian(state.logits, state.t);
    charts.jacobian.update(jacobian, n);
    byId('jacobian').setAttribute('aria-label', t.jacobianDescription(n));
    const matrixRows = state.logits.map((_, i) => [labels[i], ...Array.from(jacobian.subarray(i * n, (i + 1) * n), (v) => format(v, 4))]);
    fillTable(doc, byId('jacobian-data'), [t.columns.row, ...labels], matrixRows);
    drawn.jacobian = [[t.columns.row, ...state.logits], state.logits.map((z, i) => [z, ...jacobian.subarray(i * n, (i + 1) * n)])];
  }

  // Series and chart colours come from the style sheet, so the dark scheme can change them.
  function readColors() {
    const style = win.getComputedStyle(doc.documentElement);
    const read = (name) => style.getPropertyValue(name).trim();
    Chart.defaults.color = read('--chart-text');
    Chart.defaults.borderColor = read('--chart-grid');
    for (const chart of [charts.vector, charts.temperatureOne, charts.temperatureTwo]) chart.setColors(read('--bars'), read('--bars-highlight'));
    return { series: [1, 2, 3, 4].map((i) => read(`--series-${i}`)), naive: read('--naive'), broken: read('--broken') };
  }

  function pointerProbe(chart) {
    return (event) => {
      if (event.type === 'pointermove' && event.buttons === 0) return;
      update({ px: chart.xAt(event.offsetX) });
    };
  }

  byId('language').addEventListener('change', (event) => update({ lang: event.target.value }, { record: true }));
  byId('activation').addEventListener('change', (event) => {
    update({ fn: event.target.value, cmp: state.cmp.filter((id) => id !== event.target.value) }, { record: true });
  });
  byId('compare-add').addEventListener('change', (event) => {
    if (event.target.value) update({ cmp: [...state.cmp, event.target.value] }, { record: true });
  });
  byId('vector-function').addEventListener('change', (event) => update({ vfn: event.target.value }, { record: true }));
  byId('naive-toggle').addEventListener('change', (event) => update({ naive: event.target.checked }, { record: true }));
  byId('log-toggle').addEventListener('change', (event) => update({ logy: event.target.checked }, { record: true }));
  byId('yfix-toggle').addEventListener('change', (event) => update({ yfix: event.target.checked }, { record: true }));
  byId('probe').addEventListener('input', (event) => update({ px: event.target.valueAsNumber }));
  for (const which of ['value', 'derivative']) {
    const canvas = byId(`${which}-chart`);
    canvas.addEventListener('pointerdown', pointerProbe(charts[which]));
    canvas.addEventListener('pointermove', pointerProbe(charts[which]));
  }
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
    update({ logits: [...state.logits, Math.min(property('logits').max, state.logits.at(-1) + 1)] }, { record: true });
  });
  byId('remove-logit').addEventListener('click', () => update({ logits: state.logits.slice(0, -1) }, { record: true }));
  byId('copy-link').addEventListener('click', () => copyText(win.location.href, byId('copy-status'), texts().linkCopied));
  byId('embed-open').addEventListener('click', openEmbedDialog);
  for (const copy of doc.querySelectorAll('.copy-snippet')) {
    copy.addEventListener('click', () => copyText(byId(copy.dataset.snippet).value, byId('embed-status'), texts().snippetCopied));
  }
  const restore = () => {
    state = parseHash(win.location.hash, properties);
    render();
  };
  win.addEventListener('hashchange', restore);
  win.addEventListener('popstate', restore);
  win.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    colors = readColors();
    builtFor = {};
    render();
  });

  render();
  byId('status').hidden = true;
}
