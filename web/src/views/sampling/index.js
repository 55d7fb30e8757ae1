// The sampling view: how a chatbot picks its next word. A prompt and candidate next words
// with their logits; temperature, top-k, top-p and min-p in Hugging Face's order (engine.js);
// the model's distribution beside the one sampled from, removed words greyed; the running
// total that top-p cuts; draws against the expected probabilities, and the sentences they
// make. Its markup follows the state (one lit-html template); its charts redraw at most once
// a frame.
import { computed, signal } from '@preact/signals-core';
import { html, nothing, render } from 'lit-html';

import { createBarChart } from '../../charts/barChart.js';
import { fileNumber, formatNumber } from '../../format.js';
import { renderWhileActive } from '../../frame.js';
import { textCell, toCsv } from '../../tables.js';
import { controlsTemplate, noteId } from './controls.js';
import { axisTop, descendingOrder, drawCounts, removedIndices, runningTotals, samplingStages } from './distributions.js';
import { KNOBS, knobsOf } from './knobs.js';

const KEYS = ['prompt', 'words', 'scores', 'temp', 'topk', 'topp', 'minp', 'draws', 'drawseed'];
const CHARTS = ['original', 'filtered', 'cumulative', 'histogram'];
const CONTINUATIONS = 6;
// Bars are narrow with ten words: two significant digits fit over each; the table has four.
const BAR_DIGITS = 2;
const TABLE_DIGITS = 4;

export function mountSamplingView(root, app, active) {
  const { act, store } = app;
  const limits = Object.fromEntries(KEYS.map((key) => [key, store.property(key)]));
  const badText = signal('');
  const view = { store, limits, badText };

  // The words as shown (the state's, or the example's in the page's language), each stage's
  // distribution and the draws: computed again only when one of this view's keys changes.
  const shown = computed(() => {
    const state = Object.fromEntries(KEYS.map((key) => [key, store.select(key).value]));
    const { example } = app.texts.value.sampling;
    const stages = samplingStages(act, state.scores, knobsOf(state));
    const drawn = state.draws ? act.sample(stages.sampled, state.draws, state.drawseed) : new Int32Array(0);
    return {
      prompt: state.prompt || example.prompt,
      words: state.words.length ? state.words : example.words,
      stages,
      removed: removedIndices(stages.sampled),
      drawn,
      counts: drawCounts(drawn, state.scores.length),
    };
  });

  const fileBase = (state) =>
    `sampling_t-${fileNumber(state.temp)}_topk-${state.topk}_topp-${fileNumber(state.topp)}_minp-${fileNumber(state.minp)}` +
    (state.draws ? `_draws-${state.draws}_seed-${state.drawseed}` : '');

  function captions(t, state) {
    const s = t.sampling;
    const count = formatNumber(state.draws, t.htmlLang);
    return {
      original: s.originalCaption,
      filtered: s.filteredCaption,
      cumulative: state.topp < 1 ? s.cumulativeCaption(formatNumber(state.topp, t.htmlLang)) : s.cumulativeOff,
      histogram: state.draws ? s.histogramCaption(count) : s.histogramEmpty,
    };
  }

  function legendOf(which, t, colors) {
    const s = t.sampling;
    if (which === 'histogram') return [{ label: s.histogramLegend.observed, color: colors.bars }, { label: s.histogramLegend.expected, color: colors.text }];
    return [{ label: s.legend.kept, color: colors.bars }, { label: s.legend.removed, color: colors.removed }];
  }

  function tableRows(state, { words, stages, counts }) {
    return words.map((word, i) => ({
      word,
      logit: state.scores[i],
      model: stages.model[i],
      sampled: stages.sampled[i],
      count: counts[i],
      share: state.draws ? counts[i] / state.draws : null,
    }));
  }

  function exportPng(which) {
    const state = store.state.peek();
    const t = app.texts.peek();
    app.download(`${fileBase(state)}_${which}.png`, charts[which].png({ title: captions(t, state)[which], legend: legendOf(which, t, app.colors.peek()) }));
  }

  function exportCsv() {
    const state = store.state.peek();
    const { columns } = app.texts.peek().sampling;
    const rows = tableRows(state, shown.peek()).map((row) => [textCell(row.word), row.logit, row.model, row.sampled, row.count, row.share ?? '']);
    const header = [columns.word, columns.logit, columns.original, columns.filtered, columns.count, columns.share];
    app.downloadText(`${fileBase(state)}_data.csv`, toCsv(header, rows), 'text/csv');
  }

  function template() {
    const state = store.state.value;
    const t = app.texts.value;
    const s = t.sampling;
    const current = shown.value;
    const { prompt, words, removed, drawn } = current;
    const caption = captions(t, state);
    const cell = (v) => (v === null ? '' : formatNumber(v, t.htmlLang, TABLE_DIGITS));
    const figure = (which, className = '') => html`<figure class="chart">
      <div class="chart-head"><figcaption>${caption[which]}</figcaption></div>
      <div class=${`chart-box ${className}`}><canvas id=${`sampling-${which}-chart`} role="img"></canvas></div>
    </figure>`;
    const keptLine = [s.kept(words.length - removed.length, words.length), removed.length ? s.removed(removed.map((i) => words[i]).join(', ')) : null];
    return html`<div class="workbench sampling">
      ${controlsTemplate(view, t, state, current)}
      <div class="stage">
        <p class="prompt-line">${prompt} …</p>
        <div class="chart-pair">${figure('original')} ${figure('filtered')}</div>
        <p class="readout-line" aria-live="polite">${keptLine.filter(Boolean).join('; ')}</p>
        <div class="chart-pair">${figure('cumulative', 'short')} ${figure('histogram', 'short')}</div>
        <section class="continuations" aria-labelledby="sampling-continuations">
          <h2 class="section-heading" id="sampling-continuations">${s.continuationsHeading}</h2>
          ${drawn.length
            ? html`<p>${s.continuationsNote(Math.min(CONTINUATIONS, drawn.length), formatNumber(drawn.length, t.htmlLang))}</p>
                <ol class="continuations-list">
                  ${Array.from(drawn.subarray(0, CONTINUATIONS), (i) => html`<li>${prompt} <strong>${words[i]}</strong></li>`)}
                </ol>`
            : html`<p class="hint">${s.nothingDrawn}</p>`}
        </section>
        <div class="chart-tools" data-part="export">
          ${CHARTS.map((which) => html`<button type="button" @click=${() => exportPng(which)}>${t.exportPng(s.chartNames[which])}</button>`)}
          <button type="button" @click=${exportCsv}>${t.exportCsv(s.chartNames.data)}</button>
        </div>
      </div>
      <div class="stage-notes">
        <section class="knob-notes" aria-labelledby="sampling-notes">
          <h2 class="section-heading" id="sampling-notes">${s.notesHeading}</h2>
          <dl>
            ${KNOBS.map(({ key }) => html`<dt>${s.knobs[key]}</dt><dd id=${noteId(key)}>${s.notes[key]}</dd>`)}
          </dl>
          <p class="explanation">${s.orderNote}</p>
        </section>
        <div class="table-scroll" tabindex="0">
          <table class="sampling-data">
            <caption>${s.dataHeading}</caption>
            <thead>
              <tr>${['word', 'logit', 'original', 'filtered', 'count', 'share'].map((key) => html`<th scope="col">${s.columns[key]}</th>`)}</tr>
            </thead>
            <tbody>
              ${tableRows(state, current).map(
                (row) => html`<tr>
                  <th scope="row">${row.word}</th>
                  <td>${cell(row.logit)}</td>
                  <td>${cell(row.model)}</td>
                  <td>${cell(row.sampled)}</td>
                  <td>${state.draws ? row.count : ''}</td>
                  <td>${cell(row.share)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>`;
  }

  const disposeMarkup = renderWhileActive(root, active, template);
  const charts = Object.fromEntries(CHARTS.map((which) => [which, createBarChart(root.querySelector(`#sampling-${which}-chart`))]));

  function draw({ active: isActive, state, t, sizes, colors, current }) {
    if (!isActive) return;
    const s = t.sampling;
    const { words, stages, removed, counts } = current;
    const caption = captions(t, state);
    const number = (v) => formatNumber(v, t.htmlLang, BAR_DIGITS);
    const greyed = new Set(removed);
    const drawBars = (which, { labels, values, yMax, removedBars, texts = [], marks = [], reference = null, yTitle, entries }) => {
      charts[which].update({ labels, values, yMin: 0, yMax, removed: removedBars, texts, marks, reference, titles: { x: s.axis.word, y: yTitle }, sizes, colors, locale: t.htmlLang });
      root
        .querySelector(`#sampling-${which}-chart`)
        .setAttribute('aria-label', s.chartDescription(caption[which], formatNumber(0, t.htmlLang), formatNumber(yMax, t.htmlLang), entries.join('; ')));
    };
    const entry = (word, value, i) => (greyed.has(i) ? s.removedEntry(word) : `${word} ${number(value)}`);

    // The model's distribution beside the one sampled from, on one scale.
    const top = axisTop(Math.max(...stages.model, ...stages.sampled));
    for (const [which, values] of [['original', stages.model], ['filtered', stages.sampled]]) {
      drawBars(which, {
        labels: words,
        values,
        yMax: top,
        removedBars: removed,
        texts: Array.from(values, number),
        yTitle: s.axis.probability,
        entries: words.map((word, i) => entry(word, values[i], i)),
      });
    }

    // Top-p's ranking, most probable first, with the running total it cuts at p.
    const order = descendingOrder(stages.seenByTopP, state.scores);
    const totals = runningTotals(stages.seenByTopP, order);
    const cutByTopP = order.flatMap((index, rank) => (stages.afterTopP[index] === 0 ? [rank] : []));
    drawBars('cumulative', {
      labels: order.map((i) => words[i]),
      values: totals,
      yMax: 1,
      removedBars: cutByTopP,
      texts: totals.map(number),
      reference: state.topp < 1 ? state.topp : null,
      yTitle: s.axis.cumulative,
      entries: order.map((i, rank) => (cutByTopP.includes(rank) ? s.removedEntry(words[i]) : `${words[i]} ${number(totals[rank])}`)),
    });

    // The share of the draws each word got, the expected probability marked across its bar.
    const shares = counts.map((count) => (state.draws ? count / state.draws : 0));
    drawBars('histogram', {
      labels: words,
      values: shares,
      yMax: axisTop(Math.max(...shares, ...stages.sampled)),
      removedBars: removed,
      marks: Array.from(stages.sampled, (p) => (p > 0 ? p : NaN)),
      yTitle: s.axis.share,
      entries: words.map((word, i) => s.drawnEntry(word, number(shares[i]), number(stages.sampled[i]))),
    });
  }

  const inputs = () => ({
    active: active.value,
    state: store.state.value,
    t: app.texts.value,
    sizes: app.sizes.value,
    colors: app.colors.value,
    current: active.value ? shown.value : null,
  });
  const disposers = [disposeMarkup, app.frame(inputs, draw)];
  return {
    dispose() {
      disposers.forEach((dispose) => dispose());
      Object.values(charts).forEach((chart) => chart.destroy());
      render(nothing, root);
    },
  };
}
