// The explorer page: one state object, kept in the URL hash, drives three panels (in
// panels/), which build their controls from the catalogue and draw the charts. This module
// owns the state, the history, the page-wide texts, colours, exports and embedding. Only
// it and the panels touch the page's DOM, and every string they write goes in through
// textContent or an attribute, never as HTML.
//
// Each panel is { key(state), inputs(state), translate(t), build(t), render(t) }: translate
// runs when the language changes, build when the panel's key changes (its structure: which
// functions, how many logits), render when the state it reads (inputs) changes. Controls are
// rebuilt only by build, so a control never disappears from under the keyboard focus while
// the user drags or types; a slider redraws only the panels that depend on it.
import { describeRow, familyName } from './catalogue/index.js';
import { createBarChart } from './charts/barChart.js';
import { Chart } from './charts/chartjs.js';
import { createHeatmap } from './charts/heatmap.js';
import { createLineChart } from './charts/lineChart.js';
import { button } from './controls.js';
import { embedSnippets, reportHeight } from './embedding.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';
import { createDepthPanel } from './panels/depthPanel.js';
import { createFunctionPanel } from './panels/functionPanel.js';
import { createVectorPanel } from './panels/vectorPanel.js';
import { parameterKey, parseHash, serializeHash, stateProperties } from './state.js';
import { download, toCsv } from './tables.js';

const URL_WRITE_INTERVAL = 150;

// One formatter per language and precision: building one costs more than formatting with it,
// and a slider event formats a few hundred numbers.
const numberFormats = new Map();
function numberFormat(locale, digits) {
  const key = `${locale}|${digits}`;
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }));
  return numberFormats.get(key);
}

export function startExplorer(act, doc = document) {
  const win = doc.defaultView;
  const byId = (id) => doc.getElementById(id);
  const catalog = act.catalog();
  const rows = new Map(catalog.map((row) => [row.id, row]));
  const properties = stateProperties(catalog, Object.keys(LANGUAGES));
  const language = () => view.state.lang ?? browserLanguage(win.navigator.languages);
  const texts = () => LANGUAGES[language()];

  // What the panels share: the page, the engine, the charts, the current state and colours.
  const view = {
    doc,
    byId,
    act,
    catalog,
    rows,
    state: parseHash(win.location.hash, properties),
    colors: {},
    // The points last drawn, for the CSV exports.
    drawn: {},
    charts: {
      value: createLineChart(byId('value-chart')),
      derivative: createLineChart(byId('derivative-chart')),
      depth: createLineChart(byId('depth-chart')),
      vector: createBarChart(byId('softmax-chart')),
      temperatureOne: createBarChart(byId('softmax-t1-chart')),
      temperatureTwo: createBarChart(byId('softmax-t2-chart')),
      jacobian: createHeatmap(byId('jacobian')),
    },
    property: (key) => properties.find((p) => p.key === key),
    update,
    format: (value, digits = 4) => numberFormat(texts().htmlLang, digits).format(value),
    functionName: (t, row) => describeRow(language(), row).name,
    describe: (row) => describeRow(language(), row),
    familyName: (family) => familyName(language(), family),
    shownRows: () => [view.state.fn, ...view.state.cmp].map((id) => rows.get(id)),
    parametersOf: (row) => Object.fromEntries(row.params.map((p) => [p.id, view.state[parameterKey(row.id, p.id)]])),
    evaluate: (row, xs) => act.evaluate(row.id, xs, view.parametersOf(row)),
  };
  view.colors = readColors();
  const panels = [createFunctionPanel(view), createDepthPanel(view), createVectorPanel(view)];
  let built = { lang: undefined, keys: [], inputs: [] };
  let reportingHeight = false;

  // Discrete choices get a history entry of their own, so the back button restores them;
  // drags and typing replace the current entry instead of flooding the history, at most
  // every URL_WRITE_INTERVAL ms (each history write costs Chromium a few ms).
  let pendingUrlWrite;
  function update(changes, { record = false } = {}) {
    view.state = { ...view.state, ...changes };
    win.clearTimeout(pendingUrlWrite);
    if (record) win.history.pushState(null, '', currentUrl());
    else pendingUrlWrite = win.setTimeout(() => win.history.replaceState(null, '', currentUrl()), URL_WRITE_INTERVAL);
    render();
  }

  const currentUrl = () => serializeHash(view.state, properties) || win.location.pathname + win.location.search;

  function render() {
    const t = texts();
    const languageChanged = language() !== built.lang;
    if (languageChanged) translate(t);
    const keys = panels.map((panel, i) => {
      const key = panel.key(view.state);
      if (languageChanged || key !== built.keys[i]) panel.build(t);
      return key;
    });
    const inputs = panels.map((panel) => panel.inputs(view.state));
    applyEmbedding();
    for (const field of doc.querySelectorAll('.field')) field.sync();
    panels.forEach((panel, i) => {
      if (languageChanged || keys[i] !== built.keys[i] || inputs[i] !== built.inputs[i]) panel.render(t);
    });
    built = { lang: language(), keys, inputs };
  }

  function translate(t) {
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    for (const element of doc.querySelectorAll('[data-text]')) {
      const text = t[element.dataset.text];
      if (typeof text === 'string') element.textContent = text;
    }
    for (const element of doc.querySelectorAll('[data-label]')) element.setAttribute('aria-label', t[element.dataset.label]);
    byId('language').value = language();
    for (const panel of panels) panel.translate(t);
    buildExportButtons(t);
  }

  function buildExportButtons(t) {
    const tools = { 'function-tools': ['value', 'derivative'], 'depth-tools': ['depth'], 'vector-tools': ['vector'], 'jacobian-tools': ['jacobian'] };
    for (const [container, names] of Object.entries(tools)) {
      byId(container).replaceChildren(
        ...names.flatMap((name) => [
          button(doc, t.exportPng(t.chartNames[name]), () => download(doc, `${name}.png`, view.charts[name].png())),
          button(doc, t.exportCsv(t.chartNames[name]), () => {
            const url = win.URL.createObjectURL(new win.Blob([toCsv(...view.drawn[name])], { type: 'text/csv' }));
            download(doc, `${name}.csv`, url);
            win.setTimeout(() => win.URL.revokeObjectURL(url), 0);
          }),
        ]),
      );
    }
  }

  // Embedded: no page chrome, a link to the full explorer, the parts listed in `hide` hidden,
  // and the height reported to the host page.
  function applyEmbedding() {
    const { state } = view;
    for (const element of doc.querySelectorAll('[data-chrome]')) element.hidden = state.embed;
    for (const element of doc.querySelectorAll('[data-part]')) element.hidden = state.hide.includes(element.dataset.part);
    byId('full-explorer-line').hidden = !state.embed;
    byId('full-explorer').href = win.location.pathname + win.location.search + fullViewHash();
    if (state.embed && !reportingHeight) {
      reportingHeight = true;
      reportHeight(win);
    }
  }

  const fullViewHash = () => serializeHash({ ...view.state, embed: false, hide: [] }, properties);

  function openEmbedDialog() {
    const t = texts();
    const main = rows.get(view.state.fn);
    const { iframe, element } = embedSnippets({
      pageUrl: win.location.href.split('#')[0],
      hash: fullViewHash(),
      title: t.frameTitle(view.functionName(t, main)),
      element: { fn: main.id, params: view.parametersOf(main), lang: language() },
    });
    byId('embed-iframe').value = iframe;
    byId('embed-element').value = element;
    byId('embed-status').textContent = '';
    byId('embed-dialog').showModal();
  }

  function copyText(text, status, copiedMessage) {
    win.navigator.clipboard.writeText(text).then(
      () => { status.textContent = copiedMessage; },
      () => { status.textContent = texts().linkCopyFailed; },
    );
  }

  // Series and chart colours come from the style sheet, so the dark scheme can change them.
  function readColors() {
    const style = win.getComputedStyle(doc.documentElement);
    const read = (name) => style.getPropertyValue(name).trim();
    Chart.defaults.color = read('--chart-text');
    Chart.defaults.borderColor = read('--chart-grid');
    const { vector, temperatureOne, temperatureTwo } = view.charts;
    for (const chart of [vector, temperatureOne, temperatureTwo]) chart.setColors(read('--bars'), read('--bars-highlight'));
    return { series: [1, 2, 3, 4].map((i) => read(`--series-${i}`)), naive: read('--naive'), broken: read('--broken') };
  }

  byId('language').addEventListener('change', (event) => update({ lang: event.target.value }, { record: true }));
  byId('copy-link').addEventListener('click', () => copyText(win.location.href, byId('copy-status'), texts().linkCopied));
  byId('embed-open').addEventListener('click', openEmbedDialog);
  for (const copy of doc.querySelectorAll('.copy-snippet')) {
    copy.addEventListener('click', () => copyText(byId(copy.dataset.snippet).value, byId('embed-status'), texts().snippetCopied));
  }
  // Going back to another hash fires both popstate and hashchange: render once.
  const restore = () => {
    win.clearTimeout(pendingUrlWrite); // the address now shows the state to restore
    const restored = parseHash(win.location.hash, properties);
    if (JSON.stringify(restored) === JSON.stringify(view.state)) return;
    view.state = restored;
    render();
  };
  win.addEventListener('hashchange', restore);
  win.addEventListener('popstate', restore);
  win.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    view.colors = readColors();
    built = { lang: undefined, keys: [], inputs: [] };
    render();
  });

  render();
  byId('status').hidden = true;
}
