// The sampling view's controls, beside its charts: the knobs with their presets, the draws
// and their seed, and the prompt with its candidate words and their logits. Typed text is
// taken as plain text (plainText.js) or not at all.
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';

import { formatNumber } from '../../format.js';
import { cleanText } from '../../plainText.js';
import { numberField } from '../../ui/fields.js';
import { KNOBS, matchesPreset, PRESETS } from './knobs.js';

export const DRAW_COUNTS = [100, 1000];

/** The id of the note that explains a knob (under the charts), for aria-describedby. */
export const noteId = (key) => `sampling-note-${key}`;

function knobsCard({ store, limits }, t, state, wordCount) {
  const s = t.sampling;
  const { update } = store;
  return html`<fieldset class="card knobs">
    <legend>${s.knobsLegend}</legend>
    <div class="button-row presets" role="group" aria-label=${s.presetsLabel}>
      ${PRESETS.map(
        (preset) => html`<button type="button" aria-pressed=${matchesPreset(state, preset) ? 'true' : 'false'} @click=${() => update(preset.knobs, { record: true })}>
          ${s.presets[preset.id]}
        </button>`,
      )}
    </div>
    ${KNOBS.map(({ key, off }) => {
      const label = s.knobs[key];
      const value = state[key];
      // Top-k past the number of words keeps them all, as 0 does: the slider ends there.
      const knobLimits = key === 'topk' ? { ...limits[key], max: wordCount } : limits[key];
      return numberField({
        id: `knob-${key}`,
        label,
        value,
        limits: knobLimits,
        slider: true,
        valueText: value === off ? s.knobOff(label) : formatNumber(value, t.htmlLang),
        describedBy: noteId(key),
        write: (changed) => update({ [key]: changed }),
      });
    })}
  </fieldset>`;
}

function drawCard({ store, limits }, t, state) {
  const s = t.sampling;
  const { update } = store;
  // The first draw uses the seed shown; each later one the next, so drawing again draws anew.
  const drawMany = (count) => {
    const drawseed = state.draws ? Math.min(limits.drawseed.max, state.drawseed + 1) : state.drawseed;
    update({ draws: count, drawseed }, { record: true });
  };
  return html`<fieldset class="card draws">
    <legend>${s.drawLegend}</legend>
    <div class="button-row">
      ${DRAW_COUNTS.map((count) => html`<button type="button" @click=${() => drawMany(count)}>${s.draw(formatNumber(count, t.htmlLang))}</button>`)}
    </div>
    ${numberField({ id: 'sampling-seed', label: s.seedLabel, value: state.drawseed, limits: limits.drawseed, wide: true, describedBy: 'sampling-seed-hint', write: (drawseed) => update({ drawseed }) })}
    <p class="hint" id="sampling-seed-hint">${s.drawHint}</p>
  </fieldset>`;
}

function wordsCard({ store, limits, badText }, t, state, { prompt, words }) {
  const s = t.sampling;
  const { update } = store;
  const n = state.scores.length;
  const scoreLimits = limits.scores;
  // Typed text applies on commit; text that cleanText refuses reverts, and says why.
  const commitText = (event, maxChars, shown, apply) => {
    const text = cleanText(event.target.value, maxChars);
    badText.value = text === undefined ? s.badText : '';
    if (text === undefined) event.target.value = shown;
    else apply(text);
  };
  const setWord = (index) => (event) =>
    commitText(event, limits.words.maxChars, words[index], (word) => update({ words: words.map((w, i) => (i === index ? word : w)) }, { record: true }));
  const setScore = (index) => (value) => update({ scores: state.scores.map((z, i) => (i === index ? value : z)) });
  const setPrompt = (event) => {
    // An emptied prompt is the example's again.
    if (event.target.value.trim() === '') update({ prompt: '' }, { record: true });
    else commitText(event, limits.prompt.maxChars, prompt, (text) => update({ prompt: text }, { record: true }));
  };
  const addWord = () => {
    const lowest = Math.max(scoreLimits.min, Math.min(...state.scores) - 1);
    update({ words: [...words, s.newWord(n + 1)], scores: [...state.scores, lowest] }, { record: true });
  };
  const removeWord = () => update({ words: words.slice(0, -1), scores: state.scores.slice(0, -1) }, { record: true });
  const backToExample = () => update({ prompt: limits.prompt.default, words: [...limits.words.default], scores: [...scoreLimits.default] }, { record: true });
  return html`<fieldset class="card words">
    <legend>${s.wordsLegend}</legend>
    <label class="stacked" for="sampling-prompt"><span>${s.promptLabel}</span></label>
    <input id="sampling-prompt" type="text" autocomplete="off" spellcheck="false" aria-describedby="sampling-words-hint" .value=${live(prompt)} @change=${setPrompt} />
    <div class="word-fields">
      <span class="word-column" aria-hidden="true">${s.wordColumn}</span><span class="word-column" aria-hidden="true">${s.logitColumn}</span>
      ${words.map(
        (word, i) => html`<input
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-label=${s.wordLabel(i + 1)}
            aria-describedby="sampling-words-hint"
            .value=${live(word)}
            @change=${setWord(i)}
          />
          ${numberField({ id: `sampling-logit-${i}`, label: s.logitLabel(i + 1), value: state.scores[i], limits: scoreLimits, write: setScore(i) })}`,
      )}
    </div>
    <p class="hint" id="sampling-words-hint">${s.wordsHint(limits.words.maxChars, limits.prompt.maxChars)}</p>
    <p class="problem" role="status">${badText.value || nothing}</p>
    <div class="button-row">
      <button type="button" ?disabled=${n >= scoreLimits.maxLength} @click=${addWord}>${s.addWord}</button>
      <button type="button" ?disabled=${n <= scoreLimits.minLength} @click=${removeWord}>${s.removeWord}</button>
      <button type="button" @click=${backToExample}>${s.backToExample}</button>
    </div>
  </fieldset>`;
}

/**
 * The controls column. view: { store, limits (the state table's rows by key), badText (a
 * signal: why the last typed text was refused) }; shown: { prompt, words } as on the page.
 */
export function controlsTemplate(view, t, state, shown) {
  return html`<div class="controls" role="group" aria-label=${t.controlsLabel}>
    ${knobsCard(view, t, state, shown.words.length)} ${drawCard(view, t, state)} ${wordsCard(view, t, state, shown)}
  </div>`;
}
