// A lesson in the page: `lesson` and `step` in the state name it; this loads the file, shows the
// step's question (and its answer on request) in a bar above the views, and moves between steps
// (buttons, and the arrow keys outside form fields, presentation mode included). Going to a step
// shows its saved view; a link that carries more than the lesson keeps its own view.
import { effect, signal } from '@preact/signals-core';
import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';

import { parseHash } from '../state.js';
import { loadLesson } from './lesson.js';

/** What a step's view leaves as it was: the lesson itself and how the page is shown. */
const KEPT_KEYS = ['lesson', 'step', 'lang', 'present', 'embed', 'hide', 'langmenu'];
/** The lesson every copy of the site ships: the course notebook's. */
export const NOTEBOOK_LESSON = 'notebook';

export function createLessons({ store, win, texts, lang }, languages) {
  // { id, status: 'idle' | 'loading' | 'ready' | 'failed', lesson, error }
  const current = signal({ id: '', status: 'idle', lesson: null, error: null });
  // Set by start(): the lesson was chosen in the page, so its first step's view is shown.
  let chosenHere = false;
  // A link that names only the lesson (and how to show the page) shows the step's saved view.
  const bareLink = () => [...new URLSearchParams(win.location.hash.replace(/^#/, '')).keys()].every((key) => KEPT_KEYS.includes(key));

  const stepNumber = (lesson, step) => Math.min(lesson.steps.length, Math.max(1, step));
  const isAboutAPane = (lesson, step) => new URLSearchParams(lesson.steps[stepNumber(lesson, step) - 1].view.slice(1)).has('tab');

  // The shown view's panes into sight once they are there: a view opened cold mounts some
  // frames after the lesson is read.
  function bringPanesIntoSight(framesLeft = 300) {
    const panes = win.document.querySelector('.view:not([hidden]):not(.loading) .panes');
    if (panes) panes.scrollIntoView({ block: 'nearest' });
    else if (framesLeft > 0) win.requestAnimationFrame(() => bringPanesIntoSight(framesLeft - 1));
  }

  function show(step) {
    const { lesson } = current.peek();
    const number = stepNumber(lesson, step);
    const state = store.state.peek();
    const kept = Object.fromEntries(KEPT_KEYS.map((key) => [key, state[key]]));
    const view = parseHash(lesson.steps[number - 1].view, store.properties);
    store.update({ ...view, ...kept, step: number }, { record: true });
    // A step about a pane under the charts brings it into sight once it is drawn.
    if (isAboutAPane(lesson, number)) win.requestAnimationFrame(() => bringPanesIntoSight());
  }

  // Loads the lesson the state names, whenever that changes.
  effect(() => {
    const id = store.select('lesson').value;
    if (id === current.peek().id) return;
    if (!id) {
      current.value = { id: '', status: 'idle', lesson: null, error: null };
      return;
    }
    current.value = { id, status: 'loading', lesson: null, error: null };
    const showView = chosenHere || bareLink();
    chosenHere = false;
    loadLesson(win.fetch.bind(win), id, languages).then(
      (lesson) => {
        if (store.state.peek().lesson !== id) return;
        current.value = { id, status: 'ready', lesson, error: null };
        if (showView) show(store.state.peek().step);
        else if (isAboutAPane(lesson, store.state.peek().step)) bringPanesIntoSight();
      },
      (error) => {
        if (store.state.peek().lesson === id) current.value = { id, status: 'failed', lesson: null, error };
      },
    );
  });

  /** Starts a lesson at its first step, with that step's view. */
  function start(id) {
    chosenHere = true;
    store.update({ lesson: id, step: 1 }, { record: true });
  }

  const stop = () => store.update({ lesson: '', step: 1 }, { record: true });
  const move = (by) => {
    const { status } = current.peek();
    if (status === 'ready') show(store.state.peek().step + by);
  };

  function onKey(event) {
    if (current.peek().status !== 'ready' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.target.closest?.('input, select, textarea, dialog, [role="slider"], [role="tab"], [role="tablist"]')) return false;
    if (event.key === 'ArrowRight') move(1);
    else if (event.key === 'ArrowLeft') move(-1);
    else return false;
    return true;
  }

  function template() {
    const t = texts.value;
    const language = lang.value;
    const { status, lesson, error } = current.value;
    if (status === 'idle') return nothing;
    const close = html`<button type="button" class="icon" aria-label=${t.lessonClose} @click=${stop}>×</button>`;
    if (status === 'loading') return html`<div class="lesson-bar"><p role="status">${t.lessonLoading}</p>${close}</div>`;
    if (status === 'failed') {
      const problem = t.lessonProblems[error.problem] ?? t.lessonProblems.lesson;
      return html`<div class="lesson-bar failed"><p role="alert">${t.lessonFailed(current.value.id)} ${problem(error.where, error.detail)}</p>${close}</div>`;
    }
    const number = Math.min(lesson.steps.length, store.state.value.step);
    const step = lesson.steps[number - 1];
    return html`<section class="lesson-bar" aria-label=${t.lessonLabel(lesson.title[language])}>
      <div class="lesson-head">
        <h2>${lesson.title[language]}</h2>
        <span class="lesson-count">${t.lessonStep(number, lesson.steps.length)}</span>
        <div class="lesson-nav">
          <button type="button" aria-keyshortcuts="ArrowLeft" ?disabled=${number <= 1} @click=${() => move(-1)}>← ${t.lessonPrevious}</button>
          <button type="button" aria-keyshortcuts="ArrowRight" ?disabled=${number >= lesson.steps.length} @click=${() => move(1)}>${t.lessonNext} →</button>
        </div>
        ${close}
      </div>
      <p class="lesson-question" aria-live="polite">${step.question[language]}</p>
      ${step.answer
        ? keyed(`${current.value.id}/${number}`, html`<details class="lesson-answer"><summary>${t.lessonAnswer}</summary><p>${step.answer[language]}</p></details>`)
        : nothing}
    </section>`;
  }

  return { current, start, startNotebook: () => start(NOTEBOOK_LESSON), stop, move, onKey, template };
}
