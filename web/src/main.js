// Page entry: load the wasm module, the linked view's code and the page's language side by
// side, then start the explorer; say so if loading fails.
import { preloadView, showEmbedding, startApp } from './app.js';
import { loadActivations } from './engine.js';
import { linkedLanguage, loadLanguage } from './i18n/languages.js';
import { EMBEDDING_PROPERTIES, readProperties } from './state.js';

// An embed's frame takes its layout now, not once the wasm has loaded: its skeleton has no page
// chrome and no hidden parts, so nothing moves when the view arrives.
showEmbedding(document.body, readProperties(window.location.hash, EMBEDDING_PROPERTIES));

const language = loadLanguage(linkedLanguage(window.location.hash, navigator.languages));
Promise.all([loadActivations(), language, preloadView(window.location.hash)])
  .then(([act]) => startApp(act))
  .catch((error) => {
    const status = document.getElementById('status');
    status.classList.add('error');
    // Without its language's texts, the status keeps index.html's words.
    language.then((t) => (status.textContent = t.loadError), () => {});
    console.error(error);
  });
