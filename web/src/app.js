// The page shell: the state (store.js), the header with the view tabs and the page's actions
// (present, copy link, embed, language), presentation and embed modes, and the views, each
// loaded the first time it is shown. The views build their own markup and charts; the shell
// only switches between them and holds what they share.
import { computed, effect, signal } from '@preact/signals-core';
import { html, nothing, render } from 'lit-html';

import { describeRow } from './catalogue/index.js';
import { readColors, SIZES } from './charts/theme.js';
import { embedSnippets, reportHeight } from './embedding.js';
import { drawEachFrame } from './frame.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';
import { parameterKey, stateProperties, VIEWS } from './state.js';
import { createStore } from './store.js';
import { download } from './tables.js';
import { tabList } from './ui/tabs.js';

// Each view's module, loaded on first use: the default view's charts need nothing of the others.
const VIEW_MODULES = {
  functions: () => import('./views/functions/index.js').then((module) => module.mountFunctionsView),
  softmax: () => import('./views/softmax/index.js').then((module) => module.mountSoftmaxView),
};

export function startApp(act, doc = document) {
  const win = doc.defaultView;
  const byId = (id) => doc.getElementById(id);
  const catalog = act.catalog();
  const store = createStore(win, stateProperties(catalog, Object.keys(LANGUAGES)));
  const { update } = store;
  const lang = computed(() => store.state.value.lang ?? browserLanguage(win.navigator.languages));
  const texts = computed(() => LANGUAGES[lang.value]);
  const present = store.select('present');
  const colors = signal(readColors(doc.documentElement));
  // What the last copy said, in the header (the link) and in the embed dialog (a snippet).
  const copyStatus = signal('');
  const snippetStatus = signal('');
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
  function showView(view) {
    if (mounted.has(view)) return;
    mounted.set(view, null);
    const root = byId(`view-panel-${view}`);
    VIEW_MODULES[view]().then((mount) => {
      mounted.set(view, mount(root, app, computed(() => store.state.value.view === view)));
      root.classList.remove('loading');
      byId('status').hidden = true; // the page is ready once its first view is
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

  function headerTemplate() {
    const state = store.state.value;
    const t = texts.value;
    const tabs = VIEWS.filter((view) => !(view === 'softmax' && state.hide.includes('softmax'))).map((id) => ({ id, text: t.views[id] }));
    return html`<h1>${t.title}</h1>
      ${tabList({ prefix: 'view', label: t.viewsLabel, tabs, selected: state.view, select: (view) => update({ view }, { record: true }), className: 'tabs view-tabs' })}
      <div class="actions">
        <button type="button" class="present-toggle" aria-pressed=${state.present ? 'true' : 'false'} aria-keyshortcuts="P" @click=${() => setPresent(!state.present)}>
          ${state.present ? t.presentLeave : t.presentEnter}
        </button>
        ${state.present
          ? nothing
          : html`<button type="button" @click=${() => copyText(win.location.href, t.linkCopied, copyStatus)}>${t.copyLink}</button>
              <button type="button" aria-haspopup="dialog" @click=${openEmbedDialog}>${t.embedOpen}</button>
              <label class="language" data-part="language"
                ><span class="visually-hidden">${t.languageLabel}</span>
                <select aria-label=${t.languageLabel} @change=${(event) => update({ lang: event.target.value }, { record: true })}>
                  <option value="en" lang="en" ?selected=${lang.value === 'en'}>English</option>
                  <option value="pt" lang="pt-BR" ?selected=${lang.value === 'pt'}>Português</option>
                </select></label
              >`}
        <span class="status" role="status">${copyStatus.value}</span>
      </div>`;
  }

  // The view as a link without the embed's settings, for "open in the full explorer".
  const fullViewHash = () => store.hashWith({ embed: false, hide: [] });

  function openEmbedDialog() {
    const t = texts.peek();
    const state = store.state.peek();
    const main = catalog.find((row) => row.id === state.fn);
    const { iframe, element } = embedSnippets({
      pageUrl: win.location.href.split('#')[0],
      hash: fullViewHash(),
      title: t.frameTitle(describeRow(lang.peek(), main).name),
      element: { fn: main.id, params: Object.fromEntries(main.params.map((p) => [p.id, state[parameterKey(main.id, p.id)]])), lang: lang.peek() },
    });
    byId('embed-iframe').value = iframe;
    byId('embed-element').value = element;
    snippetStatus.value = '';
    byId('embed-dialog').showModal();
  }

  function embedDialogTemplate() {
    const t = texts.value;
    const copy = (id) => copyText(byId(id).value, t.snippetCopied, snippetStatus);
    return html`<h2 id="embed-heading">${t.embedHeading}</h2>
      <p>${t.embedIframeIntro}</p>
      <textarea id="embed-iframe" rows="4" readonly aria-label=${t.embedIframeLabel}></textarea>
      <button type="button" @click=${() => copy('embed-iframe')}>${t.copySnippet}</button>
      <p>${t.embedElementIntro}</p>
      <textarea id="embed-element" rows="3" readonly aria-label=${t.embedElementLabel}></textarea>
      <button type="button" @click=${() => copy('embed-element')}>${t.copySnippet}</button>
      <p role="status">${snippetStatus.value}</p>
      <form method="dialog"><button>${t.close}</button></form>`;
  }

  // The document follows the state: language, title, modes, hidden parts, the shown view.
  effect(() => {
    const state = store.state.value;
    const t = texts.value;
    doc.documentElement.lang = t.htmlLang;
    doc.title = t.title;
    const body = doc.body;
    body.classList.toggle('present', state.present);
    body.classList.toggle('embedded', state.embed);
    for (const className of [...body.classList]) if (className.startsWith('hide-')) body.classList.remove(className);
    for (const part of state.hide) body.classList.add(`hide-${part}`);
    for (const view of VIEWS) byId(`view-panel-${view}`).hidden = view !== state.view;
    showView(state.view);
    const link = byId('full-explorer');
    link.hidden = !state.embed;
    link.textContent = t.openFull;
    link.href = win.location.pathname + win.location.search + fullViewHash();
    byId('footer').textContent = t.footer;
  });
  byId('app-header').replaceChildren(); // the static title stood in until now
  effect(() => render(headerTemplate(), byId('app-header')));
  effect(() => render(embedDialogTemplate(), byId('embed-dialog')));

  // P presents, Esc leaves: keys typed into a field are the field's.
  win.addEventListener('keydown', (event) => {
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
  if (store.state.peek().embed) reportHeight(win);
}
