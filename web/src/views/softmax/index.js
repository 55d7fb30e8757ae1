// The softmax view: a vector function (softmax, log-softmax, softmin) of editable logits at a
// temperature, as bars to drag, with the entropy; the notebook's temperature 1 beside 2 on one
// scale; and the Jacobian of the chosen function on a fixed colour scale. Its markup follows
// the state (one lit-html template); its charts redraw at most once a frame.
import { html, nothing, render } from 'lit-html';

import { describeRow } from '../../catalogue/index.js';
import { createBarChart } from '../../charts/barChart.js';
import { createHeatmap } from '../../charts/heatmap.js';
import { entropy } from '../../entropy.js';
import { formulaLoader } from '../../formulaLoader.js';
import { fileNumber, formatNumber } from '../../format.js';
import { renderWhileActive } from '../../frame.js';
import { scratchArrays } from '../../scratch.js';
import { toCsv } from '../../tables.js';
import { numberField } from '../../ui/fields.js';
import { tabList } from '../../ui/tabs.js';
import { logitForOutput } from './logitForOutput.js';

const LOGIT_KEY_STEP = 0.5;
const KEY_STEPS = { ArrowUp: LOGIT_KEY_STEP, ArrowRight: LOGIT_KEY_STEP, ArrowDown: -LOGIT_KEY_STEP, ArrowLeft: -LOGIT_KEY_STEP };
const PANES = ['explanation', 'formula', 'data'];
// The |entry| drawn in full colour: softmax's and softmin's entries reach 1/4 at T = 1
// (p(1 - p) <= 1/4); log-softmax's reach 1 (delta_ij - p_j), and so do sparsemax's and
// entmax15's (delta_ij - 1/|S| on a support S, and below it).
const JACOBIAN_LIMITS = { log_softmax: 1, sparsemax: 1, entmax15: 1 };
const JACOBIAN_LIMIT = 0.25;
const DRAGGED_LOGIT_STEP = 0.01;
// Softmax and its sparse alternatives, side by side at the same logits and temperature.
const SPARSE_FAMILY = ['softmax', 'sparsemax', 'entmax15'];

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n) => String(n).replace(/\d/g, (d) => SUBSCRIPTS[d]);
/** The name of logit i (from 0): z₁, z₂, ... */
export const logitName = (i) => `z${subscript(i + 1)}`;

export function mountSoftmaxView(root, app, active) {
  const { act, store, doc } = app;
  const { update } = store;
  const rows = act.catalog().filter((row) => row.kind === 'vector');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const logitLimits = store.property('logits');
  const temperatureLimits = store.property('t');
  let drawn = {};

  const setLogit = (index, value) => {
    const clamped = Math.min(logitLimits.max, Math.max(logitLimits.min, value));
    update({ logits: store.state.peek().logits.map((z, i) => (i === index ? clamped : z)) });
  };
  const isProbability = (row) => row.range.min === 0 && row.range.max === 1;
  const formulaOf = formulaLoader(doc);
  // The charts' outputs go into arrays reused frame after frame (dragging a bar allocates none).
  const take = scratchArrays();
  const outputs = (state, temperature, out) => act.evaluateVector(state.vfn, state.logits, temperature, { out });
  const fileBase = (state) => `${state.vfn}_t-${fileNumber(state.t)}_logits-${state.logits.map(fileNumber).join('_')}`;

  function onBarKey(event, index) {
    const step = KEY_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setLogit(index, store.state.peek().logits[index] + step);
  }

  function onDrag(index, target) {
    const state = store.state.peek();
    const z = logitForOutput((logits) => act.evaluateVector(state.vfn, logits, state.t), state.logits, index, target, logitLimits);
    setLogit(index, Math.round(z / DRAGGED_LOGIT_STEP) * DRAGGED_LOGIT_STEP);
  }

  function exportPng(which) {
    const state = store.state.peek();
    const t = app.texts.peek();
    const name = describeRow(app.lang.peek(), byId.get(state.vfn)).name;
    const title = which === 'jacobian' ? t.jacobianTitle(name, formatNumber(state.t, t.htmlLang)) : t.vectorCaption(name, formatNumber(state.t, t.htmlLang));
    app.download(`${fileBase(state)}_${which}.png`, charts[which].png({ title }));
  }

  function exportCsv(which) {
    const { header, rows: lines } = drawn[which];
    app.downloadText(`${fileBase(store.state.peek())}_${which}.csv`, toCsv(header, lines), 'text/csv');
  }

  function template() {
    const state = store.state.value;
    const t = app.texts.value;
    const lang = app.lang.value;
    const row = byId.get(state.vfn);
    const texts = describeRow(lang, row);
    const n = state.logits.length;
    const values = outputs(state, state.t);
    const probabilities = isProbability(row) ? values : values.map(Math.exp);
    const cell = (v) => formatNumber(v, t.htmlLang, 4);
    const pane = PANES.includes(state.tab) ? state.tab : PANES[0];
    const panel = (id, content) =>
      html`<div role="tabpanel" id=${`sm-panel-${id}`} aria-labelledby=${`sm-tab-${id}`} class="pane" ?hidden=${pane !== id} tabindex="0">
        ${pane === id ? content() : nothing}
      </div>`;
    const jacobian = pane === 'data' ? act.jacobian(state.vfn, state.logits, state.t) : null;
    return html`<div class="workbench">
      <div class="controls" role="group" aria-label=${t.controlsLabel}>
        <div class="card">
          <label class="stacked"
            ><span>${t.vectorFunctionLabel}</span>
            <select @change=${(event) => update({ vfn: event.target.value }, { record: true })}>
              ${rows.map((r) => html`<option value=${r.id} ?selected=${r.id === state.vfn}>${describeRow(lang, r).name}</option>`)}
            </select></label
          >
          <div class="field with-slider temperature">
            <label for="temperature">${t.temperatureLabel}</label>
            <input
              id="temperature"
              type="number"
              step="any"
              min=${temperatureLimits.min}
              max=${temperatureLimits.max}
              .value=${String(state.t)}
              @change=${(event) => {
                const value = event.target.valueAsNumber;
                const applied = Number.isFinite(value) && value > 0 ? Math.min(temperatureLimits.max, Math.max(temperatureLimits.min, value)) : state.t;
                update({ t: applied }, { record: true });
                event.target.value = String(applied);
              }}
            />
            <input
              type="range"
              aria-label=${t.temperatureLabel}
              min="-2"
              max="2"
              step="0.01"
              .value=${String(Math.log10(state.t))}
              aria-valuetext=${t.temperatureValue(formatNumber(state.t, t.htmlLang))}
              @input=${(event) => update({ t: Number((10 ** event.target.valueAsNumber).toPrecision(3)) })}
            />
          </div>
        </div>
        <fieldset class="card logits">
          <legend>${t.logitsLegend}</legend>
          <div class="logit-fields">
            ${state.logits.map((z, index) =>
              numberField({ id: `logit-${index}`, label: logitName(index), value: z, limits: logitLimits, write: (value) => setLogit(index, value) }),
            )}
          </div>
          <div class="button-row">
            <button
              type="button"
              ?disabled=${n >= logitLimits.maxLength}
              @click=${() => update({ logits: [...state.logits, Math.min(logitLimits.max, state.logits.at(-1) + 1)] }, { record: true })}
            >
              ${t.addLogit}
            </button>
            <button type="button" ?disabled=${n <= logitLimits.minLength} @click=${() => update({ logits: state.logits.slice(0, -1) }, { record: true })}>
              ${t.removeLogit}
            </button>
          </div>
        </fieldset>
      </div>
      <div class="stage">
        <div class="chart-pair">
          <figure class="chart">
            <div class="chart-head"><figcaption>${t.vectorCaption(texts.name, formatNumber(state.t, t.htmlLang))}</figcaption></div>
            <div class="chart-box"><canvas id="softmax-chart" class="draggable-bars" role="img"></canvas></div>
          </figure>
          <figure class="chart jacobian">
            <div class="chart-head"><figcaption>${t.jacobianTitle(texts.name, formatNumber(state.t, t.htmlLang))}</figcaption></div>
            <div class="chart-box"><canvas id="jacobian-chart" role="img"></canvas></div>
            <p class="hint">${t.jacobianScale(formatNumber(JACOBIAN_LIMITS[row.id] ?? JACOBIAN_LIMIT, t.htmlLang))}</p>
          </figure>
        </div>
        <p class="readout-line">${t.entropy(entropy(probabilities), Math.log(n), t.htmlLang)}</p>
        <p class="hint" id="bars-hint">${t.barsHint}</p>
        <div class="bar-sliders" role="group" aria-label=${t.logitsLegend} aria-describedby="bars-hint">
          ${state.logits.map(
            (z, i) => html`<div
              tabindex="0"
              role="slider"
              aria-label=${logitName(i)}
              aria-valuemin=${logitLimits.min}
              aria-valuemax=${logitLimits.max}
              aria-valuenow=${z}
              aria-valuetext=${t.output(logitName(i), cell(z), cell(values[i]))}
              @keydown=${(event) => onBarKey(event, i)}
            >
              ${t.output(logitName(i), cell(z), cell(values[i]))}
            </div>`,
          )}
        </div>
        <div class="chart-tools" data-part="export">
          <button type="button" @click=${() => exportPng('vector')}>${t.exportPng(t.chartNames.vector)}</button>
          <button type="button" @click=${() => exportPng('jacobian')}>${t.exportPng(t.chartNames.jacobian)}</button>
          <button type="button" @click=${() => exportCsv('vector')}>${t.exportCsv(t.chartNames.vector)}</button>
          <button type="button" @click=${() => exportCsv('jacobian')}>${t.exportCsv(t.chartNames.jacobian)}</button>
        </div>
        <h2 class="section-heading">${t.comparisonHeading}</h2>
        <div class="chart-pair">
          ${[1, 2].map(
            (temperature) => html`<figure class="chart">
              <div class="chart-head"><figcaption>${t.temperatureCaption(formatNumber(temperature, t.htmlLang))}</figcaption></div>
              <div class="chart-box short"><canvas id=${`softmax-t${temperature}-chart`} role="img"></canvas></div>
            </figure>`,
          )}
        </div>
        <h2 class="section-heading">${t.sparseHeading(formatNumber(state.t, t.htmlLang))}</h2>
        <div class="chart-trio">
          ${SPARSE_FAMILY.map((id) => {
            const outputs = act.evaluateVector(id, state.logits, state.t);
            const support = outputs.filter((p) => p > 0).length;
            return html`<figure class="chart">
              <div class="chart-head">
                <figcaption>${describeRow(lang, byId.get(id)).name}: ${t.support(support, n)}</figcaption>
              </div>
              <div class="chart-box short"><canvas id=${`sparse-${id}-chart`} role="img"></canvas></div>
              <p class="hint">${t.sparseNotes[id]}</p>
            </figure>`;
          })}
        </div>
        <div class="panes">
          ${tabList({ prefix: 'sm', label: t.panesLabel, tabs: PANES.map((id) => ({ id, text: t.panes[id] })), selected: pane, select: (tab) => update({ tab }, { record: true }), className: 'tabs panes-tabs' })}
          ${panel('explanation', () => html`<p class="explanation">${texts.explanation}</p><p class="explanation">${t.jacobianExplanation}</p>`)}
          ${panel('formula', () => html`<div class="formula">${formulaOf(row)}</div>`)}
          ${panel(
            'data',
            () => html`<div class="table-scroll" tabindex="0">
                <table>
                  <thead><tr><th scope="col">${t.columns.logit}</th><th scope="col">z</th><th scope="col">${texts.name}</th></tr></thead>
                  <tbody>${state.logits.map((z, i) => html`<tr><th scope="row">${logitName(i)}</th><td>${cell(z)}</td><td>${cell(values[i])}</td></tr>`)}</tbody>
                </table>
              </div>
              <div class="table-scroll" tabindex="0">
                <table>
                  <caption>${t.jacobianTitle(texts.name, formatNumber(state.t, t.htmlLang))}</caption>
                  <thead><tr><th scope="col">∂yᵢ/∂zⱼ</th>${state.logits.map((_, j) => html`<th scope="col">${logitName(j)}</th>`)}</tr></thead>
                  <tbody>
                    ${state.logits.map(
                      (_, i) => html`<tr><th scope="row">${`y${subscript(i + 1)}`}</th>${state.logits.map((__, j) => html`<td>${cell(jacobian[i * n + j])}</td>`)}</tr>`,
                    )}
                  </tbody>
                </table>
              </div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  const disposeMarkup = renderWhileActive(root, active, template);
  const charts = {
    vector: createBarChart(root.querySelector('#softmax-chart'), { onDrag }),
    temperatureOne: createBarChart(root.querySelector('#softmax-t1-chart')),
    temperatureTwo: createBarChart(root.querySelector('#softmax-t2-chart')),
    ...Object.fromEntries(SPARSE_FAMILY.map((id) => [id, createBarChart(root.querySelector(`#sparse-${id}-chart`))])),
    jacobian: createHeatmap(root.querySelector('#jacobian-chart')),
  };

  function draw({ active: isActive, state, t, sizes, colors, lang }) {
    if (!isActive) return;
    const row = byId.get(state.vfn);
    const name = describeRow(lang, row).name;
    const labels = state.logits.map((_, i) => logitName(i));
    const n = labels.length;
    const probability = isProbability(row);
    const atTemperature = [state.t, 1, 2].map((temperature, i) => outputs(state, temperature, take(`temperature ${i}`, n)));
    // One y scale for the three charts: [0, 1] for probabilities, else room for every bar.
    const lowest = Math.min(...atTemperature.flatMap((values) => Array.from(values)));
    const [yMin, yMax] = probability ? [0, 1] : [Math.min(-1, lowest * 1.18), 0];
    const drawBars = (chart, canvasId, values, temperature) => {
      const largest = Math.max(...values);
      chart.update({
        labels,
        values,
        yMin,
        yMax,
        highlight: labels.map((_, i) => i).filter((i) => values[i] === largest),
        texts: Array.from(values, (v) => formatNumber(v, t.htmlLang, 4)),
        reference: probability ? 1 / n : null,
        titles: { x: t.columns.logit, y: name },
        sizes,
        colors,
        locale: t.htmlLang,
      });
      const list = Array.from(values, (v, i) => t.output(labels[i], formatNumber(state.logits[i], t.htmlLang), formatNumber(v, t.htmlLang, 4)));
      root.querySelector(`#${canvasId}`).setAttribute('aria-label', t.barDescription(name, formatNumber(temperature, t.htmlLang), formatNumber(yMin, t.htmlLang), formatNumber(yMax, t.htmlLang), list.join('; ')));
    };
    drawBars(charts.vector, 'softmax-chart', atTemperature[0], state.t);
    drawBars(charts.temperatureOne, 'softmax-t1-chart', atTemperature[1], 1);
    drawBars(charts.temperatureTwo, 'softmax-t2-chart', atTemperature[2], 2);
    for (const id of SPARSE_FAMILY) {
      const values = act.evaluateVector(id, state.logits, state.t, { out: take(id, n) });
      charts[id].update({
        labels,
        values,
        yMin: 0,
        yMax: 1,
        removed: labels.map((_, i) => i).filter((i) => values[i] === 0),
        texts: Array.from(values, (v) => formatNumber(v, t.htmlLang, 2)),
        reference: 1 / n,
        titles: { x: t.columns.logit, y: describeRow(lang, byId.get(id)).name },
        sizes,
        colors,
        locale: t.htmlLang,
      });
      const list = Array.from(values, (v, i) => t.output(labels[i], formatNumber(state.logits[i], t.htmlLang), formatNumber(v, t.htmlLang, 4)));
      root.querySelector(`#sparse-${id}-chart`).setAttribute('aria-label', t.barDescription(describeRow(lang, byId.get(id)).name, formatNumber(state.t, t.htmlLang), '0', '1', list.join('; ')));
    }
    const matrix = act.jacobian(state.vfn, state.logits, state.t);
    charts.jacobian.update({
      matrix,
      n,
      rowLabels: labels.map((_, i) => `y${subscript(i + 1)}`),
      columnLabels: labels,
      limit: JACOBIAN_LIMITS[row.id] ?? JACOBIAN_LIMIT,
      sizes,
      colors,
      locale: t.htmlLang,
    });
    root.querySelector('#jacobian-chart').setAttribute('aria-label', t.jacobianDescription(name, n));
    drawn = {
      vector: { header: [t.columns.logit, 'z', name], rows: state.logits.map((z, i) => [labels[i], z, atTemperature[0][i]]) },
      jacobian: { header: ['', ...labels], rows: labels.map((_, i) => [`y${i + 1}`, ...matrix.subarray(i * n, (i + 1) * n)]) },
    };
  }

  const inputs = () => ({
    active: active.value,
    state: store.state.value,
    t: app.texts.value,
    sizes: app.sizes.value,
    colors: app.colors.value,
    lang: app.lang.value,
  });
  const disposers = [disposeMarkup, app.frame(inputs, draw)];
  return {
    resize: () => draw(inputs()),
    dispose() {
      disposers.forEach((dispose) => dispose());
      Object.values(charts).forEach((chart) => chart.destroy());
      render(nothing, root);
    },
  };
}
