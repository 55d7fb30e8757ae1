// The embed builder ("Embed"): which parts of the view to show, a size (presets or typed), a
// live preview at that size, and the snippet for the course author's platform, always with a
// fixed width and height so it works where the platform strips scripts. From the one-file
// build, which has no address to embed, it explains that a hosted copy is needed instead.
import { signal } from '@preact/signals-core';
import { html, nothing } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';

import { describeRow } from '../catalogue/index.js';
import { embedSnippets, PLATFORMS } from '../embedding.js';
import { fileNumber } from '../format.js';
import { HIDEABLE_PARTS, parameterKey } from '../state.js';

/** The size presets: their frame size and the parts they hide. */
export const SIZE_PRESETS = Object.freeze({
  chart: { width: 700, height: 450, hide: ['pickers', 'view', 'parameters', 'explanation', 'formula', 'probe', 'data', 'export', 'depth', 'softmax'] },
  sliders: { width: 1000, height: 640, hide: ['pickers', 'view', 'explanation', 'formula', 'data', 'export', 'depth', 'softmax'] },
  everything: { width: 1100, height: 1000, hide: [] },
});
const SIZE_LIMITS = { min: 240, max: 2400 };
// The preview's frame, scaled down to fit the dialog.
const PREVIEW_WIDTH = 560;

/** app: the shell's context; fullViewHash(): the current view's hash without embed settings. */
export function createEmbedBuilder(app, fullViewHash) {
  const { store, win, act } = app;
  const builder = signal({ open: false, preset: 'chart', width: 700, height: 450, hide: SIZE_PRESETS.chart.hide, platform: 'html', langmenu: false, withStep: true, copied: '' });
  const set = (changes) => (builder.value = { ...builder.peek(), ...changes, copied: '' });
  // The one-file build (scripts/build-single.mjs) defines this: it has no address to embed.
  const oneFile = Boolean(import.meta.env.SINGLE_FILE);

  // The view's hash with the embed's settings; without the lesson unless this step is asked for.
  function embedHash({ hide, langmenu, withStep }) {
    const base = (withStep ? fullViewHash() : store.hashWith({ embed: false, hide: [], langmenu: false, lesson: '', step: 1 })).replace(/^#/, '');
    const settings = ['embed=1', hide.length ? `hide=${hide.join(',')}` : '', langmenu ? 'langmenu=1' : ''];
    return `#${[base, ...settings].filter(Boolean).join('&')}`;
  }

  function snippetsNow(t, lang, b, state) {
    const main = act.catalog().find((row) => row.id === state.fn);
    const params = Object.fromEntries(main.params.map((p) => [p.id, state[parameterKey(main.id, p.id)]]));
    const name = describeRow(lang, main).name;
    return embedSnippets({
      pageUrl: win.location.href.split('#')[0],
      hash: embedHash(b),
      title: t.frameTitle(name),
      width: b.width,
      height: b.height,
      placeholder: `${main.id}${main.params.map((p) => `_${p.id}-${fileNumber(params[p.id])}`).join('')}_value.png`,
      element: { fn: main.id, params, lang },
    });
  }

  function copy(text, t) {
    win.navigator.clipboard.writeText(text).then(
      () => (builder.value = { ...builder.peek(), copied: t.snippetCopied }),
      () => (builder.value = { ...builder.peek(), copied: t.linkCopyFailed }),
    );
  }

  function template() {
    const t = app.texts.value;
    const lang = app.lang.value;
    const b = builder.value;
    if (!b.open) return nothing; // rendered only while shown: its preview is a page of its own
    if (oneFile) {
      return html`<h2 id="embed-heading">${t.embedHeading}</h2>
        <p>${t.embedNeedsHost}</p>
        <form method="dialog"><button>${t.close}</button></form>`;
    }
    const made = snippetsNow(t, lang, b, store.state.value);
    const scale = Math.min(1, PREVIEW_WIDTH / b.width);
    const size = (key) =>
      html`<label class="stacked"
        ><span>${t.embedSize[key]}</span>
        <input
          type="number"
          min=${SIZE_LIMITS.min}
          max=${SIZE_LIMITS.max}
          step="10"
          .value=${String(b[key])}
          @change=${(event) => {
            const value = Math.round(event.target.valueAsNumber);
            const applied = Number.isFinite(value) ? Math.min(SIZE_LIMITS.max, Math.max(SIZE_LIMITS.min, value)) : b[key];
            set({ [key]: applied, preset: 'custom' });
            event.target.value = String(applied);
          }}
      /></label>`;
    return html`<h2 id="embed-heading">${t.embedHeading}</h2>
      <div class="builder">
        <div class="builder-choices">
          <fieldset>
            <legend>${t.embedPresetLegend}</legend>
            ${Object.keys(SIZE_PRESETS).map(
              (key) => html`<label class="check"
                ><input
                  type="radio"
                  name="embed-preset"
                  .checked=${b.preset === key}
                  @change=${() => set({ preset: key, width: SIZE_PRESETS[key].width, height: SIZE_PRESETS[key].height, hide: SIZE_PRESETS[key].hide })}
                />
                <span>${t.embedPresets[key](SIZE_PRESETS[key].width, SIZE_PRESETS[key].height)}</span></label
              >`,
            )}
            <div class="range-fields">${size('width')} ${size('height')}</div>
          </fieldset>
          <fieldset>
            <legend>${t.embedPartsLegend}</legend>
            <div class="parts-grid">
              ${HIDEABLE_PARTS.filter((part) => part !== 'language').map(
                (part) => html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${!b.hide.includes(part)}
                    @change=${(event) => set({ hide: event.target.checked ? b.hide.filter((p) => p !== part) : [...b.hide, part] })}
                  />
                  <span>${t.parts[part]}</span></label
                >`,
              )}
              <label class="check"
                ><input type="checkbox" .checked=${b.langmenu} @change=${(event) => set({ langmenu: event.target.checked })} />
                <span>${t.parts.language}</span></label
              >
            </div>
            ${store.state.value.lesson
              ? html`<label class="check"
                  ><input type="checkbox" .checked=${b.withStep} @change=${(event) => set({ withStep: event.target.checked })} />
                  <span>${t.embedThisStep}</span></label
                >`
              : nothing}
          </fieldset>
        </div>
        <figure class="builder-preview">
          <figcaption>${t.embedPreview(b.width, b.height)}</figcaption>
          <div class="preview-box" ${ref((box) => box && box.style.setProperty('--preview-height', `${Math.round(b.height * scale)}px`))}>
            <iframe
              title=${t.embedPreviewTitle}
              src=${win.location.pathname + win.location.search + embedHash(b)}
              width=${b.width}
              height=${b.height}
              ${ref((frame) => frame && (frame.style.transform = `scale(${scale})`))}
            ></iframe>
          </div>
        </figure>
        <div class="builder-snippet">
          <label class="stacked"
            ><span>${t.embedPlatformLabel}</span>
            <select @change=${(event) => set({ platform: event.target.value })}>
              ${PLATFORMS.map((platform) => html`<option value=${platform} ?selected=${b.platform === platform}>${t.platforms[platform]}</option>`)}
            </select></label
          >
          <textarea rows="5" readonly aria-label=${t.embedIframeLabel} .value=${made.snippets[b.platform]}></textarea>
          <button type="button" @click=${() => copy(made.snippets[b.platform], t)}>${t.copySnippet}</button>
          <p class="hint">${t.platformNotes[b.platform]}</p>
          <p>${t.embedElementIntro}</p>
          <textarea rows="3" readonly aria-label=${t.embedElementLabel} .value=${made.element}></textarea>
          <button type="button" @click=${() => copy(made.element, t)}>${t.copySnippet}</button>
          <p role="status">${b.copied}</p>
        </div>
      </div>
      <form method="dialog"><button>${t.close}</button></form>`;
  }

  return {
    template,
    /** Shows the builder in `dialog` (the page's <dialog>), and forgets it when it closes. */
    open(dialog) {
      set({ open: true });
      dialog.addEventListener('close', () => set({ open: false }), { once: true });
      dialog.showModal();
    },
  };
}
