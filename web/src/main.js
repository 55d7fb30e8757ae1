// Page entry: load the wasm module and the linked view's code side by side, then start the
// explorer; say so if loading fails.
import { preloadView, startApp } from './app.js';
import { loadActivations } from './engine.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';

preloadView(window.location.hash);
loadActivations()
  .then((act) => startApp(act))
  .catch((error) => {
    const status = document.getElementById('status');
    status.textContent = LANGUAGES[browserLanguage()].loadError;
    status.classList.add('error');
    console.error(error);
  });
