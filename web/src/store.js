// The page's state: one signal holding the URL hash's property table (state.js), kept in the
// address bar and the history. Views read single properties through `select(key)`, so what
// they redraw follows from what they read; they change it only through `update`.
import { computed, signal } from '@preact/signals-core';

import { parseHash, serializeHash } from './state.js';

const URL_WRITE_INTERVAL = 150;

export function createStore(win, properties) {
  const state = signal(parseHash(win.location.hash, properties));
  const selected = new Map();
  let pendingUrlWrite;

  const hashOf = (value) => serializeHash(value, properties);
  const currentUrl = () => hashOf(state.peek()) || win.location.pathname + win.location.search;

  /**
   * Merges `changes` into the state. Discrete choices (`record`) get a history entry of their
   * own, so the back button restores them; drags and typing replace the current entry, at most
   * every URL_WRITE_INTERVAL ms (each history write costs Chromium a few ms).
   */
  function update(changes, { record = false } = {}) {
    state.value = { ...state.peek(), ...changes };
    win.clearTimeout(pendingUrlWrite);
    if (record) win.history.pushState(null, '', currentUrl());
    else pendingUrlWrite = win.setTimeout(() => win.history.replaceState(null, '', currentUrl()), URL_WRITE_INTERVAL);
  }

  // Going back to another hash fires both popstate and hashchange: apply it once.
  const restore = () => {
    win.clearTimeout(pendingUrlWrite); // the address now shows the state to restore
    const restored = parseHash(win.location.hash, properties);
    if (hashOf(restored) !== hashOf(state.peek())) state.value = restored;
  };
  win.addEventListener('hashchange', restore);
  win.addEventListener('popstate', restore);

  return {
    state,
    update,
    properties,
    property: (key) => properties.find((p) => p.key === key),
    /** A signal of one property: it changes only when that property's value does. */
    select(key) {
      if (!selected.has(key)) selected.set(key, computed(() => state.value[key]));
      return selected.get(key);
    },
    /** The hash of the current state with `changes` applied, e.g. for a link to another view. */
    hashWith: (changes) => hashOf({ ...state.peek(), ...changes }),
  };
}
