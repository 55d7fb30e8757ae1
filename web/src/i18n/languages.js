// The page's words, one language at a time: a language's interface texts (./<code>.js) and its
// catalogue texts (../catalogue/<code>.js) load together when the page first needs them, so
// the first view carries one language, not all.
import { signal } from '@preact/signals-core';

import { addCatalogueTexts } from '../catalogue/index.js';

const SOURCES = {
  en: () => Promise.all([import('./en.js'), import('../catalogue/en.js')]),
  pt: () => Promise.all([import('./pt.js'), import('../catalogue/pt.js')]),
};
export const LANGUAGE_CODES = Object.freeze(Object.keys(SOURCES));

/** The interface texts of every language loaded so far, by code: pages redraw as one arrives. */
export const loadedTexts = signal({});
const loading = new Map();

/** Loads a language (once; again after a failure) and resolves to its interface texts. */
export function loadLanguage(code) {
  if (!loading.has(code)) {
    const loaded = SOURCES[code]().then(([texts, catalogue]) => {
      addCatalogueTexts(code, catalogue.default);
      loadedTexts.value = { ...loadedTexts.peek(), [code]: texts.default };
      return texts.default;
    });
    loading.set(code, loaded);
    loaded.catch(() => loading.delete(code));
  }
  return loading.get(code);
}

/** The language a link names (`lang=pt` in its hash), else the first of the browser's we speak, else English. */
export function linkedLanguage(hash, preferred) {
  const named = new URLSearchParams(hash.replace(/^#/, '')).get('lang');
  return LANGUAGE_CODES.includes(named) ? named : browserLanguage(preferred);
}

// The first of the browser's preferred languages that we speak, else English.
export function browserLanguage(preferred = globalThis.navigator?.languages ?? []) {
  for (const tag of preferred) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGE_CODES.includes(primary)) return primary;
  }
  return 'en';
}
