// Page entry: load the wasm module, then start the explorer; say so if loading fails.
import { startApp } from './app.js';
import { loadActivations } from './engine.js';
import { browserLanguage, LANGUAGES } from './i18n/index.js';

loadActivations()
  .then((act) => startApp(act))
  .catch((error) => {
    const status = document.getElementById('status');
    status.textContent = LANGUAGES[browserLanguage()].loadError;
    status.classList.add('error');
    console.error(error);
  });
