// The functions view: the function and its derivative side by side, with the controls that
// move them beside the charts, a probe to drag, and panes under them (explanation, formula,
// properties, the gradient through stacked layers, the data). Its markup follows the state
// (one lit-html template); its charts redraw at most once a frame, from what they read.
import { computed, signal } from '@preact/signals-core';
import { html, nothing, render } from 'lit-html';

import { describeRow } from '../../catalogue/index.js';
import { createLineChart } from '../../charts/lineChart.js';
import { DASHES } from '../../charts/theme.js';
import { gradientsThroughLayers } from '../../depth.js';
import { formulaLoader } from '../../formulaLoader.js';
import { fileNumber, formatNumber } from '../../format.js';
import { renderWhileActive } from '../../frame.js';
import { brokenIntervals, brokenPoints } from '../../naive.js';
import { scratchArrays } from '../../scratch.js';
import { parameterKey } from '../../state.js';
import { toCsv } from '../../tables.js';
import { cardsTemplate, swatch, viewOptionsTemplate } from './controls.js';
import { curve, evaluateRow, isGated, parametersOf } from './curves.js';
import { panesTemplate } from './panes.js';
import { createPicker } from './picker.js';
import { extent, logInterval, yInterval } from './yRange.js';

const TABLE_ROWS = 41;
const FEWEST_SAMPLES = 101;
// Samples 1.5 px apart: Chart.js draws two points that fall in one pixel column as a short
// vertical stroke, which a thick line shows as a notch.
const PIXELS_PER_SAMPLE = 1.5;
const MOST_SAMPLES = 1201;
const NAIVE_DASH = [9, 5];

/** `count` evenly spaced points from low to high, into `target` (by default a new array). */
function grid(low, high, count, target = new Float64Array(count)) {
  for (let i = 0; i < count; i += 1) target[i] = low + ((high - low) * i) / (count - 1);
  return target;
}

// x as a reader wants it from a pointer: to a thousandth of the plotted span, in a round step.
const readingStep = (state) => 10 ** Math.floor(Math.log10((state.xmax - state.xmin) / 1000));
const roundForReading = (x, state) => {
  const step = readingStep(state);
  return Number((Math.round(x / step) * step).toPrecision(12));
};

export function mountFunctionsView(root, app, active) {
  const { act, store, doc } = app;
  const { update } = store;
  // Element-wise rows, and gated ones drawn over their gate input.
  const rows = act.catalog().filter((row) => row.kind === 'elementwise' || isGated(row));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const maxCompared = store.property('cmp').maxLength;
  const hoverX = signal(null);
  // Written by the chart drawing, read by the markup: what the notebook's formula got wrong.
  const naiveBreaks = signal({ value: [], derivative: [] });
  const drawn = {};

  const shownRows = computed(() => {
    const { fn, cmp } = store.state.value;
    return [fn, ...cmp].map((id) => byId.get(id));
  });
  const picker = createPicker({
    act,
    rows,
    choose: (id, mode) => {
      const { cmp } = store.state.peek();
      if (mode === 'main') update({ fn: id, cmp: cmp.filter((other) => other !== id) }, { record: true });
      else update({ cmp: [...cmp, id] }, { record: true });
    },
  });

  const names = (lang, shown) => shown.map((row) => describeRow(lang, row).name);
  // f(x) and f′(x), or f(a; b) and ∂f/∂b where the main function is gated.
  const axisTitles = (t, shown) => (isGated(shown[0]) ? t.axisTitlesGated : t.axisTitles);
  const dataHeader = (t, lang, shown) => [t.columns.x, ...names(lang, shown).flatMap((name) => [`${name}: f(x)`, `${name}: f′(x)`])];
  const formulaOf = formulaLoader(doc);

  function fileBase(state, shown) {
    const [main, ...others] = shown;
    const parameters = main.params.map((p) => `_${p.id}-${fileNumber(state[parameterKey(main.id, p.id)])}`).join('');
    return `${main.id}${parameters}${others.length ? `_vs_${others.map((row) => row.id).join('_')}` : ''}`;
  }

  function legendEntries(t, lang, state, shown, colors) {
    const entries = names(lang, shown).map((label, i) => ({ label, color: colors.series[i], dash: DASHES[i] }));
    if (state.naive && shown[0].hasNaive) entries.push({ label: t.naiveLegend, color: colors.naive, dash: NAIVE_DASH });
    return entries;
  }

  function exportPng(which) {
    const state = store.state.peek();
    const shown = shownRows.peek();
    const t = app.texts.peek();
    const lang = app.lang.peek();
    const chart = charts[which];
    const title = which === 'layers' ? t.depthCaption(formatNumber(state.px, t.htmlLang, 4)) : t.chartTitles[which](names(lang, shown).join(', '));
    app.download(`${fileBase(state, shown)}_${which}.png`, chart.png({ title, legend: legendEntries(t, lang, state, shown, app.colors.peek()) }));
  }

  function exportCsv(which) {
    const { header, rows: lines } = drawn[which]();
    app.downloadText(`${fileBase(store.state.peek(), shownRows.peek())}_${which}.csv`, toCsv(header, lines), 'text/csv');
  }

  function probeReadout(t, lang, state, shown) {
    return shown.map((row, i) => {
      const { value, derivative } = evaluateRow(act, row, [state.px], state);
      return { index: i, name: describeRow(lang, row).name, value: formatNumber(value[0], t.htmlLang, 4), derivative: formatNumber(derivative[0], t.htmlLang, 4) };
    });
  }

  function layerGradients(state, shown) {
    return shown.map((row) => gradientsThroughLayers((xs) => evaluateRow(act, row, xs, state), [state.px], state.depth)[0]);
  }

  function chartHead(t, lang, state, shown, which) {
    const key = which === 'value' ? 'fit' : 'dfit';
    const choosable = shown.length > 1 && !state.yfix && !state.logy;
    return html`<div class="chart-head">
      <figcaption id=${`${which}-caption`}>${axisTitles(t, shown)[which]}</figcaption>
      ${choosable
        ? html`<label class="fit" data-part="view"
            ><span>${t.fitLabel}</span>
            <select @change=${(event) => update({ [key]: event.target.value }, { record: true })}>
              ${['auto', 'all'].map((mode) => html`<option value=${mode} ?selected=${state[key] === mode}>${t.fitModes[mode]}</option>`)}
              ${shown.map((row) => html`<option value=${row.id} ?selected=${state[key] === row.id}>${describeRow(lang, row).name}</option>`)}
            </select></label
          >`
        : nothing}
    </div>`;
  }

  function naiveNote(t, state, main) {
    if (!state.naive) return '';
    if (!main.hasNaive) return t.naiveUnavailable;
    const breaks = naiveBreaks.value;
    const parts = ['value', 'derivative']
      .filter((which) => breaks[which].length)
      .map((which) => t.naiveBreaks(t.naiveWhat[which], breaks[which].map(({ from, to }) => `[${formatNumber(from, t.htmlLang, 3)}, ${formatNumber(to, t.htmlLang, 3)}]`).join(', ')));
    return parts.length ? `${parts.join(' ')} ${t.naiveMeaning}` : t.naiveAgrees;
  }

  function template() {
    const state = store.state.value;
    const t = app.texts.value;
    const lang = app.lang.value;
    const shown = shownRows.value;
    const [main] = shown;
    const colors = app.colors.value;
    const step = readingStep(state);
    const readout = probeReadout(t, lang, state, shown);
    // PNG of each chart named, and one CSV of the points they draw.
    const exportButtons = (charted, data) =>
      html`<div class="chart-tools" data-part="export">
        ${charted.map((which) => html`<button type="button" @click=${() => exportPng(which)}>${t.exportPng(t.chartNames[which])}</button>`)}
        <button type="button" @click=${() => exportCsv(data)}>${t.exportCsv(t.chartNames[data])}</button>
      </div>`;
    const controlsHidden = ['pickers', 'parameters'].every((part) => state.hide.includes(part));
    return html`<div class="workbench${controlsHidden ? ' no-controls' : ''}">
      <div class="controls" role="group" aria-label=${t.controlsLabel}>${cardsTemplate({ store, picker, maxCompared }, t, lang, state, shown)}</div>
      <div class="stage">
        ${viewOptionsTemplate({ store }, t, state, main)}
        <ul class="legend" aria-label=${t.legendLabel}>
          ${legendEntries(t, lang, state, shown, colors).map(
            (entry, i) => html`<li>${i < shown.length ? swatch(i) : html`<svg class="swatch naive" viewBox="0 0 32 12" aria-hidden="true"><line x1="1" y1="6" x2="31" y2="6" stroke-dasharray=${NAIVE_DASH.join(' ')}></line></svg>`}${entry.label}</li>`,
          )}
        </ul>
        <div class="chart-pair">
          ${['value', 'derivative'].map(
            (which) => html`<figure class="chart">
              ${chartHead(t, lang, state, shown, which)}
              <div class="chart-box"><canvas id=${`${which}-chart`} role="img"></canvas></div>
            </figure>`,
          )}
        </div>
        <p class="note" aria-live="polite">${naiveNote(t, state, main)}</p>
        <div class="probe-bar" data-part="probe">
          <div class="probe-control">
            <label for="probe">${t.probeLabel}</label>
            <input
              id="probe"
              type="range"
              min=${state.xmin}
              max=${state.xmax}
              step=${step}
              .value=${String(state.px)}
              aria-valuetext=${`${axisTitles(t, shown).x} = ${formatNumber(state.px, t.htmlLang, 4)}`}
              @input=${(event) => update({ px: event.target.valueAsNumber })}
            />
          </div>
          <p class="probe-readout" aria-live="polite">
            <span class="probe-x">${axisTitles(t, shown).x} = ${formatNumber(state.px, t.htmlLang, 4)}</span>
            ${readout.map(
              (r) => html`<span class="probe-entry">${swatch(r.index)}<span class="probe-name">${r.name}</span> <span>${axisTitles(t, shown).value} = ${r.value}</span>
                  <span>${axisTitles(t, shown).derivative} = ${r.derivative}</span></span
                >`,
            )}
          </p>
        </div>
        ${exportButtons(['value', 'derivative'], 'data')}
        ${panesTemplate(t, lang, { selected: state.tab, select: (tab) => update({ tab }, { record: true }), hide: state.hide }, {
            main,
            formulas: () => formulaOf(main),
            probe: state.px,
            depth: {
              value: state.depth,
              limits: store.property('depth'),
              write: (depth) => update({ depth: Math.round(depth) }),
              readout: () => {
                const gradients = layerGradients(state, shown);
                return shown.map((row, i) => t.depthReadout(describeRow(lang, row).name, state.depth, formatNumber(gradients[i][state.depth - 1], t.htmlLang, 3)));
              },
            },
            layersCanvas: html`<div class="chart-box"><canvas id="layers-chart" role="img"></canvas></div>${exportButtons(['layers'], 'layers')}`,
            tableHeader: dataHeader(t, lang, shown),
            tableRows: () => {
              const xs = grid(state.xmin, state.xmax, TABLE_ROWS);
              const curves = shown.map((row) => evaluateRow(act, row, xs, state));
              const cell = (v) => formatNumber(v, t.htmlLang, 6);
              return Array.from(xs, (x, i) => [cell(x), ...curves.flatMap((c) => [cell(c.value[i]), cell(c.derivative[i])])]);
            },
          })}
      </div>
      ${picker.template(t, lang, shown.map((row) => row.id))}
    </div>`;
  }

  const disposeMarkup = renderWhileActive(root, active, template);

  const onProbe = (x) => update({ px: roundForReading(x, store.state.peek()) });
  const onHover = (x) => {
    hoverX.value = x;
  };
  // The frame's own arrays (grid, naive curve), and each shown row's, by its place in the legend.
  const take = scratchArrays();
  const rowArrays = [];
  const charts = {
    value: createLineChart(root.querySelector('#value-chart'), { onProbe, onHover }),
    derivative: createLineChart(root.querySelector('#derivative-chart'), { onProbe, onHover }),
    layers: null,
  };
  // The layers pane comes and goes with the embed's `hide`: its chart follows its canvas.
  let layersCanvas = null;
  function layersChart() {
    const canvas = root.querySelector('#layers-chart');
    if (canvas !== layersCanvas) {
      charts.layers?.destroy();
      charts.layers = canvas && createLineChart(canvas);
      layersCanvas = canvas;
    }
    return charts.layers;
  }

  const inputs = () => ({
    active: active.value,
    state: store.state.value,
    shown: shownRows.value,
    t: app.texts.value,
    sizes: app.sizes.value,
    colors: app.colors.value,
    lang: app.lang.value,
  });

  function drawCharts({ active: isActive, state, shown, t, sizes, colors, lang }) {
    if (!isActive) return;
    const count = Math.min(MOST_SAMPLES, Math.max(FEWEST_SAMPLES, 2 * Math.round(charts.value.plotWidth() / (2 * PIXELS_PER_SAMPLE)) + 1));
    // Each frame writes into the arrays of the one before: dragging a slider allocates none.
    const xs = grid(state.xmin, state.xmax, count, take('grid', count));
    const curves = shown.map((row, i) => curve(act, row, xs, state, (rowArrays[i] ??= scratchArrays())));
    const [main] = shown;
    const mainXs = curves[0].xs;
    const naive =
      state.naive && main.hasNaive
        ? act.evaluate(main.id, mainXs, parametersOf(state, main), { naive: true, out: { value: take('naive value', mainXs.length), derivative: take('naive derivative', mainXs.length) } })
        : null;
    const breaks = {};
    const gated = isGated(main);
    for (const which of ['value', 'derivative']) {
      const series = curves.map((c, i) => ({ xs: c.xs, ys: c[`${which}Shown`], color: colors.series[i], dash: DASHES[i] }));
      breaks[which] = naive ? brokenIntervals(mainXs, brokenPoints(curves[0][which], naive[which])).map(([from, to]) => ({ from, to })) : [];
      const [yMin, yMax] = yLimits(state, which, shown, series.map((s) => s.ys), naive?.[which]);
      if (naive) {
        // On a log axis a derivative collapsed to 0 is drawn dropping to the bottom.
        const ys = state.logy ? naive[which].map((v) => (v === 0 ? yMin : v)) : naive[which];
        series.push({ xs: mainXs, ys, color: colors.naive, dash: NAIVE_DASH, width: sizes.line - 1 });
      }
      const shownSeries = state.logy ? series.map((s) => ({ ...s, ys: Float64Array.from(s.ys, Math.abs) })) : series;
      const titles = state.logy && !gated ? t.axisTitlesLog : axisTitles(t, shown);
      charts[which].update({
        xs,
        series: shownSeries,
        xMin: state.xmin,
        xMax: state.xmax,
        yMin,
        yMax,
        logScale: state.logy,
        bands: breaks[which],
        probe: state.px,
        titles: { x: axisTitles(t, shown).x, y: titles[which] },
        sizes,
        colors,
        locale: t.htmlLang,
      });
      const chartNames = names(lang, shown).join(', ');
      root.querySelector(`#${which}-chart`).setAttribute(
        'aria-label',
        t.chartDescription(t.chartTitles[which](chartNames), formatNumber(state.xmin, t.htmlLang), formatNumber(state.xmax, t.htmlLang), formatNumber(yMin, t.htmlLang), formatNumber(yMax, t.htmlLang)),
      );
    }
    // The CSV of the points drawn: the grid, with every function's values there.
    drawn.data = () => {
      const points = grid(state.xmin, state.xmax, count); // its own: the frame's are reused
      const values = shown.map((row) => evaluateRow(act, row, points, state));
      return { header: dataHeader(t, lang, shown), rows: Array.from(points, (x, k) => [x, ...values.flatMap((c) => [c.value[k], c.derivative[k]])]) };
    };
    const breaksText = JSON.stringify(breaks);
    if (breaksText !== JSON.stringify(naiveBreaks.peek())) naiveBreaks.value = breaks;
  }

  function yLimits(state, which, shown, curveYs, naiveYs) {
    if (state.logy) {
      const magnitudes = [...curveYs, ...(naiveYs ? [naiveYs] : [])].map((ys) => extent(Array.from(ys, Math.abs).filter((v) => v > 0)));
      return logInterval(magnitudes);
    }
    if (state.yfix) return [state.ymin, state.ymax];
    const mode = state[which === 'value' ? 'fit' : 'dfit'];
    const fitted = shown.findIndex((row) => row.id === mode);
    return yInterval(curveYs.map(extent), fitted >= 0 ? fitted : mode === 'all' ? 'all' : 'auto');
  }

  function drawCrosshair({ x, active: isActive, state, shown, t, colors }) {
    if (!isActive) return;
    const results = x === null ? [] : shown.map((row) => evaluateRow(act, row, [x], state));
    for (const which of ['value', 'derivative']) {
      const badges = results.map((result, i) => {
        const y = result[which][0];
        return { y: state.logy ? Math.abs(y) : y, color: colors.series[i], text: formatNumber(y, t.htmlLang, 4) };
      });
      charts[which].showCrosshair(x === null ? null : { x, badges });
    }
  }

  function drawLayers({ active: isActive, state, shown, t, sizes, colors, lang }) {
    if (!isActive || state.tab !== 'layers' || state.hide.includes('depth')) return;
    const layers = grid(1, state.depth, state.depth);
    const gradients = layerGradients(state, shown).map((g) => g.map(Math.abs));
    const [yMin, yMax] = logInterval(gradients.map((g) => extent(Array.from(g).filter((v) => v > 0))));
    layersChart().update({
      xs: layers,
      series: gradients.map((ys, i) => ({ ys, color: colors.series[i], dash: DASHES[i] })),
      xMin: 1,
      xMax: Math.max(2, state.depth),
      yMin,
      yMax,
      logScale: true,
      titles: { x: t.depthAxis, y: t.depthGradientAxis },
      sizes,
      colors,
      locale: t.htmlLang,
    });
    root.querySelector('#layers-chart').setAttribute('aria-label', t.depthCaption(formatNumber(state.px, t.htmlLang, 4)));
    drawn.layers = () => ({ header: [t.columns.layers, ...names(lang, shown)], rows: Array.from(layers, (n, i) => [n, ...gradients.map((g) => g[i])]) });
  }

  const disposers = [
    disposeMarkup,
    app.frame(inputs, drawCharts),
    app.frame(() => ({ x: hoverX.value, ...inputs() }), drawCrosshair),
    app.frame(inputs, drawLayers),
  ];
  return {
    /** Redraws the charts after a change of size the signals do not see (the window's). */
    resize: () => drawCharts(inputs()),
    dispose() {
      disposers.forEach((dispose) => dispose());
      Object.values(charts).forEach((chart) => chart?.destroy());
      render(nothing, root);
    },
  };
}
