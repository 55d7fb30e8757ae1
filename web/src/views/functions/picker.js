// The function gallery: every element-wise function as a small curve and its name, grouped by
// family, with a search box that finds a function by any of its names in either language. It
// opens as a modal dialog to choose the main function or to add one to the comparison.
import { signal } from '@preact/signals-core';
import { html, nothing } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';

import { describeRow, familyName, searchNames } from '../../catalogue/index.js';
import { evaluateRow } from './curves.js';

const THUMB = { width: 64, height: 40, xMin: -4, xMax: 4, samples: 49, margin: 3 };
// Thumbnails show every function at its default parameters (absent from this state, they take
// their defaults), a gated one at a = 1.
const THUMBNAIL_STATE = Object.freeze({ gatea: 1 });

// Lower case, accents dropped: "Exponencial" and "exponencial" match "exponêncial".
const folded = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The SVG path of f (a gated row: of a g(b) at a = 1) over the thumbnail's x interval, scaled to fill its box. */
function thumbnailPath(act, row) {
  const xs = Float64Array.from({ length: THUMB.samples }, (_, i) => THUMB.xMin + ((THUMB.xMax - THUMB.xMin) * i) / (THUMB.samples - 1));
  const { value } = evaluateRow(act, row, xs, THUMBNAIL_STATE);
  const low = Math.min(...value);
  const high = Math.max(...value);
  const span = high - low || 1;
  const x = (i) => THUMB.margin + ((THUMB.width - 2 * THUMB.margin) * i) / (THUMB.samples - 1);
  const y = (v) => THUMB.height - THUMB.margin - ((THUMB.height - 2 * THUMB.margin) * (v - low)) / span;
  return Array.from(value, (v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join('');
}

/**
 * rows: the element-wise catalogue rows; choose(id, mode) is called with the picked id and
 * the mode the gallery was opened in ('main' or 'add').
 */
export function createPicker({ act, rows, choose }) {
  const ui = signal({ open: false, mode: 'main', query: '' });
  let paths;
  let dialog;
  let opener;

  function open(mode, from) {
    paths ??= new Map(rows.map((row) => [row.id, thumbnailPath(act, row)]));
    opener = from;
    ui.value = { open: true, mode, query: '' };
    dialog.showModal();
    dialog.querySelector('input[type="search"]').focus();
  }

  function close() {
    if (dialog.open) dialog.close();
  }

  const onClose = () => {
    ui.value = { ...ui.peek(), open: false };
    opener?.focus();
  };

  /** shown: the ids on the charts now (main first). */
  function template(t, lang, shown) {
    const { open: isOpen, mode, query } = ui.value;
    const wanted = folded(query.trim());
    const matches = (row) => !wanted || searchNames(row).some((name) => folded(name).includes(wanted));
    const visible = isOpen ? rows.filter(matches) : [];
    const families = [...new Set(visible.map((row) => row.family))];
    const pick = (id) => {
      close();
      choose(id, mode);
    };
    return html`<dialog class="gallery" aria-labelledby="gallery-heading" @close=${onClose} ${ref((element) => (dialog = element))}>
      <div class="gallery-head">
        <h2 id="gallery-heading">${mode === 'add' ? t.galleryAdd : t.galleryChoose}</h2>
        <input
          type="search"
          aria-label=${t.searchLabel}
          placeholder=${t.searchPlaceholder}
          .value=${query}
          @input=${(event) => (ui.value = { ...ui.peek(), query: event.target.value })}
        />
        <button type="button" class="icon" aria-label=${t.close} @click=${close}>×</button>
      </div>
      ${families.map(
        (family) => html`<section class="gallery-family">
          <h3>${familyName(lang, family)}</h3>
          <ul class="gallery-grid">
            ${visible
              .filter((row) => row.family === family)
              .map((row) => {
                const isShown = shown.includes(row.id);
                return html`<li>
                  <button
                    type="button"
                    class="thumb"
                    aria-pressed=${mode === 'main' && row.id === shown[0] ? 'true' : 'false'}
                    ?disabled=${mode === 'add' && isShown}
                    @click=${() => pick(row.id)}
                  >
                    <svg viewBox="0 0 ${THUMB.width} ${THUMB.height}" aria-hidden="true" focusable="false">
                      <path class="thumb-curve" d=${paths?.get(row.id) ?? ''}></path>
                    </svg>
                    <span>${describeRow(lang, row).name}</span>
                  </button>
                </li>`;
              })}
          </ul>
        </section>`,
      )}
      ${isOpen && !visible.length ? html`<p class="gallery-empty">${t.searchNothing(query)}</p>` : nothing}
    </dialog>`;
  }

  return { template, open, state: ui };
}
