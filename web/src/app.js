// The page shell: the state (store.js), the header with the view tabs and the page's actions
// (present, copy link, embed, language), presentation and embed modes, and the views, each
// loaded the first time it is shown. The views build their own markup and charts; the shell
// only switches between them and holds what they share.
import { computed, effect, signal } from '@preact/signals-core';
import { html, nothing, render } from 'lit-html';

import { readColors, SIZES } from './charts/theme.js';
import { drawEachFrame } from './frame.js';
import { browserLanguage, LANGUAGE_CODES, loadedTexts, loadLanguage } from './i18n/languages.js';
import { afterNextFrameWhenIdle, buildVersion, isNewVersion, registerServiceWorker } from './offline.js';
import { reportHeight } from './resize.js';
import { stateProperties, VIEWS } from './state.js';
import { createStore } from './store.js';
import { download } from './tables.js';
import { tabList } from './ui/tabs.js';

// Each view's module, loaded on first use: the default view's charts need nothing of the others.
const VIEW_MODULES = {
  functions: () => import('./views/functions/index.js').then((module) => module.mountFunctionsView),
  softmax: () => import('./views/softmax/index.js').then((module) => module.mountSoftmaxView),
  sampling: () => import('./views/sampling/index.js').then((module) => module.mountSamplingView),
  training: () => import('./views/training/index.js').then((module) => module.mountTrainingView),
};

// A part of the page whose code loads on first use: `part` (a signal) holds it once made.
function onFirstUse(make) {
  const part = signal(null);
  let making;
  return { part, use: () => (making ??= make().then((made) => (part.value = made))) };
}

/** Starts loading the view a link names (the default one if none), beside the wasm, not after it. */
export function preloadView(hash) {
  const named = new URLSearchParams(hash.replace(/^#/, '')).get('view');
  return VIEW_MODULES[VIEWS.includes(named) ? named : VIEWS[0]]();
}

// An embed that hides these shows nothing under its charts.
const CHARTS_ONLY_HIDES = ['probe', 'export', 'explanation', 'formula', 'data', 'depth'];

/** The body's classes for how an embed shows the page: `embedded`, `hide-<part>`, `charts-only`. */
export function showEmbedding(body, { embed, hide }) {
  body.classList.toggle('embedded', embed);
  for (const className of [...body.classList]) if (className.startsWith('hide-')) body.classList.remove(className);
  for (const part of hide) body.classList.add(`hide-${part}`);
  body.classList.toggle('charts-only', CHARTS_ONLY_HIDES.every((part) => hide.includes(part)));
}

export function startApp(act, doc = document) {
  const win = doc.defaultView;
  const byId = (id) => doc.getElementById(id);
  const catalog = act.catalog();
  const store = createStore(win, stateProperties(catalog, LANGUAGE_CODES));
  const { update } = store;
  // The language asked for (the link's, else the browser's), and the one shown: the asked one
  // once its texts have loaded (main.js loaded the first before starting).
  const wantedLang = computed(() => store.state.value.lang ?? browserLanguage(win.navigator.languages));
  const lang = signal(wantedLang.peek() in loadedTexts.peek() ? wantedLang.peek() : Object.keys(loadedTexts.peek())[0]);
  effect(() => {
    const code = wantedLang.value;
    loadLanguage(code).then(() => wantedLang.peek() === code && (lang.value = code), (error) => console.error(error));
  });
  const texts = computed(() => loadedTexts.value[lang.value]);
  const present = store.select('present');
  const colors = signal(readColors(doc.documentElement));
  // What the last Copy link said.
  const copyStatus = signal('');
  // Whether this is the first visit of a new version (checked once the first view is drawn).
  const updated = signal(false);
  const app = {
    win,
    doc,
    act,
    store,
    lang,
    texts,
    colors,
    sizes: computed(() => (present.value ? SIZES.present : SIZES.normal)),
    frame: (read, draw) => drawEachFrame(win, read, draw),
    download: (filename, href) => download(doc, filename, href),
    downloadText(filename, text, type) {
      const url = win.URL.createObjectURL(new win.Blob([text], { type }));
      download(doc, filename, url);
      win.setTimeout(() => win.URL.revokeObjectURL(url), 0);
    },
  };

  const mounted = new Map();
  let ready = false;
  function showView(view) {
    if (mounted.has(view)) return;
    mounted.set(view, null);
    const root = byId(`view-panel-${view}`);
    VIEW_MODULES[view]().then((mount) => {
      root.replaceChildren(); // index.html's skeleton, in the same task: no frame without either
      mounted.set(view, mount(root, app, computed(() => store.state.value.view === view)));
      root.classList.remove('loading');
      if (ready) return;
      ready = true;
      byId('status').hidden = true; // the page is ready once its first view is
      const { embed } = store.state.peek();
      // Embedded, the host hears its height from now on (the loading line's alone would shrink
      // the frame); a chart-only embed fills whatever height its frame has.
      if (embed) reportHeight(win, () => doc.body.classList.contains('charts-only'));
      afterNextFrameWhenIdle(win, () => registerServiceWorker(win));
      // The first visit of a new version says so, in the full explorer (an embed's reader did
      // not choose the explorer, and its frame has no room for news). Not sooner: the first read
      // of localStorage opens the origin's storage, 3–11 ms of the start's longest task.
      if (!embed) afterNextFrameWhenIdle(win, () => (updated.value = isNewVersion(win, buildVersion(doc))));
    });
  }

  function copyText(text, message, status) {
    win.navigator.clipboard.writeText(text).then(
      () => (status.value = message),
      () => (status.value = texts.peek().linkCopyFailed),
    );
  }

  function setPresent(on) {
    update({ present: on }, { record: true });
    const fullscreen = doc.fullscreenElement;
    if (on && !fullscreen && doc.fullscreenEnabled) doc.documentElement.requestFullscreen().catch(() => {});
    if (!on && fullscreen) doc.exitFullscreen().catch(() => {});
  }

  const languageSelect = (t) =>
    html`<label class="language" data-part="language"
      ><span class="visually-hidden">${t.languageLabel}</span>
      <select aria-label=${t.languageLabel} @change=${(event) => update({ lang: event.target.value }, { record: true })}>
        <option value="en" lang="en" ?selected=${wantedLang.value === 'en'}>English</option>
        <option value="pt" lang="pt-BR" ?selected=${wantedLang.value === 'pt'}>Português</option>
      </select></label
    >`;

  function headerTemplate() {
    const state = store.state.value;
    const t = texts.value;
    const tabs = VIEWS.filter((view) => !(view === 'softmax' && state.hide.includes('softmax'))).map((id) => ({ id, text: t.views[id] }));
    return html`<h1>${t.title}</h1>
      ${tabList({ prefix: 'view', label: t.viewsLabel, tabs, selected: state.view, select: (view) => update({ view }, { record: true }), className: 'tabs view-tabs' })}
      <div class="actions">
        ${state.lesson ? nothing : html`<button type="button" @click=${() => lessons.use().then((lesson) => lesson.startNotebook())}>${t.lessonStart}</button>`}
        <button type="button" class="present-toggle" aria-pressed=${state.present ? 'true' : 'false'} aria-keyshortcuts="P" @click=${() => setPresent(!state.present)}>
          ${state.present ? t.presentLeave : t.presentEnter}
        </button>
        ${state.present
          ? nothing
          : html`<button type="button" @click=${() => copyText(win.location.href, t.linkCopied, copyStatus)}>${t.copyLink}</button>
              <button type="button" aria-haspopup="dialog" @click=${() => embedBuilder.use().then((builder) => builder.open(byId('embed-dialog')))}>${t.embedOpen}</button>
              ${languageSelect(t)}`}
        <span class="status" role="status">${copyStatus.value}</span>
      </div>`;
  }

  // Embedded: a small corner with the way to the full explorer, and the language select if asked for.
  function embedCornerTemplate() {
    const state = store.state.value;
    const t = texts.value;
    return html`<a id="full-explorer" target="_blank" rel="noopener" href=${win.location.pathname + win.location.search + fullViewHash()} ?hidden=${!state.embed}
        >${t.openFull}</a
      >
      ${state.embed && state.langmenu ? languageSelect(t) : nothing}`;
  }

  function updateNoteTemplate() {
    const t = texts.value;
    return updated.value
      ? html`<p>${t.updatedNote}</p>
          <button type="button" @click=${() => (updated.value = false)}>${t.updatedDismiss}</button>`
      : nothing;
  }

  // The view as a link without the embed's settings, for "open in the full explorer".
  const fullViewHash = () => store.hashWith({ embed: false, hide: [], langmenu: false });
  // The embed builder and lessons load on first use: the Embed or Lesson button, or a lesson in the link.
  const embedBuilder = onFirstUse(() => import('./embed/builder.js').then((module) => module.createEmbedBuilder(app, fullViewHash)));
  const lessons = onFirstUse(() => import('./lessons/controller.js').then((module) => module.createLessons(app, LANGUAGE_CODES)));
  effect(() => store.select('lesson').value && lessons.use());

  // The document follows the state: language, title, modes, hidden parts, the shown view.
  effect(() => {
    const state = store.state.value;
    const t = texts.value;
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    const body = doc.body;
    body.classList.toggle('present', state.present);
    showEmbedding(body, state);
    for (const view of VIEWS) byId(`view-panel-${view}`).hidden = view !== state.view;
    showView(state.view);
    body.classList.toggle('with-lesson', Boolean(state.lesson));
    byId('footer').textContent = t.footer;
  });
  byId('app-header').replaceChildren(); // the static title stood in until now
  effect(() => render(headerTemplate(), byId('app-header')));
  effect(() => render(embedBuilder.part.value?.template() ?? nothing, byId('embed-dialog')));
  effect(() => render(embedCornerTemplate(), byId('embed-corner')));
  effect(() => render(updateNoteTemplate(), byId('update-note')));
  effect(() => render(lessons.part.value?.template() ?? nothing, byId('lesson-bar')));

  // P presents, Esc leaves, the arrows step through a lesson: keys typed into a field are the field's.
  win.addEventListener('keydown', (event) => {
    if (lessons.part.peek()?.onKey(event)) return;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest?.('input, select, textarea, dialog')) return;
    const on = store.state.peek().present;
    if (event.key === 'p' || event.key === 'P') setPresent(!on);
    else if (event.key === 'Escape' && on) setPresent(false);
  });
  // Leaving the browser's fullscreen (its own Esc) leaves presentation mode too.
  doc.addEventListener('fullscreenchange', () => {
    if (!doc.fullscreenElement && store.state.peek().present) update({ present: false }, { record: true });
  });
  win.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => (colors.value = readColors(doc.documentElement)));
}
