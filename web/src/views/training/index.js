// The training view: two to four activations trained side by side on one dataset from the same
// initial weights, in WebAssembly. Beside the controls: the loss of each network and its
// decision regions (or fitted curve) on the first screen, then each network's layers' gradient
// norms over the steps, and its hidden layers' dead units, mean and spread. Training runs in
// slices of at most FRAME_BUDGET ms per animation frame (scheduler.js), on the main thread, so
// input and drawing are never held up; the charts redraw a few times a second while it runs.
import { computed, effect, signal } from '@preact/signals-core';
import { html, nothing, render } from 'lit-html';

import { describeRow } from '../../catalogue/index.js';
import { createLineChart } from '../../charts/lineChart.js';
import { createRegionMap } from '../../charts/regionMap.js';
import { DASHES } from '../../charts/theme.js';
import { loadTrainer } from '../../engine.js';
import { formatCount, formatNumber } from '../../format.js';
import { renderWhileActive } from '../../frame.js';
import { parameterKey } from '../../state.js';
import { toCsv } from '../../tables.js';
import { swatch } from '../functions/controls.js';
import { controlsTemplate } from './controls.js';
import { datasetDomain, datasetKind, gridInputs, makeDataset } from './datasets.js';
import { drawGradients, drawLoss, drawRegions, drawStatistics, STATISTICS } from './drawing.js';
import { createScheduler } from './scheduler.js';
import { createSession } from './session.js';

// The decision regions are evaluated on GRID_SIDE x GRID_SIDE points, a fitted curve at CURVE_POINTS.
const GRID_SIDE = 32;
const CURVE_POINTS = 160;
// While training runs, the charts redraw with each snapshot (every 250 ms at most), and at
// least this often.
const REDRAW_INTERVAL = 500;
// Steps per second: measured over windows of this length.
const RATE_WINDOW = 500;
// What makes a new run: the networks and the data. The learning rate, batch size and optimizer
// apply to the next steps of the same run.
const RUN_KEYS = ['train.acts', 'train.layers', 'train.width', 'train.init', 'train.data', 'train.noise', 'train.seed'];

export function mountTrainingView(root, app, active) {
  const { act, store, win } = app;
  const { update } = store;
  const rows = act.catalog().filter((row) => row.kind === 'elementwise');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const lab = signal(null);
  const loadFailed = signal(false);
  // Bumped whenever what the charts and read-outs show has changed.
  const progress = signal(0);
  const rate = signal(null);
  const resets = signal(0);
  // Written by the drawing, read by the markup: the loss chart's y interval, for its description.
  const lossScale = signal([1e-3, 1]);
  let session = null;
  let scheduler = null;
  let shown = null; // the run's dataset as the charts draw it
  let frameRequest = 0;
  let lastDrawn = 0;
  let unshown = false; // trained or evaluated since the charts last redrew
  let rateMark = null;

  loadTrainer().then(
    (trainer) => (lab.value = trainer),
    (error) => {
      loadFailed.value = true;
      console.error(error);
    },
  );

  const parametersOf = (state, id) => Object.fromEntries(byId.get(id).params.map((p) => [p.id, state[parameterKey(id, p.id)]]));
  // The run as plain data: a new run whenever it changes (JSON, so that equal runs compare equal).
  const runSpec = computed(() => {
    const state = store.state.value;
    const spec = Object.fromEntries(RUN_KEYS.map((key) => [key, state[key]]));
    return JSON.stringify({ ...spec, params: state['train.acts'].map((id) => parametersOf(state, id)) });
  });
  const playing = () => store.state.peek()['train.play'];
  const optionsOf = (state) => ({ batchSize: state['train.batch'], learningRate: state['train.lr'], optimizer: state['train.opt'] });

  function startRun(trainer, spec) {
    session?.dispose();
    const kind = datasetKind(spec['train.data']);
    const dataset = makeDataset(spec['train.data'], { seed: spec['train.seed'], noise: spec['train.noise'] });
    const side = kind === 'curve' ? CURVE_POINTS : GRID_SIDE;
    session = createSession(trainer, {
      activations: spec['train.acts'].map((id, i) => ({ id, params: spec.params[i] })),
      layers: [dataset.inputWidth, ...Array(spec['train.layers']).fill(spec['train.width']), 1],
      initialization: spec['train.init'],
      seed: spec['train.seed'],
      dataset,
      grid: { inputs: gridInputs(spec['train.data'], side), count: kind === 'curve' ? side : side * side },
    });
    scheduler = createScheduler(() => win.performance.now());
    const point = kind === 'curve' ? (i) => ({ x: dataset.inputs[i], y: dataset.targets[i] }) : (i) => ({ x: dataset.inputs[2 * i], y: dataset.inputs[2 * i + 1], label: dataset.targets[i] });
    shown = { kind, domain: datasetDomain(spec['train.data']), size: side, points: Array.from({ length: dataset.count }, (_, i) => point(i)) };
    rateMark = null;
    rate.value = null;
    redraw();
    requestFrame();
  }

  // Not a read of `progress` that an effect would track: startRun runs inside one.
  const redraw = () => (progress.value = progress.peek() + 1);

  function requestFrame() {
    if (!frameRequest && session && active.peek()) frameRequest = win.requestAnimationFrame(onFrame);
  }

  function onFrame() {
    frameRequest = 0;
    if (!session || !active.peek()) return;
    const state = store.state.peek();
    const running = state['train.play'] && !session.finished;
    const { trained, snapshot } = scheduler.frame(session, { playing: running, options: optionsOf(state) });
    const now = win.performance.now();
    if (running) measureRate(now);
    unshown ||= trained || snapshot;
    const busy = session.lagging().length > 0 || session.snapshotPending || session.snapshotWanted;
    // While it runs, a few redraws a second; once it stops, its last state.
    if (unshown && (snapshot || !(running || busy) || now - lastDrawn >= REDRAW_INTERVAL)) {
      lastDrawn = now;
      unshown = false;
      redraw();
    }
    if (state['train.play'] && session.finished) update({ 'train.play': false });
    if (running || busy) requestFrame();
  }

  function measureRate(now) {
    if (!rateMark) rateMark = { time: now, steps: session.steps };
    else if (now - rateMark.time >= RATE_WINDOW) {
      rate.value = ((session.steps - rateMark.steps) * 1000) / (now - rateMark.time);
      rateMark = { time: now, steps: session.steps };
    }
  }

  function togglePlay() {
    rateMark = null;
    rate.value = null;
    update({ 'train.play': !playing() });
  }

  function stepOnce() {
    if (playing()) update({ 'train.play': false });
    session.advance(1);
    session.wantSnapshot();
    requestFrame();
  }

  function names(lang) {
    return store.state.peek()['train.acts'].map((id) => describeRow(lang, byId.get(id)).name);
  }

  function exportLoss(kind) {
    const t = app.texts.peek();
    const base = `training_${store.state.peek()['train.acts'].join('_')}_${store.state.peek()['train.data']}_loss`;
    if (kind === 'png') {
      const legend = names(app.lang.peek()).map((label, i) => ({ label, color: app.colors.peek().series[i], dash: DASHES[i] }));
      app.download(`${base}.png`, charts.loss.chart.png({ title: t.training.lossCaption, legend }));
      return;
    }
    const rowsOut = session.runs.flatMap((run) => {
      const { xs, ys } = run.loss.points();
      return Array.from(xs, (x, k) => [run.id, x, ys[k]]);
    });
    const { columns } = t.training;
    app.downloadText(`${base}.csv`, toCsv([columns.activation, columns.step, columns.loss], rowsOut), 'text/csv');
  }

  // What a network's legend entry and its map say: its loss and accuracy, or where it diverged.
  function runTexts(t, lang, i) {
    const tt = t.training;
    const run = session?.runs[i];
    const id = store.state.peek()['train.acts'][i];
    const name = describeRow(lang, byId.get(id)).name;
    const count = (n) => formatCount(n, t.htmlLang);
    if (!run || run.id !== id) return { name, readout: '', description: tt.notYet(name) };
    if (run.diverged !== null) return { name, readout: tt.diverged(count(run.diverged)), description: tt.divergedDescription(name, count(run.diverged)), diverged: true };
    const { snapshot } = run;
    if (!snapshot) return { name, readout: '', description: tt.notYet(name) };
    const loss = formatNumber(snapshot.loss, t.htmlLang, 3);
    const accuracy = `${formatNumber(100 * snapshot.accuracy, t.htmlLang, 3)}%`;
    const curve = shown.kind === 'curve';
    return {
      name,
      readout: tt.readout(loss, curve ? null : accuracy),
      description: curve ? tt.curveDescription(name, count(snapshot.step), loss) : tt.regionDescription(name, count(snapshot.step), accuracy),
    };
  }

  function template() {
    const state = store.state.value;
    const t = app.texts.value;
    const tt = t.training;
    const lang = app.lang.value;
    progress.value; // the read-outs follow the run
    const ids = state['train.acts'];
    const ready = Boolean(lab.value && session);
    const steps = session ? session.steps : 0;
    const curve = datasetKind(state['train.data']) === 'curve';
    const runs = ids.map((_, i) => runTexts(t, lang, i));
    const allNames = runs.map((run) => run.name).join(', ');
    const smallChart = (id, caption, label) => html`<figure class="chart">
      <div class="chart-head"><figcaption>${caption}</figcaption></div>
      <div class="chart-box small"><canvas id=${id} role="img" aria-label=${label}></canvas></div>
    </figure>`;
    return html`<div class="workbench training">
      <div class="controls" role="group" aria-label=${t.controlsLabel}>${controlsTemplate({ store, rows }, t, lang, state)}</div>
      <div class="stage">
        <div class="transport" role="group" aria-label=${tt.transportLabel}>
          <button type="button" class="play" data-state=${state['train.play'] ? 'playing' : 'paused'} ?disabled=${!ready} @click=${togglePlay}>${state['train.play'] ? tt.pause : tt.play}</button>
          <button type="button" ?disabled=${!ready} @click=${stepOnce}>${tt.step}</button>
          <button type="button" ?disabled=${!ready} @click=${() => (resets.value += 1)}>${tt.reset}</button>
          <output class="steps">${tt.stepCount(formatCount(steps, t.htmlLang))}</output>
          <span class="speed">${state['train.play'] && rate.value !== null ? tt.speed(formatNumber(rate.value, t.htmlLang, 3)) : tt.paused}</span>
        </div>
        ${ready ? nothing : html`<p class=${loadFailed.value ? 'status-line error' : 'hint'} role="status">${loadFailed.value ? tt.loadError : tt.loading}</p>`}
        <ul class="legend training-legend" aria-label=${t.legendLabel}>
          ${runs.map((run, i) => html`<li class=${run.diverged ? 'diverged' : ''}>${swatch(i)}<span>${run.name}</span><span class="readout">${run.readout}</span></li>`)}
        </ul>
        <div class="chart-pair">
          <figure class="chart">
            <div class="chart-head"><figcaption>${tt.lossCaption}</figcaption></div>
            <div class="chart-box"><canvas id="training-loss" role="img" aria-label=${tt.lossDescription(allNames, steps, ...lossScale.value.map((bound) => formatNumber(bound, t.htmlLang)))}></canvas></div>
          </figure>
          <figure class="chart">
            <div class="chart-head"><figcaption>${curve ? tt.curveCaption : tt.regionsCaption}</figcaption></div>
            <div class="regions">
              ${runs.map(
                (run, i) => html`<figure class="region">
                  <figcaption>${swatch(i)}${run.name}</figcaption>
                  <canvas id=${`training-region-${i}`} role="img" aria-label=${run.description}></canvas>
                </figure>`,
              )}
            </div>
          </figure>
        </div>
        <p class="hint">${tt.sameStart}</p>
        <div class="chart-tools" data-part="export">
          <button type="button" ?disabled=${!ready} @click=${() => exportLoss('png')}>${t.exportPng(tt.chartNames.loss)}</button>
          <button type="button" ?disabled=${!ready} @click=${() => exportLoss('csv')}>${t.exportCsv(tt.chartNames.loss)}</button>
        </div>
        <h2 class="section-heading">${tt.gradientsHeading}</h2>
        <p class="hint">${tt.gradientsNote}</p>
        <div class=${`small-multiples networks-${runs.length}`}>
          ${runs.map((run, i) => smallChart(`training-gradients-${i}`, html`${swatch(i)}${run.name}`, tt.gradientDescription(run.name, state['train.layers'] + 1)))}
        </div>
        <h2 class="section-heading">${tt.layersHeading}</h2>
        <p class="hint">${tt.layersNote}</p>
        <div class="small-multiples">
          ${STATISTICS.map((key) => smallChart(`training-${key}`, tt.statistics[key], tt.statisticDescription(tt.statistics[key].toLowerCase(), allNames)))}
        </div>
        <p class="explanation">${tt.explanation}</p>
      </div>
    </div>`;
  }

  const disposeMarkup = renderWhileActive(root, active, template);
  // Charts scrolled out of sight are not drawn (while training runs, the charts redraw a few
  // times a second): each is drawn again as it comes into view.
  const inView = new Set();
  const visibility = new win.IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (isIntersecting) inView.add(target);
      else inView.delete(target);
    }
    redraw();
  });
  const chartOn = (canvas, create) => {
    visibility.observe(canvas);
    return { canvas, chart: create(canvas) };
  };
  const remove = ({ canvas, chart }) => {
    visibility.unobserve(canvas);
    chart.destroy();
  };
  /** The chart, or null while its canvas is out of view. */
  const seen = ({ canvas, chart }) => (inView.has(canvas) ? chart : null);
  const charts = {
    loss: chartOn(root.querySelector('#training-loss'), createLineChart),
    statistics: Object.fromEntries(STATISTICS.map((key) => [key, chartOn(root.querySelector(`#training-${key}`), createLineChart)])),
    regions: [],
    gradients: [],
  };
  // The per-network charts follow their canvases as networks are added and removed.
  function chartsFor(list, prefix, count, create) {
    while (list.length > count) remove(list.pop());
    for (let i = 0; i < count; i += 1) {
      const canvas = root.querySelector(`#${prefix}-${i}`);
      if (list[i]?.canvas === canvas) continue;
      if (list[i]) remove(list[i]);
      list[i] = chartOn(canvas, create);
    }
    return list.map(seen);
  }

  function draw({ active: isActive, t, sizes, colors }) {
    if (!isActive || !session) return;
    const tt = t.training;
    const locale = t.htmlLang;
    const count = session.runs.length;
    const common = { session, sizes, colors, locale };
    const scale = drawLoss(seen(charts.loss), { ...common, titles: { x: tt.stepAxis, y: tt.lossAxis } });
    if (scale && scale.some((bound, i) => bound !== lossScale.peek()[i])) lossScale.value = scale;
    drawRegions(chartsFor(charts.regions, 'training-region', count, createRegionMap), { ...common, data: shown, mark: (step) => tt.diverged(formatCount(step, locale)) });
    drawGradients(chartsFor(charts.gradients, 'training-gradients', count, createLineChart), { ...common, titles: { x: tt.stepAxis, y: tt.gradientAxis } });
    const statistics = Object.fromEntries(STATISTICS.map((key) => [key, seen(charts.statistics[key])]));
    drawStatistics(statistics, { ...common, titles: (key) => ({ x: tt.layerAxis, y: tt.statisticAxes[key] }) });
  }

  const disposers = [
    disposeMarkup,
    // A new run when the networks or the data change, or on Reset, once the trainer is there.
    effect(() => {
      const trainer = lab.value;
      const spec = JSON.parse(runSpec.value);
      resets.value;
      if (trainer) startRun(trainer, spec);
    }),
    // Playing, or shown again: the frames go on.
    effect(() => {
      store.select('train.play').value;
      if (active.value) requestFrame();
    }),
    app.frame(() => ({ active: active.value, progress: progress.value, t: app.texts.value, sizes: app.sizes.value, colors: app.colors.value, lang: app.lang.value }), draw),
  ];
  return {
    resize: () => draw({ active: active.peek(), t: app.texts.peek(), sizes: app.sizes.peek(), colors: app.colors.peek() }),
    dispose() {
      disposers.forEach((dispose) => dispose());
      if (frameRequest) win.cancelAnimationFrame(frameRequest);
      session?.dispose();
      [charts.loss, ...Object.values(charts.statistics), ...charts.regions, ...charts.gradients].forEach(remove);
      visibility.disconnect();
      render(nothing, root);
    },
  };
}
